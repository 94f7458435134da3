import ArgumentParser
import EmulationReview
import EmulationReviewRun
import Foundation
import Logging

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review what changed (for cron), or one period, publish the reports and email them.",
        discussion: """
            Without --period (what cron calls): finds every year whose input files changed since the last \
            successful run, brings up to date each report that reads such a year (the year's own, and each \
            configured phase), then emails every report whose content has not been sent yet, and the agencies \
            theirs: the findings of rejected submissions, receipts, reminders and past-due notices on the days \
            `reminders:` sets (with the board's list), and, with mail.scorecards, each agency's page. With nothing \
            changed and no reminder due it does nothing and exits 0.

            With --period PERIOD (a year such as 2025 or a phase such as 2021-2025): rebuilds that report whatever \
            the state says, then delivers it unless --no-email.

            Periods: a year, or one of the phases the catalogue lists (2011-2015, 2016-2020, 2021-2025, \
            2026-2030 in the demo); any other span is a usage error. A phase under way reports the years it has so \
            far and says so; the years to come are never missing.

            Lineage: a year is reported by the agencies that exist on its 31 December; one merged away during \
            the year is "reported by its successor", never missing. Each agency's rows and rank carry its former \
            agencies' figures (the registry's validTo, successor and part), added year by year before fulfilment \
            and scores, in its cluster at the report's end; a year's cluster and sector figures are those of that \
            year's agencies, the same in every report. Section 8 lists the period's successions.

            Dates: the figures are as of the submissions' latest "as of" (or --as-of); the report's own date, its \
            dateline, is --date, else the configuration's date, else the latest decision or submission it lists. \
            A stock (participants, rates) is a count at that date; a flow (collection) is the amount so far, so a \
            part of a year is never compared with a whole year: its change is left empty and the report says why.

            A report is review.html, the CSV files, review.xlsx and review.docx (the configuration's outputs: xlsx, \
            docx, and pdf for review.pdf), a page for each agency (agencies/CODE.html) and manifest.json; \
            REPORTS/index.html lists every report published. It is published atomically (a crash leaves the previous \
            report whole) and each content is emailed once: a rerun whose files and sentences are the same sends \
            nothing; a changed report sends one revised email. Every email sent is also recorded in \
            REPORTS/.delivered, so a lost or rebuilt state store never sends a report again.

            Exit status: 0 done; 64 usage error; 65 the reference data is invalid; 66 no input for the period; \
            69 the mail server refused a delivery (a person must act); 73 the reports cannot be written; 74 I/O \
            error (or a damaged state store: use --rebuild-state); 75 try again later (another run holds the lock, \
            or the mail server is unavailable: the report is published and the next run retries); 78 configuration \
            error; 70 internal error (the program's own files are missing).
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rebuild this year (2025) or phase (2021-2025, one of the catalogue's phases) whatever the state says.",
            valueName: "PERIOD"))
    var period: PeriodArgument?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the reports and of the messages: vi (Vietnamese) or en (English); default from the configuration, else vi."
        ))
    var lang: Language?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The date the figures are as of (YYYY-MM-DD), shown beside them; default: the latest \"as of\" date of the period's submissions.",
            valueName: "DATE"))
    var asOf: DayArgument?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The report's own date (YYYY-MM-DD), its dateline \"Hà Nội, ngày …\"; default: the configuration's date, else the latest date among the decisions and the submission times the report lists (never today's date).",
            valueName: "DATE"))
    var date: DayArgument?

    @Flag(
        name: .customLong("no-bom"),
        help: "Write the CSV files without the UTF-8 byte-order mark (Excel needs it to show Vietnamese).")
    var noBOM = false

    @Flag(name: .customLong("no-email"), help: "Publish without delivering by email.")
    var noEmail = false

    @Flag(
        name: .customLong("rebuild-state"),
        help: "Recreate the state store from the inputs (after damage); what was already emailed is kept when readable."
    )
    var rebuildState = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When another run holds the lock, wait up to this many seconds instead of exiting 75.", valueName: "SECONDS"
        ))
    var wait: Double = 0

    func run() async throws {
        let settings = try await common.settings(lang: lang)
        let language = settings.language
        let logger = common.logger()
        let schemas = try common.schemas(language: language)
        let progress = common.progressBar(language: language)
        let job = UnattendedRun(
            settings: settings, schemas: schemas, mailer: try common.mailer(settings), now: CommonOptions.clock,
            log: { logger.info("\($0)") }, progress: progress)
        let result: UnattendedResult
        do throws(RunFailure) {
            result = try job.run(
                period: period?.period, email: !noEmail, rebuildState: rebuildState, wait: wait,
                asOf: asOf?.day, byteOrderMark: !noBOM, date: date?.day)
        } catch {
            common.finishProgress()
            throw common.fail(error, language: language)
        }
        common.finishProgress()
        common.report(result, language: language)
        if result.status != .ok { throw ExitCode(result.status.rawValue) }
    }
}

struct PeriodArgument: ExpressibleByArgument {
    var period: Period
    init?(argument: String) {
        guard let period = Period(argument) else { return nil }
        self.period = period
    }
}

struct DayArgument: ExpressibleByArgument {
    var day: Day
    init?(argument: String) {
        guard argument.count == 10, let day = Day(iso: argument) else { return nil }
        self.day = day
    }
}

extension Language: ExpressibleByArgument {}
