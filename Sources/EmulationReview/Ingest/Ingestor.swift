import Dispatch
import Foundation

/// What a file turned out to hold.
public enum DocumentContent: Sendable {
    case submission(Submission)
    case registry(Registry)
    case catalogue(Catalogue)
    case rulebook(Rulebook)
    case board(BoardYear)
    case forms(FormLayouts)
}

/// What became of an input file.
public enum FileOutcome: String, Sendable, Codable {
    /// Valid and counted.
    case accepted
    /// Has errors: not counted; the sender must correct it and send it again.
    case rejected
    /// Valid, but a later revision from the same agency for the same year replaces it.
    case superseded
    /// Could not be read at all (missing, no permission).
    case unreadable
}

/// Which agency, year and revision a submission is, when and by whom it was sent: all that settling
/// resubmissions, listing a file and answering its sender need, kept when the content itself is dropped.
public struct SubmissionIdentity: Sendable, Hashable {
    public var agency: String
    public var year: Int
    public var revision: Int
    public var location: Location
    public var submitted: ZonedTimestamp?
    public var preparer: Preparer?
}

/// One input file after ingest: its identity, what it holds, its findings and its outcome.
public struct IngestedFile: Sendable {
    public var path: String
    public var size: Int
    /// SHA-256 of the file's bytes, lowercase hex; empty when unreadable.
    public var sha256: String
    public var format: DocumentFormat?
    /// The extracted document; nil when unreadable, unparsable, or not asked for (`IngestOptions.keepContent`).
    public var content: DocumentContent?
    /// Set for every parsed submission, even when its content is not kept.
    public var identity: SubmissionIdentity?
    public var findings: [Finding]
    public var outcome: FileOutcome

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    public var submission: Submission? {
        if case .submission(let s) = content { return s }
        return nil
    }

    mutating func add(_ finding: Finding) {
        findings.append(finding)
        findings.sort()
        if finding.severity == .error && outcome == .accepted { outcome = .rejected }
    }
}

/// Options that shape ingest.
public struct IngestOptions: Sendable {
    public var maxFileSize: Int
    /// The most findings kept per file.
    public var findingLimit: Int
    /// Keep each file's extracted document. Checking alone does not need it, and dropping it keeps memory flat
    /// however many files there are.
    public var keepContent: Bool

    /// The most attributes one element may have (`StartTagScan`).
    public var maxAttributes: Int
    /// The CPU time one file's parse may take, in proportion to its size, after which it is rejected.
    public var cpuBudget: CPUBudget
    /// The folder every file must really be in (symbolic links leading out of it are refused); nil for none.
    public var confinedTo: String?

    public init(
        maxFileSize: Int = SafeFileReader.defaultLimit, findingLimit: Int = 200, keepContent: Bool = true,
        maxAttributes: Int = StartTagScan.defaultMaxAttributes, cpuBudget: CPUBudget = CPUBudget(),
        confinedTo: String? = nil
    ) {
        self.maxFileSize = maxFileSize
        self.findingLimit = findingLimit
        self.keepContent = keepContent
        self.maxAttributes = maxAttributes
        self.cpuBudget = cpuBudget
        self.confinedTo = confinedTo
    }
}

/// Reads, validates and extracts input files: each in one pass, all of them concurrently on every core.
public struct Ingestor: Sendable {
    /// The codes the ingest raises itself (the others come from the parts it runs).
    static let codes: [FindingKind] = [.unreadable, .unknownFormat]

    public let schemas: SchemaSet
    public let options: IngestOptions
    /// Where the results of accepted submissions are kept between runs; nil to read every file afresh.
    public let cache: (any IngestCache)?

    public init(schemas: SchemaSet, options: IngestOptions = IngestOptions(), cache: (any IngestCache)? = nil) {
        self.schemas = schemas
        self.options = options
        self.cache = cache
    }

    /// The same ingest, keeping and reusing accepted submissions' results in `cache`.
    public func caching(in cache: any IngestCache) -> Ingestor {
        Ingestor(schemas: schemas, options: options, cache: cache)
    }

