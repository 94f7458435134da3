import EmulationReview
import Foundation

/// What the store remembers of an input file: enough to tell, without reading it again, whether it changed.
public struct FileState: Sendable, Hashable {
    public var path: String
    public var size: Int64
    public var modified: Int64
    public var sha256: String
    public var year: Int?
    public var format: String?
    public var outcome: String
    public var agency: String?
    public var findings: [Finding]
}

/// A published report's content digest (SHA-256 of its manifest, which lists every file's digest).
public struct ReportState: Sendable, Hashable {
    public var period: String
    public var digest: String
    public var folder: String
    public var summary: String
    public var publishedAt: String
    /// The headline figures, one sentence each, for the report email.
    public var headline: [String] = []
}

public enum DeliveryStatus: String, Sendable, Codable {
    /// Being sent: if a run dies here, the next run sends it again with the same Message-ID.
    case sending
    case sent
    /// A temporary failure (server unreachable, 4xx): the next run tries again.
    case pending
    /// A permanent failure (5xx, login refused): a person must act; `send --resend` tries again.
    case failed
    /// A feedback not sent before its files changed (one corrected, another rejected): nothing to retry, a newer
    /// feedback covers the files still rejected.
    case superseded
}

/// What an email carries; stored by its raw value.
public enum DeliveryKind: String, Sendable, Codable {
    /// A review report (first or revised) to the board's recipients.
    case report
    /// The findings of an agency's rejected submissions for a year, to its registered contacts.
    case feedback
}

/// One email the program sent or must send: a report (first or revised) or a feedback to an agency.
public struct Delivery: Sendable, Hashable {
    public var id: Int64
    public var kind: DeliveryKind
    public var period: String
    public var digest: String
    public var recipients: [String]
    public var messageID: String
    public var status: DeliveryStatus
    public var reply: String
    public var attempts: Int
    public var updatedAt: String
    /// For a feedback: the digests of the files it notifies (stored as its manifest, one per line), so that each
    /// file counts as notified whatever group it went in. Empty for a report.
    public var covers: [String] = []
}

public struct RunRecord: Sendable, Hashable {
    public var startedAt: String
    public var finishedAt: String
    public var command: String
    public var periods: String
    public var status: Int32
    public var message: String
}

/// The state of unattended runs, in SQLite: the input files as last seen, the published reports, deliveries and
/// runs. The file and report tables are a cache of what `Inputs/` says (`--rebuild-state` recreates them); the
/// deliveries are the record of what was sent, so that nothing is sent twice.
public final class StateStore: @unchecked Sendable {
    static let schemaVersion = "1"
    let database: SQLiteDatabase
    public let path: String

