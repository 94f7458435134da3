import ArgumentParser
import EmulationReview
import EmulationReviewRun
import Foundation

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check submissions, reference data or the board's files before they are sent or reviewed.",
        discussion: """
            Each file is recognised by the namespace of its root element (submission, registry, catalogue or the \
            board's file for a year), validated against its XSD in one pass, then checked for consistency. A folder \
            stands for every .xml file under it.

            Prints one line per finding, `path:line:column: error|warning: [CODE] message` (in Vietnamese \
            `lỗi|cảnh báo`), then a one-line summary. `--lang` chooses the language of the messages; codes never \
            change. `--format json` keeps `code` and adds `message` in that language and, for what libxml2 \
            reported, its own words as `detail`. `emulation-review explain CODE` prints what a code means.

            Exit status: 0 every file is valid (warnings allowed); 65 some file is invalid; 64 usage error; \
            66 a file cannot be read; 70 internal error (the program's XSD files are missing).
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Cross-check against the reference data in this inputs folder (its reference/ folder).", valueName: "DIR"))
    var inputs: String?

    @Option(name: .long, help: "Output format: text (one line per finding) or json.")
    var format: OutputFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the messages: vi (Vietnamese) or en (English); default from the configuration, else vi."))
    var lang: Language?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The configuration file, for its language (default: emulation-review.yaml in the working directory, when present).",
            valueName: "PATH"))
    var config: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Largest file accepted, in bytes or with a K, M or G suffix.", valueName: "SIZE"))
    var maxSize: ByteCount = ByteCount(SafeFileReader.defaultLimit)

    @Argument(
        help: ArgumentHelp(
            "The XML files (or folders of them) to check. For thousands of files give their folder: parsing the "
                + "command line grows with the square of the number of files named on it.",
            valueName: "FILE"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to check") }
    }

    func run() async throws {
        let language = try await chosenLanguage(lang, config: config)
        let schemas = try programSchemas(language: language)
        let ingestor = Ingestor(
            schemas: schemas, options: IngestOptions(maxFileSize: maxSize.bytes, keepContent: false))
        var paths: [String] = []
        for file in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += InputFolder.xmlFilesRecursively(in: file)
            } else {
                paths.append(file)
            }
        }
        let report = ingestor.validate(paths, inputs: inputs)
        switch format {
        case .text:
            var out = ""
            for finding in report.findings { out += finding.formatted(language) + "\n" }
            if let problem = report.referenceProblem {
                out += "\(Severity.error.word(language)): \(problem(language))\n"
            }
            out += report.summary(language) + "\n"
            FileHandle.standardOutput.write(Data(out.utf8))
        case .json:
            FileHandle.standardOutput.write(try ValidationJSON.encode(report, language: language))
        }
        let status = report.exitStatus
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}

/// A size in bytes, written as `1048576`, `512K`, `64M` or `1G`.
struct ByteCount: ExpressibleByArgument {
    var bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var text = argument.uppercased()
        var factor = 1
        if text.hasSuffix("B") { text.removeLast() }
        if let last = text.last, let unit = units[last] {
            factor = unit
            text.removeLast()
        }
        guard let value = Int(text), value > 0 else { return nil }
        bytes = value * factor
    }

    var defaultValueDescription: String { "64M" }
}
