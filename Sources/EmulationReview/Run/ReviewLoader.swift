import Foundation

/// Why a review cannot be made, with the exit status it maps to.
public struct RunFailure: Error, CustomStringConvertible, Sendable {
    public var status: ExitStatus
    public var description: String
    /// Findings that explain the failure (for example the reference data's own errors).
    public var findings: [Finding]

    public init(_ status: ExitStatus, _ description: String, findings: [Finding] = []) {
        self.status = status
        self.description = description
        self.findings = findings
    }
}

/// Gathers everything a period's review needs from an inputs folder: the reference data, the board's files and
/// the submissions of the period, of the year before it, and of up to `historyYears` earlier years for the
/// eligibility rules (which look back at most five consecutive years plus a prerequisite award).
public struct ReviewLoader: Sendable {
    public static let historyYears = 10

    public let ingestor: Ingestor

    public init(ingestor: Ingestor) { self.ingestor = ingestor }

    /// The year folders of an inputs folder.
    public static func yearFolders(in inputs: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inputs)) ?? []
        return names.compactMap { name in
            name.count == 4 && name.allSatisfy(\.isASCII) ? Int(name) : nil
        }.sorted()
    }

    public func load(period: Period, inputs: String, asOf: Day?) throws(RunFailure) -> ReviewInput {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inputs, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RunFailure(.noInput, "the inputs folder \(inputs) does not exist")
        }
        let reference = ingestor.loadReference(inputs: inputs)
        guard let data = reference.data else {
            throw RunFailure(.dataError, "the reference data in \(inputs)/reference cannot be used: \(reference.problem ?? "")",
                             findings: reference.files.flatMap(\.findings))
        }
        let available = Self.yearFolders(in: inputs)
        let earliest = period.first - 1 - Self.historyYears
        let years = available.filter { $0 >= earliest && $0 <= period.last }
        let periodHasInput = period.years.contains { year in
            !InputFolder.xmlFiles(in: (inputs as NSString).appendingPathComponent(String(year))).isEmpty
        }
        guard periodHasInput else {
            throw RunFailure(.noInput, "there are no input files for \(period) in \(inputs) (expected folders such as \(inputs)/\(period.first)/)")
        }
        let paths = years.flatMap { InputFolder.xmlFiles(in: (inputs as NSString).appendingPathComponent(String($0))) }
        var files = ingestor.ingest(paths, reference: data)
        Resubmissions.resolve(&files)
        var boards: [Int: BoardYear] = [:]
        for index in files.indices {
            guard case .board(let board) = files[index].content else { continue }
            if files[index].outcome == .accepted {
                if boards[board.year] != nil {
                    files[index].add(Finding("board.duplicate", .error, file: files[index].path, at: board.location,
                                             "there is already a board's file for \(board.year) in this folder; keep one"))
                } else {
                    boards[board.year] = board
                }
            }
        }
        return ReviewInput(period: period, asOf: asOf, reference: data, boards: boards,
                           files: reference.files + files)
    }
}
