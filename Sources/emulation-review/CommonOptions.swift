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

    func settings(lang: Language? = nil) async throws -> Settings {
        let loaded: Result<Settings, RunFailure> = await {
            do throws(RunFailure) {
                return .success(try await Settings.load(path: config))
            } catch {
                return .failure(error)
            }
        }()
        switch loaded {
        case .failure(let failure):
            throw fail(failure)
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

    func schemas() throws -> SchemaSet {
        do {
            return try SchemaSet()
        } catch {
            FileHandle.standardError.write(Data("emulation-review: \(error)\n".utf8))
            throw ExitCode(ExitStatus.software.rawValue)
        }
    }

    /// The SMTP mailer, when the configuration has a mail section.
    func mailer(_ settings: Settings) throws -> ReportMailer? {
        guard let mail = settings.mail else { return nil }
        do {
            return SMTPReportMailer(runtime: try MailerRuntime(), settings: mail)
        } catch {
            throw fail(RunFailure(.software, "cannot start libcurl: \(error)"))
        }
    }

    /// A progress line on a terminal, for long ingests; nothing when quiet or not on a terminal.
    func progressBar() -> (@Sendable (Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { done, total in
            guard total >= 50, done == total || done % max(1, total / 100) == 0 else { return }
            let width = 30
            let filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\rreading inputs \(bar) \(done)/\(total)".utf8))
        }
    }

    func finishProgress() {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func report(_ result: UnattendedResult) {
        if !quiet {
            for line in result.lines { print(line) }
        }
        for problem in result.problems {
            FileHandle.standardError.write(Data("emulation-review: \(problem)\n".utf8))
        }
    }

    func fail(_ failure: RunFailure, language: Language = .en) -> ExitCode {
        var text = ""
        for finding in failure.findings { text += finding.formatted(language) + "\n" }
        text += "emulation-review: \(failure.description)\n"
        FileHandle.standardError.write(Data(text.utf8))
        return ExitCode(failure.status.rawValue)
    }
}
