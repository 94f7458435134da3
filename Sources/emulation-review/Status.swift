import ArgumentParser
import EmulationReview
import EmulationReviewRun
import Foundation

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the last runs, each report's state, and deliveries that are pending or failed.",
        discussion:
            "Exit status: 0; 74 when the state store cannot be read (run `run --rebuild-state`); 78 configuration error."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "How many of the last runs to show.")
    var runs: Int = 10

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the output: vi (Vietnamese) or en (English); default from the configuration, else vi."))
    var lang: Language?

    func run() async throws {
        let settings = try await common.settings(lang: lang)
        let language = settings.language
        let store: StateStore
        let reports: [String: ReportState]
        let deliveries: [Delivery]
        let lastRuns: [RunRecord]
        var subjects: [Int64: String] = [:]
        do throws(RunFailure) {
            store = try StateStore(directory: settings.state)
            try store.attach(journal: DeliveryJournal(reports: settings.reports))
            reports = try store.reports()
            deliveries = try store.deliveries()
            lastRuns = try store.lastRuns(runs)
            for delivery in deliveries where StatusText.noticeKinds.contains(delivery.kind) {
                if let data = try store.noticeContent(id: delivery.id),
                    let notice = try? JSONDecoder().decode(AgencyNotice.self, from: data)
                {
                    subjects[delivery.id] = notice.subject
                }
            }
        } catch {
            throw common.fail(error, language: language)
        }
        print(
            StatusText(language: language, mailConfigured: settings.mail != nil).text(
                store: store.path, runs: lastRuns, reports: reports, deliveries: deliveries, subjects: subjects),
            terminator: "")
    }
}

struct Send: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Email a published report by hand.",
        discussion: """
            Sends the report of PERIOD as last published, unless that content was already sent (then nothing is \
            sent; --resend sends it again). Exit status: 0 sent or nothing to send; 66 the period has no published \
            report; 69 the server refused; 75 the server is unavailable (try again later); 78 configuration error.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The period whose published report to send.", valueName: "PERIOD"))
    var period: PeriodArgument

    @Flag(name: .long, help: "Send even if this content was sent already.")
    var resend = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When another run holds the lock, wait up to this many seconds instead of exiting 75.", valueName: "SECONDS"
        ))
    var wait: Double = 0

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the messages: vi (Vietnamese) or en (English); default from the configuration, else vi."))
    var lang: Language?

    func run() async throws {
        let settings = try await common.settings(lang: lang)
        let language = settings.language
        guard settings.mail != nil else {
            throw common.fail(
                RunFailure(
                    .configuration,
                    Bilingual(
                        "chưa có cấu hình thư: hãy thêm mục mail vào tệp cấu hình (xem README)",
                        "no mail settings: add a mail section to the configuration (see the README)")),
                language: language)
        }
        let job = UnattendedRun(
            settings: settings, schemas: try common.schemas(language: language), mailer: try common.mailer(settings))
        let result: UnattendedResult
        do throws(RunFailure) {
            result = try job.send(period: period.period, resend: resend, wait: wait)
        } catch {
            throw common.fail(error, language: language)
        }
        common.report(result, language: language)
        if result.status != .ok { throw ExitCode(result.status.rawValue) }
    }
}
