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

    mutating func error(_ code: String, at location: Location, _ message: String) {
        findings.append(Finding(code, .error, file: file, at: location, message))
    }

    mutating func warning(_ code: String, at location: Location, _ message: String) {
        findings.append(Finding(code, .warning, file: file, at: location, message))
    }
}

/// Reports codes that appear more than once, each at its second and later places.
func reportDuplicates<T>(
    _ items: [T], code: String, what: String, key: (T) -> String, location: (T) -> Location,
    into sink: inout FindingSink
) {
    var first: [String: Location] = [:]
    for item in items {
        let k = key(item)
        if let earlier = first[k] {
            sink.error(
                code, at: location(item),
                "\(what) \(k) appears twice (first at line \(earlier.line)); list each \(what) once")
        } else {
            first[k] = location(item)
        }
    }
}
