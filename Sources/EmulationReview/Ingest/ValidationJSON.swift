import Foundation

/// The `validate --format json` document: stable keys, sorted, for other programs.
public enum ValidationJSON {
    struct Document: Encodable {
        struct File: Encodable {
            var path: String
            var format: String?
            var outcome: String
            var sha256: String
            var findings: [Entry]
        }
        /// A finding as other programs read it: the stable code, the message in the chosen language, and
        /// libxml2's own words when it reported the problem.
        struct Entry: Encodable {
            var code: String
            var severity: String
            var file: String
            var line: Int
            var column: Int
            var message: String
            var detail: String?
        }
        struct Summary: Encodable {
            var files: Int
            var valid: Int
            var superseded: Int
            var invalid: Int
            var unreadable: Int
            var errors: Int
            var warnings: Int
            var exitStatus: Int32
        }
        var files: [File]
        var referenceProblem: String?
        var language: String
        var summary: Summary
    }

    public static func encode(_ report: ValidationReport, language: Language) throws -> Data {
        let document = Document(
            files: report.files.map {
                Document.File(
                    path: $0.path.escapingControls, format: $0.format?.rawValue, outcome: $0.outcome.rawValue,
                    sha256: $0.sha256,
                    findings: $0.findings.map {
                        Document.Entry(
                            code: $0.code, severity: $0.severity.rawValue, file: $0.file, line: $0.line,
                            column: $0.column,
                            message: $0.message(language), detail: $0.detail)
                    })
            },
            referenceProblem: report.referenceProblem?(language), language: language.rawValue,
            summary: Document.Summary(
                files: report.files.count, valid: report.count(.accepted), superseded: report.count(.superseded),
                invalid: report.count(.rejected), unreadable: report.count(.unreadable),
                errors: report.errorCount, warnings: report.warningCount,
                exitStatus: report.exitStatus.rawValue))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }
}
