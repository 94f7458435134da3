import EmulationReview
import Foundation

/// A statistics form laid out as the printed form: the issuing unit and the form number above, the title and the
/// period, the column headers (award columns under their award), a row of column numbers (A, B, 1, 2, …), the
/// rows with their codes and the values, and the signature lines below. Rows are written top to bottom, as
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

    /// The column headers: one row, or two when every column is an award's collectives or individuals (the
    /// award's name above its two columns).
    func headerCells() -> (cells: [HeaderCell], rows: Int) {
        let split = form.columns.map { column -> (group: String, collective: Bool)? in
            guard let dot = column.code.lastIndex(of: ".") else { return nil }
            let suffix = column.code[column.code.index(after: dot)...]
            guard suffix == "collective" || suffix == "individual" else { return nil }
            return (String(column.code[..<dot]), suffix == "collective")
        }
        let code = words("Mã số", "Code")
        let item = words("Nội dung", "Item")
        guard !split.isEmpty, split.allSatisfy({ $0 != nil }) else {
            let cells =
                [
                    HeaderCell(text: code, rows: 0...0, columns: 0...0),
                    HeaderCell(text: item, rows: 0...0, columns: 1...1),
                ]
                + form.columns.enumerated().map { index, column in
                    HeaderCell(
                        text: words(column.label, column.labelEn), rows: 0...0, columns: (index + 2)...(index + 2))
                }
            return (cells, 1)
        }
        var cells = [
            HeaderCell(text: code, rows: 0...1, columns: 0...0), HeaderCell(text: item, rows: 0...1, columns: 1...1),
        ]
        let parts = split.compactMap { $0 }
        var start = 0
        while start < parts.count {
            var end = start
            while end + 1 < parts.count && parts[end + 1].group == parts[start].group { end += 1 }
            cells.append(HeaderCell(text: groupName(parts[start].group), rows: 0...0, columns: (start + 2)...(end + 2)))
            start = end + 1
        }
        for (index, part) in parts.enumerated() {
            let text = part.collective ? words("Tập thể", "Collectives") : words("Cá nhân", "Individuals")
            cells.append(HeaderCell(text: text, rows: 1...1, columns: (index + 2)...(index + 2)))
        }
        return (cells, 2)
    }

    private func groupName(_ code: String) -> String {
        if code == "total" { return words("Tổng số", "Total") }
        guard let award = review.reference.awards[code] else { return code }
        return words(award.name, award.nameEn ?? award.name)
    }

    func write(into sheet: XLSXSheet, styles: WorkbookStyles) throws {
        // Columns A and B hold the codes and labels, the values start at C; the blocks above and below the table
        // stand over A–B (left) and over the value columns (right).
        let last = max(2, form.columns.count + 1)
        let left = 0...1
        let right = 2...last
        try sheet.columnWidth(0, 8)
        try sheet.columnWidth(1, 44)
        for column in right { try sheet.columnWidth(column, form.columns.count > 6 ? 12 : 15) }

        // The header block: issuing unit on the left, form number on the right; title and period across.
        var row = 0
        try banner(sheet, row, left, words("BẢO HIỂM XÃ HỘI VIỆT NAM", "VIETNAM SOCIAL SECURITY"), styles.letterhead)
        try banner(sheet, row, right, words("Biểu số: \(form.code)", "Form \(form.code)"), styles.formNumber)
        row += 1
        try banner(
            sheet, row, left, words("BAN THI ĐUA - KHEN THƯỞNG", "EMULATION AND COMMENDATION BOARD"), styles.letterhead)
        try banner(
            sheet, row, right,
            words("Ban hành kèm theo Thông tư số 02/2023/TT-BNV", "Annexed to Circular 02/2023/TT-BNV"),
            styles.formNumber)
        try sheet.rowHeight(row, 30)
        row += 2
        try banner(sheet, row, 0...last, words(form.title, form.titleEn).uppercased(), styles.title)
        try sheet.rowHeight(row, 21)
        row += 1
        let period = review.period
        let years = period.isPhase ? "\(period.first)–\(period.last)" : String(period.last)
        try banner(
            sheet, row, 0...last, period.isPhase ? words("Giai đoạn \(years)", years) : words("Năm \(years)", years),
            styles.subtitle)
        row += 1
        let asOf = language.date(review.asOf)
        try banner(
            sheet, row, 0...last, words("(Số liệu đến ngày \(asOf))", "(Figures as of \(asOf))"), styles.subtitle)
        row += 2

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
            try sheet.rowHeight(row, header.rows == 2 && headerRow == 0 ? 45 : 30)
            row += 1
        }
        let headerRows = (row - header.rows)...(row - 1)
        try sheet.text(row, 0, "A", styles.columnNumber)
        try sheet.text(row, 1, "B", styles.columnNumber)
        for index in form.columns.indices { try sheet.text(row, index + 2, String(index + 1), styles.columnNumber) }
        row += 1
        // A wide form (a column per award and recipient kind) keeps its codes and labels in view when scrolled.
        if form.columns.count > 6 { sheet.freeze(rows: 0, columns: 2) }

        for line in form.rows {
            try sheet.text(row, 0, line.code, styles.rowCode)
            try sheet.text(
                row, 1, words(line.label, line.labelEn), styles.rowLabel[min(line.indent, styles.rowLabel.count - 1)])
            for index in form.columns.indices {
                if index < line.values.count {
                    try sheet.number(row, index + 2, Double(line.values[index]), styles.formValue)
                } else {
                    try sheet.blank(row, index + 2, styles.formEmpty)
                }
            }
            row += 1
        }

        // The signature lines: who drew up the form on the left, the head of the unit on the right.
        row += 1
        try banner(sheet, row, right, language.dateline(place: words("Hà Nội", "Hanoi"), review.asOf), styles.signNote)
        row += 1
        try banner(sheet, row, left, words("NGƯỜI LẬP BIỂU", "PREPARED BY"), styles.signTitle)
        try banner(sheet, row, right, words("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT"), styles.signTitle)
        row += 1
        try banner(sheet, row, left, words("(Ký, ghi rõ họ tên)", "(Signature and full name)"), styles.signNote)
        try banner(sheet, row, right, words("(Ký, đóng dấu)", "(Signature and seal)"), styles.signNote)
        try sheet.printSetup(landscape: true, repeatRows: headerRows)
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
