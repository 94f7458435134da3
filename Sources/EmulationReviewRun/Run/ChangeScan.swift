import EmulationReview
import Foundation
import Glibc

/// One input file as the file system shows it: enough to tell whether it looks changed.
public struct ListedFile: Sendable, Hashable {
    public var path: String
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    /// The year folder it lies in; nil for the reference data.
    public var year: Int?

    public init(path: String, size: Int64, modified: Int64, year: Int?) {
        self.path = path
        self.size = size
        self.modified = modified
        self.year = year
    }
}

/// What changed in the inputs since the last successful run. An unchanged file costs one `stat`: only files whose
/// size or modification time differ from the store's are read, for their SHA-256, so touching a file changes
/// nothing.
public struct ChangeScan: Sendable {
    /// Every file seen now, as the store will remember it.
    public var current: [String: FileState]
    public var changedYears: Set<Int>
    public var changedFiles: Int

    /// A scan that found nothing: a manual rerun neither needs nor records what changed.
    public static let none = ChangeScan(current: [:], changedYears: [], changedFiles: 0)

    /// Compares a listing with the files the store knows. A change to the reference data changes every year.
    /// - digest: the SHA-256 of a file, called only for files that look changed.
    public static func compare(
        _ listing: [ListedFile], known: [String: FileState], years: [Int],
        digest: (String) -> String
    ) -> ChangeScan {
        var current: [String: FileState] = [:]
        var changedYears: Set<Int> = []
        var changed = 0
        var referenceChanged = false
        for file in listing {
            var state = FileState(
                path: file.path, size: file.size, modified: file.modified, sha256: "", year: file.year,
                format: nil, outcome: "", agency: nil, findings: [])
            if let old = known[file.path], old.size == file.size, old.modified == file.modified {
                state = old
            } else {
                let sha256 = digest(file.path)
                if let old = known[file.path], old.sha256 == sha256 {
                    state = old
                    state.modified = file.modified
                } else {
                    state.sha256 = sha256
                    changed += 1
                    if let year = file.year { changedYears.insert(year) } else { referenceChanged = true }
                }
            }
            current[file.path] = state
        }
        for (path, old) in known where current[path] == nil {
            changed += 1
            if let year = old.year { changedYears.insert(year) } else { referenceChanged = true }
        }
        if referenceChanged { changedYears.formUnion(years) }
        return ChangeScan(current: current, changedYears: changedYears, changedFiles: changed)
    }

    /// The XML files of an inputs folder (reference data first, then each year folder), with `stat`'s size and
    /// modification time.
    public static func list(inputs: String) -> [ListedFile] {
        let referencePaths = InputFolder.xmlFiles(in: (inputs as NSString).appendingPathComponent("reference"))
        let yearPaths = ReviewLoader.yearFolders(in: inputs).flatMap {
            InputFolder.xmlFiles(in: (inputs as NSString).appendingPathComponent(String($0)))
        }
        return (referencePaths + yearPaths).compactMap { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return ListedFile(
                path: path, size: Int64(info.st_size),
                modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                year: InputFolder.folderYear(of: path))
        }
    }

    /// The SHA-256 of a file's bytes; empty when it cannot be read.
    public static func sha256(ofFileAt path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return Digest.sha256(data)
    }

    /// The file table after this run: what was seen, with outcomes from the files ingested now.
    public func merged(with ingested: [IngestedFile]) -> [FileState] {
        var states = current
        for file in ingested {
            guard var state = states[file.path] else { continue }
            state.sha256 = file.sha256
            state.format = file.format?.rawValue
            state.outcome = file.outcome.rawValue
            state.agency = file.identity?.agency
            state.findings = file.findings
            states[file.path] = state
        }
        return states.keys.sorted().map { states[$0]! }
    }
}
