import ArgumentParser
import EmulationReview
import EmulationReviewRun
import Foundation
import Glibc
import Logging

/// Options shared by the commands that run unattended: configuration, folders, quiet.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The configuration file (default: emulation-review.yaml in the working directory, when present).",
            valueName: "PATH"))
    var config: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The inputs folder (overrides the configuration; default Inputs).", valueName: "DIR"))
    var inputs: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where report folders are published (overrides the configuration; default Reports).", valueName: "DIR"))
    var reports: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where the run's own state lives (overrides the configuration; default REPORTS/.state).", valueName: "DIR"))
    var state: String?

    @Flag(
        name: .shortAndLong,
        help: "Print nothing unless something needs a person (for cron, whose mail then only arrives on trouble).")
    var quiet = false

    /// The settings, with the command line's overrides. `lang` is the command's `--lang`: it overrides the
    /// configuration's, and says a broken configuration in that language (Vietnamese when not given).
    func settings(lang: Language?) async throws -> Settings {
        let loaded: Result<Settings, RunFailure> = await {
            do throws(RunFailure) {
                return .success(try await Settings.load(path: config))
            } catch {
                return .failure(error)
            }
        }()
        switch loaded {
        case .failure(let failure):
            throw fail(failure, language: lang ?? .vi)
        case .success(var settings):
            if let inputs { settings.inputs = inputs }
            if let reports {
                settings.reports = reports
                if state == nil, !(settings.file.map { _ in true } ?? false) {
                    settings.state = (reports as NSString).appendingPathComponent(".state")
                }
            }
            if let state { settings.state = state }
            if let lang { settings.language = lang }
            return settings
        }
    }

    func logger() -> Logger {
        let level: Logger.Level = quiet ? .warning : .info
        var logger = Logger(label: "emulation-review") { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        logger.logLevel = level
        return logger
    }

    func schemas(language: Language) throws -> SchemaSet {
        do {
            return try SchemaSet()
        } catch let error as SchemaError {
            throw fail(RunFailure(.software, error.message), language: language)
        } catch {
            throw fail(RunFailure(.software, Bilingual(same: "\(error)")), language: language)
        }
    }

    /// The SMTP mailer, when the configuration has a mail section.
    /// The clock of the run: `EMULATION_REVIEW_NOW` (an ISO 8601 instant such as 2026-11-24T08:00:00+07:00) sets
    /// it, to rehearse a day's reminders or to test them; else the system's.
    static var clock: @Sendable () -> Date {
        let formatter = ISO8601DateFormatter()
        if let text = ProcessInfo.processInfo.environment["EMULATION_REVIEW_NOW"],
            let fixed = formatter.date(from: text)
        {
            return { fixed }
        }
        return Date.init
    }

    func mailer(_ settings: Settings) throws -> ReportMailer? {
        guard let mail = settings.mail else { return nil }
        do throws(MailerSetupError) {
            return SMTPReportMailer(runtime: try MailerRuntime(), settings: mail, now: Self.clock)
        } catch {
            throw fail(
                RunFailure(
                    .software,
                    Bilingual(
                        "không khởi động được libcurl: \(error.message.vi)", "cannot start libcurl: \(error.message.en)"
                    )),
                language: settings.language)
        }
    }

    /// A progress line on a terminal, for long ingests; nothing when quiet or not on a terminal.
    func progressBar(language: Language) -> (@Sendable (Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        let label = Bilingual("đang đọc dữ liệu đầu vào", "reading inputs")(language)
        return { done, total in
            guard total >= 50, done == total || done % max(1, total / 100) == 0 else { return }
            let width = 30
            let filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
        }
    }

    func finishProgress() {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func report(_ result: UnattendedResult, language: Language) {
        if !quiet {
            for line in result.lines { print(line(language)) }
        }
        for problem in result.problems {
            FileHandle.standardError.write(Data("emulation-review: \(problem(language))\n".utf8))
        }
    }

    /// Prints the failure's findings and message in `language` on standard error; the exit code to throw.
    func fail(_ failure: RunFailure, language: Language) -> ExitCode {
        var text = ""
        for finding in failure.findings { text += finding.formatted(language) + "\n" }
        text += "emulation-review: \(failure.message(language))\n"
        FileHandle.standardError.write(Data(text.utf8))
        return ExitCode(failure.status.rawValue)
    }
}
