import ArgumentParser
import EmulationReview
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review a year or a phase and publish its reports (HTML and CSV).",
        discussion: """
        Ingests every file the period needs (its years, the year before it, and up to ten earlier years for the \
        eligibility rules), reviews them and publishes REPORTS/PERIOD/ atomically: the new report replaces the \
        old one in a single rename, so a crash leaves the previous report whole.

        Rejected submissions are reported, not fatal.

        Exit status: 0 the report was published; 64 usage error; 65 the reference data is invalid; 66 the \
        period has no inputs; 73 the report folder cannot be written; 74 I/O error while writing.
        """
    )

    @Option(name: .long, help: ArgumentHelp("A year (2020) or a phase (2016-2020).", valueName: "PERIOD"))
    var period: PeriodArgument

    @Option(name: .long, help: ArgumentHelp("The inputs folder.", valueName: "DIR"))
    var inputs: String = "Inputs"

    @Option(name: .long, help: ArgumentHelp("Where report folders are published.", valueName: "DIR"))
    var reports: String = "Reports"

    @Option(name: .long, help: "Report language: vi (Vietnamese) or en (English).")
    var lang: Language = .vi

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The report's date (YYYY-MM-DD); default: the latest \"as of\" date in the inputs.", valueName: "DATE"))
    var asOf: DayArgument?

    @Flag(name: .customLong("no-bom"), help: "Write the CSV files without the UTF-8 byte-order mark (Excel needs it to show Vietnamese).")
    var noBOM = false

    func run() throws {
        let schemas: SchemaSet
        do {
            schemas = try SchemaSet()
        } catch {
            FileHandle.standardError.write(Data("emulation-review: \(error)\n".utf8))
            throw ExitCode(ExitStatus.software.rawValue)
        }
        let options = RunOptions(inputs: inputs, reports: reports, language: lang, asOf: asOf?.day, byteOrderMark: !noBOM)
        do {
            let result = try ReviewRun(schemas: schemas, options: options).run(period: period.period)
            print(result.summary)
        } catch {
            let failure = error
            var text = ""
            for finding in failure.findings { text += finding.formatted + "\n" }
            text += "emulation-review: \(failure.description)\n"
            FileHandle.standardError.write(Data(text.utf8))
            throw ExitCode(failure.status.rawValue)
        }
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
