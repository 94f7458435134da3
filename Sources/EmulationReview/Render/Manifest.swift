import Foundation

/// `manifest.json`: what the report was made from and what it holds, with SHA-256 digests, so anyone can check
/// that a report belongs to its inputs. No time stamp: the same inputs give the same manifest.
public struct Manifest: Codable, Sendable {
    public struct Input: Codable, Sendable {
        public var path: String
        public var format: String?
        public var size: Int
        public var sha256: String
        public var outcome: String
        public var errors: Int
        public var warnings: Int
    }

    public struct Output: Codable, Sendable {
        public var file: String
        public var size: Int
        public var sha256: String

        public init(file: String, size: Int, sha256: String) {
            (self.file, self.size, self.sha256) = (file, size, sha256)
        }
    }

    public var period: String
    public var asOf: String
    /// The report's own date (its dateline); absent from manifests written before it was recorded.
    public var date: String?
    public var language: String
    /// The report's title in its language, for the index of published reports.
    public var title: String?
    public var program: String
    public var programVersion: String
    /// The files of the period's years, the year before and the reference data, each with its digest.
    public var inputs: [Input]
    /// For each history year the report read (before the year before its period), the digest of what it used
    /// from it (`ReportUsage`): a change there that the report does not use leaves the manifest as it is.
    public var history: [String: String]?
    public var outputs: [Output]

    public init(review: Review, language: Language, files: [IngestedFile], outputs: [Output]) {
        period = review.period.description
        asOf = review.asOf.description
        date = review.date.description
        self.language = language.rawValue
        title = ReportTitle.subject(review, language: language)
        program = "emulation-review"
        programVersion = review.programVersion
        let own = (review.period.first - 1)...review.period.last
        inputs = files.filter { Completeness.fileYear($0).map(own.contains) ?? true }.map { f in
            Input(
                path: f.path, format: f.format?.rawValue, size: f.size, sha256: f.sha256, outcome: f.outcome.rawValue,
                errors: f.findings.filter { $0.severity == .error }.count,
                warnings: f.findings.filter { $0.severity == .warning }.count)
        }.sorted { $0.path < $1.path }
        history =
            review.usage.years.isEmpty
            ? nil : Dictionary(uniqueKeysWithValues: review.usage.years.map { (String($0.key), $0.value) })
        self.outputs = outputs.sorted { $0.file < $1.file }
    }

    public func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
