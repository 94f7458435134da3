import Foundation

/// Keeps what the ingest of an accepted submission extracted, so that a file read again unchanged (the history
/// years of a rebuilt report) costs a lookup instead of a parse and a validation. An implementation answers only
/// for the same path, the same bytes (`sha256`) and the same everything else the result depends on (this build,
/// its schemas, the reference data, the ingest options): anything else is a miss, and a miss is always safe.
public protocol IngestCache: Sendable {
    /// The file as its ingest left it, if kept for exactly this path and these bytes.
    func file(path: String, sha256: String) -> IngestedFile?
    /// Keeps an accepted submission's result (called on any thread, as files are read).
    func keep(_ file: IngestedFile)
}

/// The layout of the facts; raised whenever a type they hold changes what it stores.
public enum FactFormat {
    public static let version = 1
}

extension IngestedFile {
    /// Whether the cache may keep this file: an accepted submission whose content was kept.
    public var isCacheable: Bool {
        outcome == .accepted && format == .submission && submission != nil && !hasErrors
    }

    /// The file's facts in their compact binary form (`FactWriter`); nil for a file the cache does not keep.
    public var facts: [UInt8]? {
        guard isCacheable, let submission else { return nil }
        var facts = FactWriter(capacity: size / 2)
        facts.int(FactFormat.version)
        facts.int(size)
        facts.string(sha256)
        facts.write(findings)
        facts.write(submission)
        return facts.bytes
    }

    /// The file at `path` from its facts; nil when they are not whole or not of this layout.
    public init?(path: String, facts bytes: [UInt8]) {
        var facts = FactReader(bytes)
        do throws(FactError) {
            guard try facts.int() == FactFormat.version else { return nil }
            let size = try facts.int()
            let sha256 = try facts.string()
            let findings: [Finding] = try facts.array()
            let submission: Submission = try facts.read()
            guard facts.isAtEnd else { return nil }
            self.init(
                path: path, size: size, sha256: sha256, format: .submission, content: .submission(submission),
                identity: SubmissionIdentity(of: submission), findings: findings, outcome: .accepted)
        } catch {
            return nil
        }
    }
}

extension SubmissionIdentity {
    /// The identity of a submission that names its agency, year and revision; nil for one too broken to say.
    init?(of submission: Submission) {
        guard !submission.agency.isEmpty, submission.year > 0, submission.revision > 0 else { return nil }
        self.init(
            agency: submission.agency, year: submission.year, revision: submission.revision,
            location: submission.location, submitted: submission.submitted, preparer: submission.preparer)
    }
}

extension Finding: FactRecord {
    static let storedProperties = 7

    init(facts: inout FactReader) throws(FactError) {
        let code = try facts.string()
        let severity: Severity = try facts.choice()
        self.init(code, severity, file: "", at: .start, Bilingual(same: ""))
        file = try facts.string()
        line = try facts.int()
        column = try facts.int()
        message = Bilingual(try facts.string(), try facts.string())
        detail = try facts.optional()
    }

    func write(to facts: inout FactWriter) {
        facts.string(code)
        facts.choice(severity)
        facts.string(file)
        facts.int(line)
        facts.int(column)
        facts.string(message.vi)
        facts.string(message.en)
        facts.write(detail)
    }
}
