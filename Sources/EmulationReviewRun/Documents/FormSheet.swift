import EmulationReview
import Foundation

/// A statistics form laid out as the printed form: the form number, circular and units above, the title and the
/// statistics year, the column headers (grouped columns under their group), a row of column numbers (A, B, 1,
/// 2 …), the rows with their labels, codes and values (section headings without figures), and the signature lines
/// below. Rows are written top to bottom, as
/// constant-memory mode requires; merged areas are registered first and their cells written row by row.
struct FormSheet {
    let form: StatisticsForm
    let review: Review
    let language: Language

    private func words(_ vi: String, _ en: String) -> String { Words(vi, en)(language) }

    /// A header cell: its text and the rows and columns (relative to the header's first row) it covers.
    struct HeaderCell {
        let text: String
        let rows: ClosedRange<Int>
        let columns: ClosedRange<Int>
    }

    /// The column headers: one row, or two when columns are grouped (the group's heading over its columns, the
    /// other columns spanning both rows). Column A holds the labels, B the codes, as the circular prints them.
    func headerCells() -> (cells: [HeaderCell], rows: Int) {
        let grouped = form.columns.contains { $0.group != nil }
        let span = grouped ? 0...1 : 0...0
        var cells = [
            HeaderCell(text: words("Nội dung", "Item"), rows: span, columns: 0...0),
            HeaderCell(text: words("Mã số", "Code"), rows: span, columns: 1...1),
        ]
        var index = 0
        while index < form.columns.count {
            let column = form.columns[index]
            guard let group = column.group else {
                cells.append(
                    HeaderCell(
                        text: words(column.label, column.labelEn), rows: span, columns: (index + 2)...(index + 2)))
                index += 1
                continue
            }
            var end = index
            while end + 1 < form.columns.count && form.columns[end + 1].group == group { end += 1 }
            cells.append(
                HeaderCell(text: words(group, column.groupEn ?? group), rows: 0...0, columns: (index + 2)...(end + 2)))
            for member in index...end {
                let c = form.columns[member]
                cells.append(
                    HeaderCell(text: words(c.label, c.labelEn), rows: 1...1, columns: (member + 2)...(member + 2)))
            }
            index = end + 1
        }
        return (cells, grouped ? 2 : 1)
    }

