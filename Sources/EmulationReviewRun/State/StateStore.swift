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

/// A published report and the digest of what its reader receives (`ReportContent`).
public struct ReportState: Sendable, Hashable {
    public var period: String
    public var digest: String
    public var folder: String
    /// The line a run prints for it. Its English is part of the content digest (`RunResult.digest`).
    public var summary: Bilingual
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

    /// In words, for `status`: the stored value itself in English.
    public var words: Bilingual {
        switch self {
        case .sending: Bilingual("đang gửi dở", rawValue)
        case .sent: Bilingual("đã gửi", rawValue)
        case .pending: Bilingual("chờ gửi lại", rawValue)
        case .failed: Bilingual("bị từ chối", rawValue)
        case .superseded: Bilingual("đã được thay thế", rawValue)
        }
    }
}

/// What an email carries; stored by its raw value.
public enum DeliveryKind: String, Sendable, Codable {
    /// A review report (first or revised) to the board's recipients.
    case report
    /// The findings of an agency's rejected submissions for a year, to its registered contacts.
    case feedback
    /// The acceptance of a submission, with its warnings and eligibility problems, to the agency's contacts.
    case receipt
    /// A reminder before the deadline or a past-due notice after it, to an agency that has not reported.
    case reminder
    /// The board's list of the agencies a reminder stage went to.
    case digest
    /// An agency's page of a published year's report, to the agency.
    case scorecard

    /// In words, for `status`: the stored value itself in English.
    public var words: Bilingual {
        switch self {
        case .report: Bilingual("báo cáo", rawValue)
        case .feedback: Bilingual("thông báo lỗi", rawValue)
        case .receipt: Bilingual("xác nhận đã nhận", rawValue)
        case .reminder: Bilingual("nhắc gửi báo cáo", rawValue)
        case .digest: Bilingual("danh sách đơn vị chưa gửi", rawValue)
        case .scorecard: Bilingual("kết quả của đơn vị", rawValue)
        }
    }
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
    /// What the run did or what needs a person, for `status`.
    public var message: Bilingual
}

/// The state of unattended runs, in SQLite: the input files as last seen, the published reports, deliveries and
/// runs. The file and report tables are a cache of what `Inputs/` says (`--rebuild-state` recreates them); the
/// deliveries are the record of what was sent, so that nothing is sent twice.
public final class StateStore: @unchecked Sendable {
    static let schemaVersion = "1"
    let database: SQLiteDatabase
    public let path: String
    /// Where every accepted delivery is also recorded, outside the store (`attach(journal:)`).
    private(set) var journal: DeliveryJournal?
    /// Whether the store file existed and held data when opened: a store that is missing or empty where a run
    /// once was must be said, not silently recreated.
    public let foundEmpty: Bool

