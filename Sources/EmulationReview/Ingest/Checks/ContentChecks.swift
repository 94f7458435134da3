import Foundation

/// The checks made after a document has passed its schema: consistency inside the document and, when the
/// reference data is at hand, agreement with the registry and the catalogues.
enum ContentChecks {
    static func check(_ content: DocumentContent, path: String, reference: ReferenceData?) -> [Finding] {
        var sink = FindingSink(file: path)
        let folderYear = InputFolder.folderYear(of: path)
        switch content {
        case .submission(let submission):
            SubmissionChecks(submission: submission, reference: reference, folderYear: folderYear).run(&sink)
        case .board(let board):
            BoardChecks(board: board, reference: reference, folderYear: folderYear).run(&sink)
        case .registry(let registry):
            RegistryChecks(registry: registry).run(&sink)
        case .catalogue(let catalogue):
            CatalogueChecks(catalogue: catalogue).run(&sink)
        case .rulebook(let rulebook):
            RulebookChecks(rulebook: rulebook, reference: reference).run(&sink)
        }
        return sink.findings
    }
}

/// Where checks put what they find.
struct FindingSink {
    let file: String
    var findings: [Finding] = []

    mutating func add(_ kind: FindingKind, at location: Location, _ arguments: KeyValuePairs<String, Bilingual> = [:]) {
        findings.append(kind.make(file: file, at: location, arguments))
    }
}

/// Reports keys that appear more than once, each at its second and later places, as `kind` with the arguments
/// `key` (the repeated key) and `line` (where it first appears).
func reportDuplicates<T>(
    _ items: [T], _ kind: FindingKind, key: (T) -> String, location: (T) -> Location, into sink: inout FindingSink
) {
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