    func write(into sheet: XLSXSheet, styles: WorkbookStyles) throws {
        // Columns A and B hold the codes and labels, the values start at C; the blocks above and below the table
        // stand over A–B (left) and over the value columns (right).
        let last = max(2, form.columns.count + 1)
        let left = 0...1
        let right = 2...last
        let wide = form.columns.count > 6
        let widths = (label: 44.0, code: 8.0, value: wide ? 12.0 : 15.0)
        try sheet.columnWidth(0, widths.label)
        try sheet.columnWidth(1, widths.code)
        for column in right { try sheet.columnWidth(column, widths.value) }

        // The header block as the circular prints it: form number, circular and date of receipt on the left,
        // reporting and receiving unit on the right; title and statistics year across.
        var row = 0
        let issued = form.issued.map { words(" ngày \(language.date($0))", " of \(language.date($0))") } ?? ""
        let rightWidth = widths.value * Double(form.columns.count)
        let reporting = words("Đơn vị báo cáo: Bảo hiểm xã hội Việt Nam", "Reporting unit: Vietnam Social Security")
        try banner(
            sheet, row, left, words("Biểu số \(form.code)/BNV-TĐKT", "Form \(form.code)/BNV-TĐKT"), styles.letterhead)
        try banner(sheet, row, right, reporting, styles.formNumber)
        // Excel does not grow a row for a merged cell's wrapped text: a narrow form's unit needs two lines.
        try sheet.rowHeight(row, 15 * Double(Self.lines(reporting, width: rightWidth)) + 2)
        row += 1
        try banner(
            sheet, row, left,
            words(
                "Ban hành kèm theo Thông tư \(form.circular)\(issued)", "Annexed to Circular \(form.circular)\(issued)"),
            styles.formNumber)
        try banner(
            sheet, row, right, words("Đơn vị nhận báo cáo: Bộ Nội vụ", "Receiving unit: Ministry of Home Affairs"),
            styles.formNumber)
        try sheet.rowHeight(row, 30)
        if let receipt = form.receipt {
            row += 1
            try banner(
                sheet, row, left,
                words("Ngày nhận báo cáo: \(receipt)", "Date of receipt: \(form.receiptEn ?? receipt)"),
                styles.formNumber)
        }
        row += 2
        try banner(sheet, row, 0...last, words(form.title, form.titleEn).uppercased(), styles.title)
        try sheet.rowHeight(row, 21)
        row += 1
        let from = language.date(form.window.lowerBound)
        let to = language.date(form.window.upperBound)
        try banner(
            sheet, row, 0...last,
            words("Năm thống kê: từ \(from) đến \(to)", "Statistics year: \(from) to \(to)"), styles.subtitle)
        row += 1
        let asOf = language.date(review.asOf)
        try banner(
            sheet, row, 0...last, words("(Số liệu đến ngày \(asOf))", "(Figures as of \(asOf))"), styles.subtitle)
        row += 1
        // What the figures cover, when not the whole sector (or that there are none), in the row before the table.
        if let note = form.note {
            // Wrapped over the table's width, with the rows it needs (Excel does not grow a merged row by itself).
            let text = note(language)
            let lines = Self.lines(text, width: widths.label + widths.code + Double(form.columns.count) * widths.value)
            try banner(sheet, row, 0...last, text, styles.formNumber)
            try sheet.rowHeight(row, 15 * Double(lines) + 3)
        }
        row += 1

        // Column headers, then their numbers: A and B for the descriptive columns, 1, 2, … for the values.
        let header = headerCells()
        for cell in header.cells {
            try sheet.merge(rows: (row + cell.rows.lowerBound)...(row + cell.rows.upperBound), columns: cell.columns)
        }
        for headerRow in 0..<header.rows {
            for cell in header.cells where cell.rows.contains(headerRow) {
                for column in cell.columns {
                    let isFirst = headerRow == cell.rows.lowerBound && column == cell.columns.lowerBound
                    try isFirst
                        ? sheet.text(row, column, cell.text, styles.formHeader)
                        : sheet.blank(row, column, styles.formHeader)
                }
            }
            // Room for the longest heading of the row; a heading spanning both rows has their height together.
            let needed =
                header.cells.filter { $0.rows == headerRow...headerRow }.map { cell in
                    let width = cell.columns.map { $0 == 0 ? widths.label : $0 == 1 ? widths.code : widths.value }
                    return Self.lines(cell.text, width: width.reduce(0, +), letter: 1.0)
                }.max() ?? 1
            let least: Double = header.rows == 2 && headerRow == 0 ? 45 : 30
            try sheet.rowHeight(row, max(least, 15 * Double(needed) + 2))
            row += 1
        }
        let headerRows = (row - header.rows)...(row - 1)
        try sheet.text(row, 0, "A", styles.columnNumber)
        try sheet.text(row, 1, "B", styles.columnNumber)
        for (index, column) in form.columns.enumerated() {
            // A sum too long for its column is shortened to its first and last terms.
            let number = Double(column.number.count) > widths.value ? FormColumn.shortSum(column.number) : column.number
            try sheet.text(row, index + 2, number, styles.columnNumber)
        }
        row += 1
        // A wide form (a column per award and recipient kind) keeps its codes and labels in view when scrolled.
        if form.columns.count > 6 { sheet.freeze(rows: 0, columns: 2) }

        for line in form.rows {
            let label = words(line.label, line.labelEn)
            let indent = min(line.indent, styles.rowLabel.count - 1)
            try sheet.text(row, 0, label, styles.rowLabel[indent])
            // A label that wraps gets the rows it needs; Excel does not grow a row for text it did not type.
            let lines = Self.lines(label, width: widths.label - Double(indent), letter: 0.92)
            if lines > 1 { try sheet.rowHeight(row, 15 * Double(lines)) }
            try line.isSection ? sheet.blank(row, 1, styles.rowCode) : sheet.text(row, 1, line.code, styles.rowCode)
            for index in form.columns.indices {
                if form.counted, index < line.values.count {
                    try sheet.number(row, index + 2, Double(line.values[index]), styles.formValue)
                } else {
                    try sheet.blank(row, index + 2, styles.formEmpty)
                }
            }
            row += 1
        }

        // The signature lines: who drew up the form on the left, the head of the unit on the right.
        row += 1
        try banner(sheet, row, right, language.dateline(place: words("Hà Nội", "Hanoi"), review.date), styles.signNote)
        row += 1
        try banner(sheet, row, left, words("NGƯỜI LẬP BIỂU", "PREPARED BY"), styles.signTitle)
        try banner(sheet, row, right, words("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT"), styles.signTitle)
        row += 1
        try banner(sheet, row, left, words("(Ký, ghi rõ họ tên)", "(Signature and full name)"), styles.signNote)
        try banner(sheet, row, right, words("(Ký, đóng dấu)", "(Signature and seal)"), styles.signNote)
        // A form prints on one page, as the circular's forms do: landscape when it is wider than a portrait A4
        // page holds at full size (about 95 characters).
        let width = widths.label + widths.code + Double(form.columns.count) * widths.value
        try sheet.printSetup(landscape: width > 95, repeatRows: headerRows, onePage: true)
    }

    /// About how many lines a text wraps to in a cell `width` characters wide, a letter taking `letter` of a
    /// character's width (a column's unit is a digit; the labels' lower-case letters are narrower, and an italic
    /// note's wrapping wastes more at each line's end).
    static func lines(_ text: String, width: Double, letter: Double = 1.15) -> Int {
        guard width > 0 else { return 1 }
        return max(1, Int((Double(text.count) * letter / width).rounded(.up)))
    }

    /// A text across `columns` of one row (merged when it spans more than one column).
    private func banner(
        _ sheet: XLSXSheet, _ row: Int, _ columns: ClosedRange<Int>, _ text: String, _ format: XLSXSheet.Format
    ) throws {
        try sheet.merge(rows: row...row, columns: columns)
        try sheet.text(row, columns.lowerBound, text, format)
        for column in columns.dropFirst() { try sheet.blank(row, column, format) }
    }
}
