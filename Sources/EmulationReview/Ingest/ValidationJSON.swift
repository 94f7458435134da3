import Foundation

/// The `validate --format json` document: stable keys, sorted, for other programs.
public enum ValidationJSON {
    struct Document: Encodable {
        struct File: Encodable {
            var path: String
            var format: String?
            var outcome: String
            var sha256: String
            var findings: [Finding]
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
        var summary: Summary
    }

    public static func encode(_ report: ValidationReport) throws -> Data {
        let document = Document(
            files: report.files.map {
                Document.File(
                    path: $0.path.escapingControls, format: $0.format?.rawValue, outcome: $0.outcome.rawValue,
                    sha256: $0.sha256,
                    findings: $0.findings)
            },
            referenceProblem: report.referenceProblem,
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
