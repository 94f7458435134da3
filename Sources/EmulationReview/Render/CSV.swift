import Dispatch
import Foundation

/// One CSV cell. Numbers are written as machines read them (no thousands separator, `.` decimal); text is
/// quoted when needed and defused when a spreadsheet would take it for a formula.
public enum CSVCell: Sendable, Hashable {
    case text(String)
    case number(Decimal)
    case integer(Int)
    case empty

    static func optional(_ value: Decimal?) -> CSVCell { value.map(CSVCell.number) ?? .empty }
    static func optional(_ value: Int?) -> CSVCell { value.map(CSVCell.integer) ?? .empty }
    static func optional(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
    static func optional(_ value: Day?) -> CSVCell { value.map { .text($0.description) } ?? .empty }
    static func bool(_ value: Bool?) -> CSVCell { value.map { .text($0 ? "yes" : "no") } ?? .empty }
}

/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, UTF-8 with an
/// optional byte-order mark (Excel needs it to show Vietnamese).
public struct CSVTable: Sendable {
    public var header: [String]
    /// The rows, each made when it is read: a table of every title of a phase is never held whole as cells.
    public let rows: CSVRows

    public init(header: [String], rows: [[CSVCell]] = []) {
        self.header = header
        self.rows = CSVRows(count: rows.count) { rows[$0] }
    }

    /// A row for each item, made from it when the row is read.
    public init<Item: Sendable>(header: [String], each items: [Item], row: @escaping @Sendable (Item) -> [CSVCell]) {
        self.header = header
        self.rows = CSVRows(count: items.count) { row(items[$0]) }
    }

    public func data(byteOrderMark: Bool) -> Data {
        var data = Data()
        encode(byteOrderMark: byteOrderMark) { data.append(contentsOf: $0) }
        return data
    }

    /// Hands the file's bytes to `emit` part after part, in order: large tables (every title of a phase) are
    /// encoded a chunk of rows per core at a time, so that only those chunks are in memory, never the table.
    public func encode(byteOrderMark: Bool, into emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        if byteOrderMark { out += [0xEF, 0xBB, 0xBF] }
        for (index, name) in header.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendField(name, to: &out)
        }
        out += [0x0D, 0x0A]
        try emit(out)
        let chunk = 20_000
        let chunks = (rows.count + chunk - 1) / chunk
        let together = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for first in stride(from: 0, to: chunks, by: together) {
            let parts = concurrentMap(min(together, chunks - first)) { offset in
                let index = first + offset
                return encode(rows[(index * chunk)..<min(rows.count, (index + 1) * chunk)])
            }
            for part in parts { try emit(part) }
        }
    }

    private func encode(_ slice: Slice<CSVRows>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count * header.count * 12)
        // Printing a Decimal is slow and the same amounts recur on every row (multiples, salaries, rewards).
        var printed: [Decimal: [UInt8]] = [:]
        for row in slice {
            precondition(
                row.count == header.count, "CSV row width \(row.count) differs from header width \(header.count)")
            for (index, cell) in row.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if case .number(let value) = cell {
                    if let bytes = printed[value] {
                        out += bytes
                    } else {
                        let bytes = Array(value.description.utf8)
                        if printed.count < 4096 { printed[value] = bytes }
                        out += bytes
                    }
                    continue
                }
                Self.append(cell, to: &out)
            }
            out += [0x0D, 0x0A]
        }
        return out
    }

    static func append(_ cell: CSVCell, to out: inout [UInt8]) {
        switch cell {
        case .empty: break
        case .integer(let value): out += String(value).utf8
        case .number(let value): out += value.description.utf8
        case .text(let value): appendField(defused(value), to: &out)
        }
    }

    static func render(_ cell: CSVCell) -> String {
        var out: [UInt8] = []
        append(cell, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first)
    /// gets a leading apostrophe, the usual defence against CSV formula injection.
    static func defused(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + text
        default: return text
        }
    }

    /// Appends a text field: control characters escaped (`escapingControls`), quoted when it holds a comma or a
    /// quote or starts or ends with a space.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        var text = text
        // Below 0x20 and DEL are controls; 0xC2 and 0xE2 lead the UTF-8 of C1 controls and U+2028/2029.
        let mayHoldControls = text.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        }
        if mayHoldControls {
            let printable = text.escapingControls
            if printable != text { return appendField(printable, to: &out) }
        }
        text.withUTF8 { appendQuotedIfNeeded($0, to: &out) }
    }

    /// The field's bytes, quoted (quotes doubled) when they hold a comma or a quote or start or end with a space.
    private static func appendQuotedIfNeeded(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard bytes.first == 0x20 || bytes.last == 0x20 || bytes.contains(where: { $0 == 0x2C || $0 == 0x22 }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(0x22)
        for byte in bytes {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

}

/// A table's rows as a collection whose elements are made on demand from the items they show.
public struct CSVRows: RandomAccessCollection, Sendable {
    public let count: Int
    private let make: @Sendable (Int) -> [CSVCell]

    init(count: Int, make: @escaping @Sendable (Int) -> [CSVCell]) {
        self.count = count
        self.make = make
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> [CSVCell] { make(position) }
}
