import EmulationReview
import Foundation

/// One CSV table as a sheet: header labels in words, ids and codes as text (a leading zero survives), numbers as
/// numbers with a display format, dates as dates; the header row frozen and filtered, columns as wide as their
/// content (capped).
struct TableSheet {
    let file: String
    let table: CSVTable
    let language: Language

    /// How the cells of a column are written, from the column's machine name. A text cell is text in every
    /// kind of column but a date column, where an ISO date becomes an Excel date.
    enum Kind {
        /// Text as text, numbers grouped (`86,400,000` in Excel's codes) with two decimals when not whole.
        case general
        /// ISO dates become Excel dates.
        case date
        /// The agency's local time as written (`2021-01-14T09:30:00+07:00` shows 14/01/2021 09:30).
        case dateTime
        /// Integers without grouping: years, revisions, ranks, line numbers.
        case plain
        /// A percentage (`98.14`) written as Excel's fraction (0.9814) with a percent format.
        case percent
    }

    static func kind(of column: String) -> Kind {
        switch column {
        case "date", "deadline", "start", "end": .date
        case "submitted": .dateTime
        case "year", "revision", "rank", "line", "column": .plain
        case "fulfilment_percent", "change_percent", "women_percent": .percent
        default: .general
        }
    }

    // Column widths in characters: the longest value, at least room for the header in a few lines
    // (`headerWidth`), at most `maximumWidth`, so that one long title does not push the rest out of view.
    static let maximumWidth = 50
    static let minimumWidth = 7
    static let headerWidth = 14

    func write(into sheet: XLSXSheet, styles: WorkbookStyles) throws {
        let kinds = table.header.map(Self.kind(of:))
        let labels = table.header.map { WorkbookLabels.header($0, in: file, language: language) }
        var words = CodeWords(file: file, header: table.header, language: language)
        let widths = columnWidths(kinds: kinds, labels: labels, words: &words)
        for (column, width) in widths.enumerated() { try sheet.columnWidth(column, Double(width) + 1.5) }
        // Wrapped headers need their height set: Excel does not grow a row for wrapped text it did not type.
        let lines = zip(labels, widths).map { label, width in Self.lines(label, width: width) }.max() ?? 1
        try sheet.rowHeight(0, 15 * Double(lines))
        for (column, label) in labels.enumerated() { try sheet.text(0, column, label, styles.header) }
        var numbers = NumberCache()
        for (index, row) in table.rows.enumerated() {
            for (column, cell) in row.enumerated() {
                if case .text(let code) = cell, let text = words.text(code, column: column) {
                    try sheet.text(index + 1, column, text)
                    continue
                }
                try write(cell, kind: kinds[column], at: index + 1, column, sheet, styles, &numbers)
            }
        }
        sheet.freeze(rows: 1)
        try sheet.autofilter(rows: 0...max(1, table.rows.count), columns: 0...max(0, table.header.count - 1))
        try sheet.printSetup(landscape: true, repeatRows: 0...0)
    }

    private func write(
        _ cell: CSVCell, kind: Kind, at row: Int, _ column: Int, _ sheet: XLSXSheet, _ styles: WorkbookStyles,
        _ numbers: inout NumberCache
    ) throws {
        switch cell {
        case .empty:
            return
        case .text(let text):
            if kind == .date, text.utf8.count == 10, let day = Day(iso: text) {
                try sheet.date(row, column, day, styles.date)
            } else if kind == .dateTime, let (day, hour, minute) = Self.localTime(text) {
                try sheet.date(row, column, day, hour: hour, minute: minute, styles.dateTime)
            } else {
                try sheet.text(row, column, Self.printable(text))
            }
        case .integer(let value):
            try sheet.number(row, column, Double(value), kind == .plain ? styles.plainInteger : styles.integer)
        case .number(let value):
            if kind == .percent {
                try sheet.number(row, column, numbers.double(value / 100), styles.percent)
            } else {
                let whole = value == value.rounded(0)
                try sheet.number(row, column, numbers.double(value), whole ? styles.integer : styles.decimal)
            }
        }
    }

