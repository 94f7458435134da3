import CSQLite
import EmulationReview
import Foundation

/// An error from SQLite, with its message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var description: String
    /// The operating system's error number behind an I/O failure (ENOSPC for a full disk), 0 when none.
    public var systemErrno: Int32 = 0
}

/// A small, strict wrapper over SQLite's C API: one connection, prepared statements, typed binds and columns.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    init(path: String) throws(SQLiteError) {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            let system = db.map { sqlite3_system_errno($0) } ?? 0
            sqlite3_close(db)
            throw SQLiteError(code: status, description: message, systemErrno: system)
        }
        handle = db
        sqlite3_busy_timeout(db, 5000)
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws(SQLiteError) {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(status)"
            sqlite3_free(error)
            throw SQLiteError(code: status, description: message, systemErrno: sqlite3_system_errno(handle))
        }
    }

    enum Value {
        case text(String)
        case integer(Int64)
        case blob(Data)
        case null
    }

    /// Runs a statement with parameters and returns every row as an array of values.
    @discardableResult
    func query(_ sql: String, _ parameters: [Value] = []) throws(SQLiteError) -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastError() }
        defer { sqlite3_finalize(statement) }
        for (index, parameter) in parameters.enumerated() {
            let position = Int32(index + 1)
            let status: Int32
            switch parameter {
            case .text(let text):
                status = text.withCString { er_sqlite_bind_text(statement, position, $0, Int32(strlen($0))) }
            case .integer(let value):
                status = sqlite3_bind_int64(statement, position, value)
            case .blob(let data):
                status = data.withUnsafeBytes {
                    er_sqlite_bind_blob(statement, position, $0.baseAddress, Int32($0.count))
                }
            case .null:
                status = sqlite3_bind_null(statement, position)
            }
            guard status == SQLITE_OK else { throw lastError() }
        }
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw lastError() }
            var row: [Value] = []
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER:
                    row.append(.integer(sqlite3_column_int64(statement, column)))
                case SQLITE_TEXT:
                    row.append(.text(String(cString: sqlite3_column_text(statement, column))))
                case SQLITE_BLOB:
                    let count = Int(sqlite3_column_bytes(statement, column))
                    let bytes = sqlite3_column_blob(statement, column)
                    row.append(.blob(bytes.map { Data(bytes: $0, count: count) } ?? Data()))
                default:
                    row.append(.null)
                }
            }
            rows.append(row)
        }
        return rows
    }

    func transaction<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private func lastError() -> SQLiteError {
        SQLiteError(
            code: sqlite3_errcode(handle), description: String(cString: sqlite3_errmsg(handle)),
            systemErrno: sqlite3_system_errno(handle))
    }
}

extension SQLiteDatabase.Value {
    var text: String? { if case .text(let t) = self { return t } else { return nil } }
    var integer: Int64? { if case .integer(let i) = self { return i } else { return nil } }
    var blob: Data? { if case .blob(let d) = self { return d } else { return nil } }
}
