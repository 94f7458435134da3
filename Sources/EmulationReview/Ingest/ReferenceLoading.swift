import Foundation

/// The outcome of loading `Inputs/reference/`.
public struct ReferenceLoad: Sendable {
    /// Present only when the registry, the catalogue and the rulebook were all read without errors.
    public var data: ReferenceData?
    public var files: [IngestedFile]
    /// Why `data` is missing, for a message.
    public var problem: Bilingual?
}

extension Ingestor {
    /// Reads the reference data kept in `inputs/reference/`: one registry, one catalogue, one rulebook, and at
    /// most one set of statistics form layouts (`forms.xml`, optional).
    public func loadReference(inputs: String) -> ReferenceLoad {
        let folder = (inputs as NSString).appendingPathComponent("reference")
        let paths = InputFolder.xmlFiles(in: folder)
        var keeping = options
        keeping.keepContent = true
        let files = Ingestor(schemas: schemas, options: keeping).ingest(paths)
        var registry: Registry?
        var catalogue: Catalogue?
        var rulebook: Rulebook?
        var forms: FormLayouts?
        var problems: [Bilingual] = []
        for file in files {
            switch file.content {
            case .registry(let r) where file.outcome == .accepted:
                if registry != nil {
                    problems.append(
                        Bilingual("có hơn một danh mục đơn vị trong \(folder)", "more than one registry in \(folder)"))
                }
                registry = r
            case .catalogue(let c) where file.outcome == .accepted:
                if catalogue != nil {
                    problems.append(
                        Bilingual("có hơn một danh mục trong \(folder)", "more than one catalogue in \(folder)"))
                }
                catalogue = c
            case .rulebook(let r) where file.outcome == .accepted:
                if rulebook != nil {
                    problems.append(
                        Bilingual("có hơn một bộ quy tắc trong \(folder)", "more than one rulebook in \(folder)"))
                }
                rulebook = r
            case .forms(let f) where file.outcome == .accepted:
                if forms != nil {
                    problems.append(
                        Bilingual(
                            "có hơn một tệp mẫu biểu thống kê (<forms>) trong \(folder)",
                            "more than one set of form layouts (<forms>) in \(folder)"))
                }
                forms = f
            default:
                if file.outcome != .accepted {
                    problems.append(Bilingual("\(file.path) có lỗi", "\(file.path) has errors"))
                }
            }
        }
        if registry == nil {
            problems.append(
                Bilingual(
                    "không có danh mục đơn vị (<registry>) hợp lệ trong \(folder)",
                    "no valid agency registry (<registry>) in \(folder)"))
        }
        if catalogue == nil {
            problems.append(
                Bilingual(
                    "không có danh mục (<catalogue>) hợp lệ trong \(folder)",
                    "no valid catalogue (<catalogue>) in \(folder)"))
        }
        if rulebook == nil {
            problems.append(
                Bilingual(
                    "không có bộ quy tắc (<rulebook>) hợp lệ trong \(folder)",
                    "no valid rulebook (<rulebook>) in \(folder)"))
        }
        guard problems.isEmpty, let registry, let catalogue, let rulebook else {
            return ReferenceLoad(
                data: nil, files: files,
                problem: Bilingual(
                    problems.map(\.vi).joined(separator: "; "), problems.map(\.en).joined(separator: "; ")))
        }
        return ReferenceLoad(
            // The form layouts are optional: without them the review has no statistics forms, and says so.
            data: ReferenceData(
                registry: registry, catalogue: catalogue, rulebook: rulebook,
                forms: forms ?? FormLayouts(forms: [])),
            files: files,
            problem: nil)
    }
}
