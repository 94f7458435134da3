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
    public var rows: [[CSVCell]]

    public init(header: [String], rows: [[CSVCell]] = []) {
        self.header = header
        self.rows = rows
    }

    public func data(byteOrderMark: Bool) -> Data {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out += header.map { Self.field($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            precondition(row.count == header.count, "CSV row width \(row.count) differs from header width \(header.count)")
            out += row.map(Self.render).joined(separator: ",") + "\r\n"
        }
        return Data(out.utf8)
    }

    static func render(_ cell: CSVCell) -> String {
        switch cell {
        case .empty: ""
        case .integer(let value): String(value)
        case .number(let value): value.description
        case .text(let value): field(defused(value))
        }
    }

    /// A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first)
    /// gets a leading apostrophe, the usual defence against CSV formula injection.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
