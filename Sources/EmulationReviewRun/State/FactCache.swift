import EmulationReview
import Foundation
import Glibc

/// The facts extracted from accepted submissions, kept between runs in `facts.sqlite` beside the state store, so
/// that a report rebuilt after a change reads its unchanged years without parsing and validating them again.
///
/// A row answers only for its path, the SHA-256 of the file's bytes (the ingest reads and hashes every file
/// anyway) and a context that digests everything else the result depends on: this executable (its size, time and
/// inode), the schemas, the reference data and the ingest options. Rows of another context are deleted when the
/// cache opens. Each row carries the SHA-256 of its facts, checked before they are used, and facts that do not
/// read back whole are a miss: the file is then read as if never seen. The cache is only ever a shortcut; it can
/// be deleted at any time, and a cache that cannot be opened or written leaves the run reading every file.
public final class FactCache: IngestCache, @unchecked Sendable {
    private let database: SQLiteDatabase
    private let context: String
    public let path: String
    private let counts = NSLock()
    private var answered = 0
    private var added = 0

    /// How many files the cache answered, and how many it kept, since it was opened.
    public var usage: (answered: Int, kept: Int) { counts.withLock { (answered, added) } }

    /// Opens (or creates) the cache in `directory` for `context`; nil when it cannot be used (the run goes on
    /// without it). A damaged cache file is deleted and made anew.
    public init?(directory: String, context: String) {
        path = (directory as NSString).appendingPathComponent("facts.sqlite")
        self.context = context
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil
        else { return nil }
        if let database = Self.open(path, context: context) {
            self.database = database
        } else {
            Self.remove(in: directory)
            guard let database = Self.open(path, context: context) else { return nil }
            self.database = database
        }
    }

    /// Deletes the cache in `directory` (`--rebuild-state` starts from nothing): every file is read again.
    public static func remove(in directory: String) {
        let path = (directory as NSString).appendingPathComponent("facts.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private static func open(_ path: String, context: String) -> SQLiteDatabase? {
        do throws(SQLiteError) {
            let database = try SQLiteDatabase(path: path)
            try database.execute(
                """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
                CREATE TABLE IF NOT EXISTS facts(
                    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, context TEXT NOT NULL, check_sha256 TEXT NOT NULL,
                    facts BLOB NOT NULL);
                """)
            try database.query("DELETE FROM facts WHERE context <> ?", [.text(context)])
            return database
        } catch {
            return nil
        }
    }

    public func file(path: String, sha256: String) -> IngestedFile? {
        let rows = try? database.query(
            "SELECT check_sha256, facts FROM facts WHERE path = ? AND sha256 = ? AND context = ?",
            [.text(path), .text(sha256), .text(context)])
        guard let row = rows?.first, let check = row[0].text, case .blob(let data) = row[1] else { return nil }
        let bytes = [UInt8](data)
        guard Digest.sha256(bytes) == check, let file = IngestedFile(path: path, facts: bytes), file.sha256 == sha256
        else { return nil }
        counts.withLock { answered += 1 }
        return file
    }

    public func keep(_ file: IngestedFile) {
        guard let facts = file.facts else { return }
        let stored = try? database.query(
            "INSERT OR REPLACE INTO facts(path, sha256, context, check_sha256, facts) VALUES (?, ?, ?, ?, ?)",
            [.text(file.path), .text(file.sha256), .text(context), .text(Digest.sha256(facts)), .blob(Data(facts))])
        if stored != nil { counts.withLock { added += 1 } }
    }

    /// Forgets the files that are no longer among the inputs.
    public func forget(keeping paths: Set<String>) {
        guard let rows = try? database.query("SELECT path FROM facts") else { return }
        let gone = rows.compactMap { $0.first?.text }.filter { !paths.contains($0) }
        guard !gone.isEmpty else { return }
        _ = try? database.transaction { () throws(SQLiteError) in
            for path in gone { try database.query("DELETE FROM facts WHERE path = ?", [.text(path)]) }
        }
    }

    /// What an ingest's result depends on besides a file's path and bytes.
    public static func context(ingestor: Ingestor, reference: ReferenceLoad) -> String {
        var parts = ["facts \(FactFormat.version)", "program \(EmulationReviewVersion.current) \(executableIdentity)"]
        parts.append("schemas \(ingestor.schemas.digest)")
        let options = ingestor.options
        parts.append(
            "options \(options.maxFileSize) \(options.findingLimit) \(options.maxAttributes) "
                + "\(options.cpuBudget.baseSeconds) \(options.cpuBudget.secondsPerMiB) \(options.confinedTo ?? "-")")
        for file in reference.files.sorted(by: { $0.path < $1.path }) {
            parts.append("reference \(file.path) \(file.sha256)")
        }
        return Digest.sha256(parts.joined(separator: "\n"))
    }

    /// The running executable as the file system knows it: a rebuilt or replaced program is another one.
    static var executableIdentity: String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown \(UUID())" }
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