    /// Opens (or creates) the store in `directory`. A store that SQLite finds damaged, or that is not this
    /// program's, is reported as such rather than used.
    public init(directory: String) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(
                .cannotCreate, "cannot create the state folder \(directory): \(error.localizedDescription)")
        }
        path = (directory as NSString).appendingPathComponent("state.sqlite")
        let advice = "the state store \(path) is damaged; run again with --rebuild-state to recreate it from the inputs"
        do throws(SQLiteError) {
            database = try SQLiteDatabase(path: path)
            let check = try database.query("PRAGMA quick_check")
            guard check.first?.first?.text == "ok" else {
                throw SQLiteError(code: 11, description: "integrity check failed")
            }
            try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;")
            try createSchema()
            let version = try database.query("SELECT value FROM meta WHERE key = 'schema'").first?.first?.text
            if version == nil {
                try database.query("INSERT INTO meta(key, value) VALUES ('schema', ?)", [.text(Self.schemaVersion)])
            } else if version != Self.schemaVersion {
                throw SQLiteError(code: 0, description: "schema version \(version!) is not \(Self.schemaVersion)")
            }
        } catch {
            throw RunFailure(.ioError, "\(advice) (\(error))")
        }
    }

    /// Deletes the store so that the next open recreates it. Deliveries are kept when the old store can still be
    /// read, so that a rebuild never makes the program send a report again.
    public static func rebuild(directory: String) throws(RunFailure) -> StateStore {
        let path = (directory as NSString).appendingPathComponent("state.sqlite")
        var kept: [[SQLiteDatabase.Value]] = []
        if let old = try? SQLiteDatabase(path: path),
            let rows = try? old.query(
                "SELECT kind, period, digest, recipients, message_id, status, reply, attempts, updated_at, manifest FROM deliveries ORDER BY id"
            )
        {
            kept = rows
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try StateStore(directory: directory)
        do {
            try store.database.transaction { () throws(SQLiteError) in
                for row in kept {
                    try store.database.query(
                        "INSERT INTO deliveries(kind, period, digest, recipients, message_id, status, reply, attempts, updated_at, manifest) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        row)
                }
            }
        } catch {
            throw RunFailure(
                .ioError, "cannot restore the deliveries into the rebuilt state store: \(error.description)")
        }
        return store
    }

    private func createSchema() throws(SQLiteError) {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL,
                sha256 TEXT NOT NULL, year INTEGER, format TEXT, outcome TEXT NOT NULL, agency TEXT, findings TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS reports(period TEXT PRIMARY KEY, digest TEXT NOT NULL, folder TEXT NOT NULL,
                summary TEXT NOT NULL, published_at TEXT NOT NULL, manifest BLOB, headline TEXT NOT NULL DEFAULT '');
            CREATE TABLE IF NOT EXISTS deliveries(id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, period TEXT NOT NULL,
                digest TEXT NOT NULL, recipients TEXT NOT NULL, message_id TEXT NOT NULL, status TEXT NOT NULL,
                reply TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, manifest BLOB);
            CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
                command TEXT NOT NULL, periods TEXT NOT NULL, status INTEGER NOT NULL, message TEXT NOT NULL);
            """)
    }

    @discardableResult
    private func wrap<T>(_ body: () throws(SQLiteError) -> T) throws(RunFailure) -> T {
        do {
            return try body()
        } catch {
            throw RunFailure(
                .ioError,
                "the state store \(path) failed: \(error.description); if this repeats, run with --rebuild-state")
        }
    }

    // MARK: Files

    public func files() throws(RunFailure) -> [String: FileState] {
        try wrap { () throws(SQLiteError) in
            var result: [String: FileState] = [:]
            for row in try database.query(
                "SELECT path, size, modified, sha256, year, format, outcome, agency, findings FROM files")
            {
                let findings =
                    (row[8].text.flatMap { try? JSONDecoder().decode([Finding].self, from: Data($0.utf8)) }) ?? []
                let state = FileState(
                    path: row[0].text ?? "", size: row[1].integer ?? 0, modified: row[2].integer ?? 0,
                    sha256: row[3].text ?? "", year: row[4].integer.map(Int.init), format: row[5].text,
                    outcome: row[6].text ?? "", agency: row[7].text, findings: findings)
                result[state.path] = state
            }
            return result
        }
    }

    /// Replaces the file table with what was seen, in one transaction.
    public func replaceFiles(_ states: [FileState]) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.transaction { () throws(SQLiteError) in
                try database.execute("DELETE FROM files")
                for s in states {
                    let findings =
                        (try? JSONEncoder().encode(s.findings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
                    try database.query(
                        "INSERT INTO files(path, size, modified, sha256, year, format, outcome, agency, findings) VALUES (?,?,?,?,?,?,?,?,?)",
                        [
                            .text(s.path), .integer(s.size), .integer(s.modified), .text(s.sha256),
                            s.year.map { .integer(Int64($0)) } ?? .null, s.format.map { .text($0) } ?? .null,
                            .text(s.outcome), s.agency.map { .text($0) } ?? .null, .text(findings),
                        ])
                }
            }
        }
    }

    // MARK: Reports

    public func reports() throws(RunFailure) -> [String: ReportState] {
        try wrap { () throws(SQLiteError) in
            var result: [String: ReportState] = [:]
            for row in try database.query("SELECT period, digest, folder, summary, published_at, headline FROM reports")
            {
                let r = ReportState(
                    period: row[0].text ?? "", digest: row[1].text ?? "", folder: row[2].text ?? "",
                    summary: row[3].text ?? "", publishedAt: row[4].text ?? "",
                    headline: (row[5].text ?? "").split(separator: "\n").map(String.init))
                result[r.period] = r
            }
            return result
        }
    }

    public func recordReport(_ report: ReportState, manifest: Data) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT OR REPLACE INTO reports(period, digest, folder, summary, published_at, manifest, headline) VALUES (?,?,?,?,?,?,?)",
                [
                    .text(report.period), .text(report.digest), .text(report.folder), .text(report.summary),
                    .text(report.publishedAt), .blob(manifest), .text(report.headline.joined(separator: "\n")),
                ])
        }
    }

    // MARK: Deliveries

    public func deliveries(kind: DeliveryKind? = nil, period: String? = nil) throws(RunFailure) -> [Delivery] {
        try wrap { () throws(SQLiteError) in
            var sql =
                "SELECT id, kind, period, digest, recipients, message_id, status, reply, attempts, updated_at, CASE WHEN kind = 'feedback' THEN manifest END FROM deliveries"
            var conditions: [String] = []
            var parameters: [SQLiteDatabase.Value] = []
            if let kind {
                conditions.append("kind = ?")
                parameters.append(.text(kind.rawValue))
            }
            if let period {
                conditions.append("period = ?")
                parameters.append(.text(period))
            }
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY id"
            return try database.query(sql, parameters).map { row in
                Delivery(
                    id: row[0].integer ?? 0, kind: DeliveryKind(rawValue: row[1].text ?? "") ?? .report,
                    period: row[2].text ?? "", digest: row[3].text ?? "",
                    recipients: (row[4].text ?? "").split(separator: ",").map(String.init),
                    messageID: row[5].text ?? "", status: DeliveryStatus(rawValue: row[6].text ?? "") ?? .pending,
                    reply: row[7].text ?? "", attempts: Int(row[8].integer ?? 0), updatedAt: row[9].text ?? "",
                    covers: String(decoding: row[10].blob ?? Data(), as: UTF8.self).split(separator: "\n").map(
                        String.init))
            }
        }
    }

    /// The manifest of the last report of a period that was sent, for the "what changed" of a revised report.
    public func lastSentManifest(period: String) throws(RunFailure) -> Data? {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "SELECT manifest FROM deliveries WHERE kind = 'report' AND period = ? AND status = 'sent' ORDER BY id DESC LIMIT 1",
                [.text(period)]
            ).first?.first?.blob
        }
    }

    @discardableResult
    public func startDelivery(
        kind: DeliveryKind, period: String, digest: String, recipients: [String], messageID: String,
        manifest: Data?, at time: String
    ) throws(RunFailure) -> Int64 {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT INTO deliveries(kind, period, digest, recipients, message_id, status, attempts, updated_at, manifest) VALUES (?,?,?,?,?,?,0,?,?)",
                [
                    .text(kind.rawValue), .text(period), .text(digest), .text(recipients.joined(separator: ",")),
                    .text(messageID), .text(DeliveryStatus.sending.rawValue), .text(time),
                    manifest.map { .blob($0) } ?? .null,
                ])
            return try database.query("SELECT last_insert_rowid()").first?.first?.integer ?? 0
        }
    }

    /// Records an attempt's outcome (`attempted` false: a change of status without sending, such as `superseded`).
    public func updateDelivery(
        id: Int64, status: DeliveryStatus, reply: String, at time: String, attempted: Bool = true
    ) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "UPDATE deliveries SET status = ?, reply = ?, attempts = attempts + ?, updated_at = ? WHERE id = ?",
                [.text(status.rawValue), .text(reply), .integer(attempted ? 1 : 0), .text(time), .integer(id)])
        }
    }

    // MARK: Runs

    public func recordRun(_ run: RunRecord) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT INTO runs(started_at, finished_at, command, periods, status, message) VALUES (?,?,?,?,?,?)",
                [
                    .text(run.startedAt), .text(run.finishedAt), .text(run.command), .text(run.periods),
                    .integer(Int64(run.status)), .text(run.message),
                ])
        }
    }

    public func lastRuns(_ count: Int) throws(RunFailure) -> [RunRecord] {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "SELECT started_at, finished_at, command, periods, status, message FROM runs ORDER BY id DESC LIMIT ?",
                [.integer(Int64(count))]
            ).map { row in
                RunRecord(
                    startedAt: row[0].text ?? "", finishedAt: row[1].text ?? "", command: row[2].text ?? "",
                    periods: row[3].text ?? "", status: Int32(row[4].integer ?? 0), message: row[5].text ?? "")
            }
        }
    }
}
