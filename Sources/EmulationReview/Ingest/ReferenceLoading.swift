import Foundation

/// The outcome of loading `Inputs/reference/`.
public struct ReferenceLoad: Sendable {
    /// Present only when the registry, the catalogue and the rulebook were all read without errors.
    public var data: ReferenceData?
    public var files: [IngestedFile]
    /// Why `data` is missing, for a message.
    public var problem: String?
}

extension Ingestor {
    /// Reads the reference data kept in `inputs/reference/`: one registry, one catalogue, one rulebook.
    public func loadReference(inputs: String) -> ReferenceLoad {
        let folder = (inputs as NSString).appendingPathComponent("reference")
        let paths = InputFolder.xmlFiles(in: folder)
        var keeping = options
        keeping.keepContent = true
        let files = Ingestor(schemas: schemas, options: keeping).ingest(paths)
        var registry: Registry?
        var catalogue: Catalogue?
        var rulebook: Rulebook?
        var problems: [String] = []
        for file in files {
            switch file.content {
            case .registry(let r) where file.outcome == .accepted:
                if registry != nil { problems.append("more than one registry in \(folder)") }
                registry = r
            case .catalogue(let c) where file.outcome == .accepted:
                if catalogue != nil { problems.append("more than one catalogue in \(folder)") }
                catalogue = c
            case .rulebook(let r) where file.outcome == .accepted:
                if rulebook != nil { problems.append("more than one rulebook in \(folder)") }
                rulebook = r
            default:
                if file.outcome != .accepted { problems.append("\(file.path) has errors") }
            }
        }
        if registry == nil { problems.append("no valid agency registry (<registry>) in \(folder)") }
        if catalogue == nil { problems.append("no valid catalogue (<catalogue>) in \(folder)") }
        if rulebook == nil { problems.append("no valid rulebook (<rulebook>) in \(folder)") }
        guard problems.isEmpty, let registry, let catalogue, let rulebook else {
            return ReferenceLoad(data: nil, files: files, problem: problems.joined(separator: "; "))
        }
        return ReferenceLoad(
            data: ReferenceData(registry: registry, catalogue: catalogue, rulebook: rulebook), files: files,
            problem: nil)
    }
}
