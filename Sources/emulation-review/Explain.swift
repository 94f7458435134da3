import ArgumentParser
import EmulationReview
import EmulationReviewRun
import Foundation

struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a finding code, or print the whole field guide for agencies.",
        discussion: """
            With a code (`emulation-review explain schema.enumeration`): its severity, its message, and the \
            elements and attributes that can raise it with their meaning, allowed values and an example. Without \
            one: the whole field guide in Markdown, every element and attribute of the formats and every finding \
            code (docs/field-guide.md is this output in Vietnamese).

            Exit status: 0 done; 64 unknown code or usage error.
            """
    )

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language: vi (Vietnamese) or en (English); default from the configuration, else vi."))
    var lang: Language?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The configuration file, for its language (default: emulation-review.yaml in the working directory, when present).",
            valueName: "PATH"))
    var config: String?

    @Argument(help: ArgumentHelp("A finding code, such as schema.enumeration.", valueName: "CODE"))
    var code: String?

    func run() async throws {
        let language = try await chosenLanguage(lang, config: config)
        let schemas = try programSchemas(language: language)
        guard let code else {
            FileHandle.standardOutput.write(Data(FieldGuide.markdown(schemas.guide, language: language).utf8))
            return
        }
        guard let text = FieldGuide.explain(code, guide: schemas.guide, language: language) else {
            let message =
                language == .vi
                ? "không có mã lỗi \(code); xem danh mục mã lỗi bằng lệnh emulation-review explain"
                : "there is no finding code \(code); list them with emulation-review explain"
            FileHandle.standardError.write(Data("emulation-review: \(message)\n".utf8))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
