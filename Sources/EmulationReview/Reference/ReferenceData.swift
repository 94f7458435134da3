import Foundation

/// The registry, catalogues and rulebook, with lookups by code.
public struct ReferenceData: Sendable {
    public let registry: Registry
    public let catalogue: Catalogue
    public let rulebook: Rulebook
    public let agencies: [String: Agency]
    public let clusters: [String: Cluster]
    public let indicators: [String: IndicatorDefinition]
    public let movements: [String: MovementDefinition]
    public let awards: [String: AwardDefinition]

    public init(registry: Registry, catalogue: Catalogue, rulebook: Rulebook) {
        self.registry = registry
        self.catalogue = catalogue
        self.rulebook = rulebook
        agencies = Dictionary(registry.agencies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        clusters = Dictionary(registry.clusters.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicators = Dictionary(catalogue.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        movements = Dictionary(catalogue.movements.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        awards = Dictionary(catalogue.awards.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

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
        return ReferenceLoad(data: ReferenceData(registry: registry, catalogue: catalogue, rulebook: rulebook), files: files,
                             problem: nil)
    }
}

/// Finding the XML files of an inputs folder, in a stable order.
public enum InputFolder {
    /// The `.xml` files directly in `folder`, sorted by name; none when the folder does not exist.
    public static func xmlFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".xml") && !$0.hasPrefix(".") }
            .sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Every `.xml` file under `folder`, at any depth, sorted by path. Symbolic links are not followed.
    public static func xmlFilesRecursively(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if name.lowercased().hasSuffix(".xml") {
                result.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return result.sorted()
    }

    /// The year a file's folder names (`Inputs/2020/79.xml` → 2020), if its parent folder is a year.
    public static func folderYear(of path: String) -> Int? {
        let parent = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        guard parent.count == 4, parent.allSatisfy(\.isASCII), let year = Int(parent) else { return nil }
        return year
    }
}
