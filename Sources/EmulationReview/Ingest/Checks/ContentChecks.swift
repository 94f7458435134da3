import Foundation

/// The checks made after a document has passed its schema: consistency inside the document and, when the
/// reference data is at hand, agreement with the registry and the catalogues.
enum ContentChecks {
    static func check(_ content: DocumentContent, path: String, reference: ReferenceData?) -> [PlacedFinding] {
        let folderYear = InputFolder.folderYear(of: path)
        func run(_ check: some ConsistencyCheck) -> [PlacedFinding] {
            var sink = FindingSink(file: path, raising: type(of: check).codes)
            check.run(&sink)
            return sink.findings
        }
        switch content {
        case .submission(let submission):
            return run(SubmissionChecks(submission: submission, reference: reference, folderYear: folderYear))
        case .board(let board):
            return run(BoardChecks(board: board, reference: reference, folderYear: folderYear))
        case .registry(let registry):
            return run(RegistryChecks(registry: registry))
        case .catalogue(let catalogue):
            return run(CatalogueChecks(catalogue: catalogue))
        case .rulebook(let rulebook):
            return run(RulebookChecks(rulebook: rulebook, reference: reference))
        case .forms(let layouts):
            return run(FormLayoutChecks(layouts: layouts, reference: reference))
        }
    }
}

/// One consistency check of a document: the codes it raises (each with its messages and examples, see
/// `FindingKind`) and the check itself, fed by the one pass's extracted document.
protocol ConsistencyCheck {
    /// Every kind the check raises; raising another is a programming error that the tests catch.
    static var codes: [FindingKind] { get }
    func run(_ sink: inout FindingSink)
}

/// Where checks put what they find.
struct FindingSink {
    let file: String
    /// The codes the check declared.
    let raising: Set<String>
    var findings: [PlacedFinding] = []

    init(file: String, raising codes: [FindingKind]) {
        self.file = file
        self.raising = Set(codes.map(\.code))
    }

    /// `attribute`: the attribute of the element at `location` that the finding is about, when its code alone
    /// does not say which (`FindingAttributes`).
    mutating func add(
        _ kind: FindingKind, at location: Location, attribute: String? = nil,
        _ arguments: KeyValuePairs<String, Bilingual> = [:]
    ) {
        assert(raising.contains(kind.code), "\(kind.code) is not among the codes its check declares")
        findings.append(
            PlacedFinding(
                finding: kind.make(file: file, at: location, arguments),
                attribute: attribute ?? FindingAttributes.attribute[kind.code]))
    }
}

/// Reports keys that appear more than once, each at its second and later places, as `kind` with the arguments
/// `key` (the repeated key) and `line` (where it first appears).
func reportDuplicates<T>(
    _ items: [T], _ kind: FindingKind, key: (T) -> String, location: (T) -> Location, into sink: inout FindingSink
) {
    guard items.count > 1 else { return }  // most lists of a person are empty or hold one item
    var first: [String: Location] = [:]
    for item in items {
        let k = key(item)
        if let earlier = first[k] {
            sink.add(kind, at: location(item), ["key": "\(k)", "line": "\(earlier.line)"])
        } else {
            first[k] = location(item)
        }
    }
}
