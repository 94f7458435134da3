import CXLSXWriter
import EmulationReview
import Foundation

/// What went wrong while writing a workbook: libxlsxwriter's own words, and where.
public struct WorkbookError: Error, CustomStringConvertible {
    public var description: String

    init(_ what: String, _ code: lxw_error) {
        description = "cannot write the workbook: \(what): \(String(cString: lxw_strerror(code)))"
    }

    init(_ description: String) {
        self.description = description
    }
}

/// One libxlsxwriter workbook being written to a file. Not thread-safe: one writer, one thread, like the library.
final class XLSXFile {
    private let handle: UnsafeMutablePointer<lxw_workbook>
    private var closed = false
    private var sheetNames: Set<String> = []

    /// A constant-memory workbook at `path`; the rows of every sheet pass through temporary files in `scratch`.
    init(path: String, scratch: String) throws {
        guard let handle = er_xlsx_workbook_new(path, scratch) else {
            throw WorkbookError("libxlsxwriter cannot start a workbook at \(path) (out of memory?)")
        }
        self.handle = handle
    }

    deinit {
        // A workbook abandoned after an error is still closed, so that its memory and temporary files go.
        if !closed { workbook_close(handle) }
    }

    /// The document properties. `created` fixes the creation and modification time written in
    /// `docProps/core.xml`, which libxlsxwriter otherwise takes from the clock.
    func setProperties(title: String, subject: String, author: String, created: Int) throws {
        let code = er_xlsx_set_properties(handle, title, subject, author, author, time_t(created))
        guard code == LXW_NO_ERROR else { throw WorkbookError("the document properties", code) }
    }

    func format() -> UnsafeMutablePointer<lxw_format> {
        workbook_add_format(handle)
    }

    /// A new sheet; `name` must already be safe (`SheetNames`), and unique.
    func addSheet(_ name: String) throws -> XLSXSheet {
        guard sheetNames.insert(name.lowercased()).inserted, let sheet = workbook_add_worksheet(handle, name) else {
            throw WorkbookError("libxlsxwriter refuses the sheet name \"\(name)\"")
        }
        return XLSXSheet(handle: sheet, name: name)
    }

    /// Writes the file and frees the workbook.
    func close() throws {
        closed = true
        let code = workbook_close(handle)
        guard code == LXW_NO_ERROR else { throw WorkbookError("closing the file", code) }
    }
}

/// One sheet of an `XLSXFile`. In constant-memory mode a row is written out as soon as a later row is touched,
/// so callers write rows in order; a cell of an earlier row would be refused.
struct XLSXSheet {
    typealias Format = UnsafeMutablePointer<lxw_format>

    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String

    /// Excel keeps at most 32,767 characters in a cell; a longer text is cut there rather than refused.
    static let maximumText = 32_767

    func text(_ row: Int, _ column: Int, _ value: String, _ format: Format? = nil) throws {
        guard !value.isEmpty else { return try blank(row, column, format) }
        var value = value
        if value.utf8.count > Self.maximumText, value.unicodeScalars.count > Self.maximumText {
            value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(Self.maximumText - 1))) + "…"
        }
        try check(worksheet_write_string(handle, row32(row), col16(column), value, format), row, column)
    }

    func number(_ row: Int, _ column: Int, _ value: Double, _ format: Format? = nil) throws {
        try check(worksheet_write_number(handle, row32(row), col16(column), value, format), row, column)
    }

    func date(_ row: Int, _ column: Int, _ day: Day, hour: Int = 0, minute: Int = 0, _ format: Format?) throws {
        var value = lxw_datetime(
            year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: Int32(hour),
            min: Int32(minute), sec: 0)
        try check(worksheet_write_datetime(handle, row32(row), col16(column), &value, format), row, column)
    }

    /// A cell with a format and no value: the borders of a form's empty cells and of merged areas.
    func blank(_ row: Int, _ column: Int, _ format: Format?) throws {
        guard let format else { return }
        try check(worksheet_write_blank(handle, row32(row), col16(column), format), row, column)
    }

    /// Registers a merged area without writing into it; the caller writes its cells (value first, formatted
    /// blanks after) in row order. Must be called while the area's last row is not yet written out.
    func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        guard rows.count > 1 || columns.count > 1 else { return }
        let code = er_xlsx_register_merge(
            handle, row32(rows.lowerBound), col16(columns.lowerBound), row32(rows.upperBound),
            col16(columns.upperBound))
        try check(code, rows.lowerBound, columns.lowerBound)
    }

    func columnWidth(_ column: Int, _ width: Double, _ format: Format? = nil) throws {
        let code = worksheet_set_column(handle, col16(column), col16(column), width, format)
        try check(code, 0, column)
    }

    /// A row's height in points; in constant-memory mode only for the row being written or a later one.
    func rowHeight(_ row: Int, _ height: Double) throws {
        try check(worksheet_set_row(handle, row32(row), height, nil), row, 0)
    }

    func freeze(rows: Int, columns: Int = 0) {
        worksheet_freeze_panes(handle, row32(rows), col16(columns))
    }

    func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        let code = worksheet_autofilter(
            handle, row32(rows.lowerBound), col16(columns.lowerBound), row32(rows.upperBound),
            col16(columns.upperBound))
        try check(code, rows.lowerBound, columns.lowerBound)
    }

    /// Printing: A4, the given orientation, one page wide (and, `onePage`, one page tall), the header rows
    /// repeated on every page.
    func printSetup(landscape: Bool, repeatRows: ClosedRange<Int>?, onePage: Bool = false) throws {
        worksheet_set_paper(handle, 9)
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        worksheet_fit_to_pages(handle, 1, onePage ? 1 : 0)
        if let repeatRows {
            let code = worksheet_repeat_rows(handle, row32(repeatRows.lowerBound), row32(repeatRows.upperBound))
            try check(code, repeatRows.lowerBound, 0)
        }
    }

    private func row32(_ row: Int) -> lxw_row_t { lxw_row_t(clamping: row) }
    private func col16(_ column: Int) -> lxw_col_t { lxw_col_t(clamping: column) }

    private func check(_ code: lxw_error, _ row: Int, _ column: Int) throws {
        guard code != LXW_NO_ERROR else { return }
        throw WorkbookError("sheet \"\(name)\", row \(row + 1), column \(column + 1)", code)
    }
}
