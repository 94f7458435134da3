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

    func run() async throws {
        let settings = try await common.settings()
        let store: StateStore
        let reports: [String: ReportState]
        let deliveries: [Delivery]
        let lastRuns: [RunRecord]
        do throws(RunFailure) {
            store = try StateStore(directory: settings.state)
            try store.attach(journal: DeliveryJournal(reports: settings.reports))
            reports = try store.reports()
            deliveries = try store.deliveries()
            lastRuns = try store.lastRuns(runs)
        } catch {
            throw common.fail(error)
        }
        var out = "state: \(store.path)\n\nlast runs:\n"
        if lastRuns.isEmpty { out += "  none yet\n" }
        for r in lastRuns {
            out +=
                "  \(r.startedAt)  \(r.command)  exit \(r.status)  \(r.periods.isEmpty ? "-" : r.periods)  \(r.message)\n"
        }
        out += "\nreports:\n"
        if reports.isEmpty { out += "  none published yet\n" }
        for period in reports.keys.compactMap(Period.init).sorted().map(\.description) {
            let report = reports[period]!
            let delivery =
                DeliveryLedger(deliveries).state(.report, period: period, digest: report.digest)
                ?? (settings.mail == nil ? "no mail configured" : "not sent yet")
            out +=
                "  \(period)  published \(report.publishedAt)  content \(report.digest.prefix(12))  email: \(delivery)\n"
            out += "      \(report.summary)\n"
        }
        let attention = deliveries.filter { $0.status != .sent && $0.status != .superseded }
        out += "\ndeliveries needing attention:\n"
        if attention.isEmpty { out += "  none\n" }
        for d in attention {
            out +=
                "  \(d.kind.rawValue) \(d.period) to \(d.recipients.joined(separator: ", ")): \(d.status.rawValue) after \(d.attempts) attempt\(d.attempts == 1 ? "" : "s"), \(d.updatedAt): \(d.reply)\n"
        }
        print(out, terminator: "")
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

    func run() async throws {
        let settings = try await common.settings()
        guard settings.mail != nil else {
            throw common.fail(
                RunFailure(.configuration, "no mail settings: add a mail section to the configuration (see the README)")
            )
        }
        let job = UnattendedRun(settings: settings, schemas: try common.schemas(), mailer: try common.mailer(settings))
        let result: UnattendedResult
        do throws(RunFailure) {
            result = try job.send(period: period.period, resend: resend, wait: wait)
        } catch {
            throw common.fail(error)
        }
        common.report(result)
        if result.status != .ok { throw ExitCode(result.status.rawValue) }
    }
}