    /// Ingests the files, checking each against `reference` when given. Results keep the order of `paths`.
    public func ingest(
        _ paths: [String], reference: ReferenceData? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> [IngestedFile] {
        let done = Counter()
        return concurrentMap(paths.count) { index in
            let file = ingest(path: paths[index], reference: reference)
            if let progress { progress(done.increment(), paths.count) }
            return file
        }
    }

    /// Ingests one file. Never throws and never crashes on bad bytes: every problem is a finding.
    public func ingest(path: String, reference: ReferenceData? = nil) -> IngestedFile {
        let bytes: [UInt8]
        switch SafeFileReader.read(path, limit: options.maxFileSize, confinedTo: options.confinedTo) {
        case .failure(let unreadable):
            return IngestedFile(
                path: path, size: 0, sha256: "", format: nil, content: nil, identity: nil,
                findings: [FindingKind.unreadable.make(file: path, at: .start, ["reason": unreadable.wording])],
                outcome: .unreadable)
        case .success(.refused(let finding)):
            return IngestedFile(
                path: path, size: 0, sha256: "", format: nil, content: nil, identity: nil, findings: [finding],
                outcome: .rejected)
        case .success(.bytes(let b)):
            bytes = b
        }
        let sha256 = Digest.sha256(bytes)
        let cache = options.keepContent ? cache : nil
        if let cache, let kept = cache.file(path: path, sha256: sha256) { return kept }
        var file = IngestedFile(
            path: path, size: bytes.count, sha256: sha256, format: nil, content: nil, identity: nil, findings: [],
            outcome: .accepted)
        var findings = FindingList(file: path, limit: options.findingLimit)
        let deadline = CPUBudget.threadSeconds() + options.cpuBudget.seconds(forBytes: bytes.count)
        parse(bytes, path: path, into: &file, findings: &findings, cpuDeadline: deadline)
        if !findings.hasErrors, let content = file.content {
            findings.append(
                contentsOf: ContentChecks.check(content, path: path, reference: reference).map {
                    FindingAttributes.moved($0, in: bytes)
                })
        }
        file.identity = file.submission.flatMap(SubmissionIdentity.init(of:))
        if !options.keepContent { file.content = nil }
        file.findings = findings.sorted()
        file.outcome = findings.hasErrors ? .rejected : .accepted
        if let cache, file.isCacheable { cache.keep(file) }
        return file
    }

    private func parse(
        _ bytes: [UInt8], path: String, into file: inout IngestedFile, findings: inout FindingList, cpuDeadline: Double
    ) {
        // Checked on the raw bytes before libxml2 sees them: what it would accept wrongly, or only slowly.
        if let refusal = EncodingCheck.check(bytes, file: path)
            ?? StartTagScan.check(bytes, limit: options.maxAttributes, file: path)
        {
            findings.append(contentsOf: [refusal])
            return
        }
        let root: RootElement
        switch XMLReader.sniffRoot(bytes, file: path) {
        case .failure(let box):
            findings.append(contentsOf: box.list.sorted())
            return
        case .success(let r):
            root = r
        }
        guard let format = DocumentFormat(root: root) else {
            let found =
                root.namespace.map { Bilingual("có không gian tên \"\($0)\"", "has namespace \"\($0)\"") }
                ?? Bilingual("không có không gian tên", "has no namespace")
            findings.add(
                .unknownFormat, at: .start,
                ["root": "\(root.name)", "found": found, "namespace": "\(DocumentFormat.submissionNamespace)"])
            return
        }
        file.format = format
        let schema = schemas.schema(for: format)
        /// One pass of the format's builder over the bytes, its result wrapped as the file's content.
        func extract<Builder: ElementHandler>(_ builder: Builder, _ content: (Builder) -> DocumentContent) {
            XMLReader.read(
                bytes, file: path, schema: schema, handler: builder, findings: &findings, cpuDeadline: cpuDeadline)
            file.content = content(builder)
        }
        switch format {
        case .submission: extract(SubmissionBuilder()) { .submission($0.finish()) }
        case .registry: extract(RegistryBuilder()) { .registry($0.registry) }
        case .catalogue: extract(CatalogueBuilder()) { .catalogue($0.catalogue) }
        case .rulebook: extract(RulebookBuilder()) { .rulebook($0.rulebook) }
        case .board: extract(BoardBuilder()) { .board($0.board) }
        case .forms: extract(FormsBuilder()) { .forms($0.layouts) }
        }
    }

}

extension FindingKind {
    static let unreadable = FindingKind(
        "file.unreadable", .error, parameters: ["reason"],
        vi: "không đọc được tệp ({reason}); kiểm tra xem tệp có tồn tại và có quyền đọc hay không",
        en: "cannot read the file: {reason}; check that the file exists and may be read",
        examples: [
            .triggers("a link to nothing", [ExampleFile("2019/01.xml", .danglingLink)]),
            .passes("a report", [.submission()]),
        ])

    static let unknownFormat = FindingKind(
        "xml.unknown-format", .error, parameters: ["root", "found", "namespace"],
        vi:
            "phần tử gốc <{root}> {found}; báo cáo phải bắt đầu bằng <submission xmlns=\"{namespace}\"> (dữ liệu danh mục và tệp của Ban Thi đua - Khen thưởng dùng không gian tên riêng, xem tệp README)",
        en:
            "the root element <{root}> {found}; a submission must be <submission xmlns=\"{namespace}\"> (reference data and the board's files use their own namespaces, see the README)",
        fields: ["submission"],
        examples: [
            .triggers(
                "a report without its namespace",
                [
                    .submission {
                        $0.replacingOccurrences(of: " xmlns=\"urn:vn:vss:emulation-review:submission:v1\"", with: "")
                    }
                ]),
            .passes("a report in its namespace", [.submission()]),
        ])
}

extension UnreadableFile {
    /// The system's reason in both languages, for the reasons a clerk meets.
    var wording: Bilingual {
        switch reason {
        case "No such file or directory": Bilingual("không tìm thấy tệp", reason)
        case "Permission denied": Bilingual("không có quyền đọc tệp", reason)
        case "Too many levels of symbolic links": Bilingual("liên kết tượng trưng lặp vòng", reason)
        case "Input/output error": Bilingual("lỗi đọc đĩa", reason)
        default: Bilingual("lỗi hệ thống: \(reason)", reason)
        }
    }
}