    /// Control characters written visibly (`\n`, `\u{1}`), as in the CSV files: a cell shows what the input
    /// held. The byte test finds the rare text that needs the slower look (C1 controls and U+2028/2029 start with
    /// 0xC2 and 0xE2 in UTF-8).
    static func printable(_ text: String) -> String {
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
            return text.escapingControls
        }
        return text
    }

    /// `YYYY-MM-DDThh:mm…`: the day and the clock as the writer wrote them (seconds and zone dropped).
    static func localTime(_ text: String) -> (Day, Int, Int)? {
        guard let day = Day(iso: text) else { return nil }
        let utf8 = Array(text.utf8.prefix(16))
        guard utf8.count == 16, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
            let hour = Int(String(decoding: utf8[11..<13], as: UTF8.self)),
            let minute = Int(String(decoding: utf8[14..<16], as: UTF8.self)), (0..<24).contains(hour),
            (0..<60).contains(minute)
        else { return nil }
        return (day, hour, minute)
    }

    private func columnWidths(kinds: [Kind], labels: [String], words: inout CodeWords) -> [Int] {
        // A header may wrap, but not within a word, and not to more lines than a short label needs.
        var widths = labels.map { label in
            let longestWord = label.split(separator: " ").map(\.count).max() ?? 0
            return min(Self.maximumWidth, max(Self.minimumWidth, longestWord, min(label.count, Self.headerWidth)))
        }
        // Dates and times have a fixed width; a digit is one character, a group separator another.
        for (column, kind) in kinds.enumerated() {
            switch kind {
            case .date: widths[column] = max(widths[column], 11)
            case .dateTime: widths[column] = max(widths[column], 17)
            case .percent: widths[column] = max(widths[column], 8)
            default: break
            }
        }
        for row in table.rows {
            for (column, cell) in row.enumerated() where widths[column] < Self.maximumWidth {
                let width: Int
                switch cell {
                case .empty: continue
                case .text(let code):
                    // A date shows shorter than its ISO text; a string's UTF-8 length is known at once and never
                    // less than its length in characters. A code shows as its words.
                    let text = words.text(code, column: column) ?? code
                    guard kinds[column] != .date, kinds[column] != .dateTime, text.utf8.count > widths[column]
                    else { continue }
                    width = Self.shownLength(text)
                case .integer(let value):
                    width = Self.digits(value, grouped: kinds[column] != .plain)
                case .number(let value):
                    width = Self.digits(Int(truncating: value as NSDecimalNumber), grouped: true) + 3
                }
                widths[column] = min(Self.maximumWidth, max(widths[column], width))
            }
        }
        return widths
    }

    static func digits(_ value: Int, grouped: Bool) -> Int {
        var count = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count + (grouped ? (count - 1) / 3 : 0) + (value < 0 ? 1 : 0)
    }

    /// The characters a text shows: its `count`, found without breaking it into grapheme clusters when every
    /// scalar is below U+0300 (but CR) or a precomposed letter of U+1E00–U+1EFF, as Vietnamese in NFC is. No
    /// scalar there extends or joins another, so each is a cluster of its own; anything else is counted in full.
    static func shownLength(_ text: String) -> Int {
        var scalars = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard (value < 0x300 && value != 0x0D) || (0x1E00...0x1EFF).contains(value) else { return text.count }
            scalars += 1
        }
        return scalars
    }

    /// The lines a label wraps to in a column `width` characters wide.
    static func lines(_ label: String, width: Int) -> Int {
        var lines = 1
        var used = 0
        for word in label.split(separator: " ") {
            if used > 0 && used + 1 + word.count > width {
                lines += 1
                used = word.count
            } else {
                used += (used > 0 ? 1 : 0) + word.count
            }
        }
        return lines
    }
}

/// The words shown for the codes of the columns that hold codes (`accepted-on-time` reads "Đúng hạn"), each
/// made once per sheet; the CSV files keep the codes.
struct CodeWords {
    private let vocabularies: [(@Sendable (String) -> Bilingual?)?]
    private let language: Language
    private var known: [[String: String]]

    init(file: String, header: [String], language: Language) {
        vocabularies = header.map { CellWords.vocabulary(file: file, column: $0) }
        known = header.map { _ in [:] }
        self.language = language
    }

    /// The words for `code` in `column`, nil when the column holds no codes or `code` is not one of them.
    mutating func text(_ code: String, column: Int) -> String? {
        guard let vocabulary = vocabularies[column] else { return nil }
        if let text = known[column][code] { return text }
        guard let words = vocabulary(code) else { return nil }
        let text = words(language)
        known[column][code] = text
        return text
    }
}

/// Decimals as doubles through their exact text (the nearest double, as a CSV reader would get it); the same
/// amounts recur on every row of a large table, so converted values are kept.
struct NumberCache {
    private var doubles: [Decimal: Double] = [:]

    mutating func double(_ value: Decimal) -> Double {
        if let known = doubles[value] { return known }
        let converted = Double(value.description) ?? Double(truncating: value as NSDecimalNumber)
        if doubles.count < 4096 { doubles[value] = converted }
        return converted
    }
}