    /// Opens (or creates) the store in `directory`. A store that SQLite finds damaged, or that is not this
    /// program's, is reported as such rather than used.
    public init(directory: String) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(
                .cannotCreate,
                Bilingual(
                    "không tạo được thư mục trạng thái \(directory): \(error.localizedDescription)",
                    "cannot create the state folder \(directory): \(error.localizedDescription)"))
        }
        path = (directory as NSString).appendingPathComponent("state.sqlite")
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        foundEmpty = (size ?? 0) == 0
        let advice = Bilingual(
            "kho trạng thái \(path) bị hỏng; hãy chạy lại với --rebuild-state để tạo lại kho từ dữ liệu đầu vào",
            "the state store \(path) is damaged; run again with --rebuild-state to recreate it from the inputs")
        do throws(SQLiteError) {
            database = try SQLiteDatabase(path: path)
            let check = try database.query("PRAGMA quick_check")
            guard check.first?.first?.text == "ok" else {
                throw SQLiteError(code: 11, description: "integrity check failed")
            }
            try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;")
            try createSchema()
            try addWordingColumns()
            let version = try database.query("SELECT value FROM meta WHERE key = 'schema'").first?.first?.text
            if version == nil {
                try database.query("INSERT INTO meta(key, value) VALUES ('schema', ?)", [.text(Self.schemaVersion)])
            } else if version != Self.schemaVersion {
                throw SQLiteError(code: 0, description: "schema version \(version!) is not \(Self.schemaVersion)")
            }
        } catch {
            throw Self.diskFull(error, path) ?? RunFailure(.ioError, advice.map { "\($0) (\(error))" })
        }
    }

    /// A full disk is reported as a full disk, not as damage: nothing is wrong with the store but the space.
    static func diskFull(_ error: SQLiteError, _ path: String) -> RunFailure? {
        guard error.code == 13 || error.systemErrno == ENOSPC else { return nil }  // 13: SQLITE_FULL
        return RunFailure(
            .ioError,
            Bilingual(
                "không ghi được kho trạng thái \(path): đĩa đã hết chỗ trống (No space left on device); hãy giải phóng "
                    + "dung lượng trên đĩa đó rồi chạy lại",
                "cannot write the state store \(path): No space left on device; free space on that disk, then run again"
            ))
    }

    /// Records every accepted delivery in `journal` too from now on, and first recovers into the store the
    /// deliveries the journal has and the store lacks (after the store was lost, emptied or rebuilt). Returns how
    /// many were recovered.
    @discardableResult
    public func attach(journal: DeliveryJournal) throws(RunFailure) -> Int {
        self.journal = journal
        return try recover(from: journal.entries())
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
                .ioError,
                Bilingual(
                    "không khôi phục được các thư đã gửi vào kho trạng thái vừa tạo lại: \(error.description)",
                    "cannot restore the deliveries into the rebuilt state store: \(error.description)"))
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
                summary TEXT NOT NULL, published_at TEXT NOT NULL, manifest BLOB, headline TEXT NOT NULL DEFAULT '',
                summary_vi TEXT NOT NULL DEFAULT '');
            CREATE TABLE IF NOT EXISTS deliveries(id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, period TEXT NOT NULL,
                digest TEXT NOT NULL, recipients TEXT NOT NULL, message_id TEXT NOT NULL, status TEXT NOT NULL,
                reply TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, manifest BLOB);
            CREATE TABLE IF NOT EXISTS report_usage(period TEXT PRIMARY KEY, usage BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
                command TEXT NOT NULL, periods TEXT NOT NULL, status INTEGER NOT NULL, message TEXT NOT NULL,
                message_vi TEXT NOT NULL DEFAULT '');
            """)
    }

    /// The Vietnamese wording of a report's line and of a run's message sits beside the English one. A store made
    /// before it gains the columns, and its old rows, whose Vietnamese is empty, are shown in English.
    private func addWordingColumns() throws(SQLiteError) {
        for (table, column) in [("reports", "summary_vi"), ("runs", "message_vi")] {
            let columns = try database.query("PRAGMA table_info(\(table))").compactMap { $0[1].text }
            if !columns.contains(column) {
                try database.execute("ALTER TABLE \(table) ADD COLUMN \(column) TEXT NOT NULL DEFAULT ''")
            }
        }
    }

    /// A wording read back from its two columns; an empty Vietnamese one (a row older than the column) reads as
    /// the English.
    private static func wording(vi: String?, en: String?) -> Bilingual {
        let en = en ?? ""
        guard let vi, !vi.isEmpty else { return Bilingual(same: en) }
        return Bilingual(vi, en)
    }

    @discardableResult
    func wrap<T>(_ body: () throws(SQLiteError) -> T) throws(RunFailure) -> T {
        do {
            return try body()
        } catch {
            if let full = Self.diskFull(error, path) { throw full }
            throw RunFailure(
                .ioError,
                Bilingual(
                    "kho trạng thái \(path) gặp lỗi: \(error.description); nếu lỗi lặp lại, hãy chạy với --rebuild-state",
                    "the state store \(path) failed: \(error.description); if this repeats, run with --rebuild-state"))
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
            for row in try database.query(
                "SELECT period, digest, folder, summary, published_at, headline, summary_vi FROM reports")
            {
                let r = ReportState(
                    period: row[0].text ?? "", digest: row[1].text ?? "", folder: row[2].text ?? "",
                    summary: Self.wording(vi: row[6].text, en: row[3].text), publishedAt: row[4].text ?? "",
                    headline: (row[5].text ?? "").split(separator: "\n").map(String.init))
                result[r.period] = r
            }
            return result
        }
    }

    public func recordReport(_ report: ReportState, manifest: Data) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT OR REPLACE INTO reports(period, digest, folder, summary, published_at, manifest, headline, summary_vi) VALUES (?,?,?,?,?,?,?,?)",
                [
                    .text(report.period), .text(report.digest), .text(report.folder), .text(report.summary.en),
                    .text(report.publishedAt), .blob(manifest), .text(report.headline.joined(separator: "\n")),
                    .text(report.summary.vi),
                ])
        }
    }

    /// What a published report used from its history years (`ReportUsage`), for the early cut-off.
    public func recordUsage(period: String, _ usage: ReportUsage) throws(RunFailure) {
        let data = (try? JSONEncoder().encode(usage)) ?? Data()
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT OR REPLACE INTO report_usage(period, usage) VALUES (?,?)", [.text(period), .blob(data)])
        }
    }

    public func usage(period: String) throws(RunFailure) -> ReportUsage? {
        try wrap { () throws(SQLiteError) in
            try database.query("SELECT usage FROM report_usage WHERE period = ?", [.text(period)]).first?[0].blob
        }.flatMap { try? JSONDecoder().decode(ReportUsage.self, from: $0) }
    }

    // MARK: Runs

    public func recordRun(_ run: RunRecord) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT INTO runs(started_at, finished_at, command, periods, status, message, message_vi) VALUES (?,?,?,?,?,?,?)",
                [
                    .text(run.startedAt), .text(run.finishedAt), .text(run.command), .text(run.periods),
                    .integer(Int64(run.status)), .text(run.message.en), .text(run.message.vi),
                ])
        }
    }

    public func lastRuns(_ count: Int) throws(RunFailure) -> [RunRecord] {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "SELECT started_at, finished_at, command, periods, status, message, message_vi FROM runs ORDER BY id DESC LIMIT ?",
                [.integer(Int64(count))]
            ).map { row in
                RunRecord(
                    startedAt: row[0].text ?? "", finishedAt: row[1].text ?? "", command: row[2].text ?? "",
                    periods: row[3].text ?? "", status: Int32(row[4].integer ?? 0),
                    message: Self.wording(vi: row[6].text, en: row[5].text))
            }
        }
    }
}
