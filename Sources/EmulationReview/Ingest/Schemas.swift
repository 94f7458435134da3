import CLibXML2
import Foundation

/// A compiled XSD. Read-only once compiled, so one instance is shared by every worker thread.
public final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The schemas' annotations, for advice on what libxml2 reports.
    let guide: SchemaGuide

    init(pointer: xmlSchemaPtr, guide: SchemaGuide) {
        self.pointer = pointer
        self.guide = guide
    }

    deinit { xmlSchemaFree(pointer) }
}

/// The project's formats, each known by the namespace of its root element.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case submission
    case registry
    case catalogue
    case rulebook
    case board
    case forms

    public static let submissionNamespace = "urn:vn:vss:emulation-review:submission:v1"
    public static let referenceNamespace = "urn:vn:vss:emulation-review:reference:v1"
    public static let boardNamespace = "urn:vn:vss:emulation-review:board:v1"

    public init?(root: RootElement) {
        switch (root.namespace, root.name) {
        case (Self.submissionNamespace, "submission"): self = .submission
        case (Self.referenceNamespace, "registry"): self = .registry
        case (Self.referenceNamespace, "catalogue"): self = .catalogue
        case (Self.referenceNamespace, "rulebook"): self = .rulebook
        case (Self.boardNamespace, "board"): self = .board
        case (Self.referenceNamespace, "forms"): self = .forms
        default: return nil
        }
    }

    /// Every XSD of the formats, the shared simple types last.
    public static let schemaFiles = ["submission-v1.xsd", "board-v1.xsd", "reference-v1.xsd", "common-v1.xsd"]

    var schemaFile: String {
        switch self {
        case .submission: "submission-v1.xsd"
        case .registry, .catalogue, .rulebook, .forms: "reference-v1.xsd"
        case .board: "board-v1.xsd"
        }
    }

    /// Plain words for messages.
    public var title: String {
        switch self {
        case .submission: "agency submission"
        case .registry: "agency registry"
        case .catalogue: "catalogue"
        case .rulebook: "rulebook"
        case .board: "board's file for a year"
        case .forms: "statistics form layouts"
        }
    }
}

/// Why the program's own schemas cannot be used, in both languages.
public struct SchemaError: Error, CustomStringConvertible {
    public var message: Bilingual

    /// The English message.
    public var description: String { message.en }

    public init(_ message: Bilingual) {
        self.message = message
    }
}

/// The three schemas, compiled once per process from the XSD files shipped with the program.
public final class SchemaSet: Sendable {
    private let submission: CompiledSchema
    private let reference: CompiledSchema
    private let board: CompiledSchema
    /// What the schemas say of each element and attribute (the field guide's source).
    public let guide: SchemaGuide
    /// SHA-256 of the XSD files compiled (names and bytes): what a file's validation depends on besides its own bytes.
    public let digest: String

    /// Compiles the schemas. Call before starting worker threads: schema compilation is not thread-safe in libxml2 2.9.
    public init(directory: URL? = nil) throws {
        er_init()
        guard let dir = directory ?? Bundle.module.url(forResource: "Schemas", withExtension: nil) else {
            throw SchemaError(
                Bilingual(
                    "thiếu các tệp XSD của chương trình (thư mục Schemas bên cạnh tệp thực thi); hãy cài đặt lại chương trình",
                    "the program's XSD files are missing (the Schemas folder beside the executable); reinstall the program"
                ))
        }
        let guide = SchemaGuide(directory: dir)
        self.guide = guide
        var digest = Digest.Running()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for name in names.filter({ $0.hasSuffix(".xsd") }).sorted() {
            let bytes = (try? Data(contentsOf: dir.appendingPathComponent(name))) ?? Data()
            digest.update(Data("\(name) \(bytes.count)\n".utf8))
            digest.update(bytes)
        }
        self.digest = digest.finish()
        func compile(_ name: String) throws -> CompiledSchema {
            let path = dir.appendingPathComponent(name).path
            var errors: [String] = []
            let pointer = withUnsafeMutablePointer(to: &errors) { sink -> xmlSchemaPtr? in
                er_compile_schema(
                    path, sink,
                    { ctx, error in
                        guard let ctx, let error else { return }
                        let list = ctx.assumingMemoryBound(to: [String].self)
                        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
                        list.pointee.append("line \(error.pointee.line): \(LibXMLMessage.clean(message))")
                    })
            }
            guard let pointer else {
                let detail = errors.joined(separator: "; ")
                throw SchemaError(
                    Bilingual("không biên dịch được \(path): \(detail)", "cannot compile \(path): \(detail)"))
            }
            return CompiledSchema(pointer: pointer, guide: guide)
        }
        submission = try compile(DocumentFormat.submission.schemaFile)
        reference = try compile(DocumentFormat.registry.schemaFile)
        board = try compile(DocumentFormat.board.schemaFile)
    }

    public func schema(for format: DocumentFormat) -> CompiledSchema {
        switch format {
        case .submission: submission
        case .registry, .catalogue, .rulebook, .forms: reference
        case .board: board
        }
    }
}
