import EmulationReview
import Foundation

/// The first sheet: what the review is, its headline figures (the sentences of the report email), the
/// policyholders year by year and the completeness of the agencies' reports per year as numbers, and what the
/// other sheets hold.
struct SummarySheet {
    let review: Review
    let language: Language
    /// The other sheets in order: their names and what each holds.
    let contents: [(sheet: String, holds: String)]

    private func words(_ vi: String, _ en: String) -> String { Words(vi, en)(language) }

    func write(into sheet: XLSXSheet, styles: WorkbookStyles) throws {
        let widths: [Double] = [14, 16, 16, 14, 14, 14, 16, 16]
        for (column, width) in widths.enumerated() { try sheet.columnWidth(column, width) }
        var row = 0
        try sheet.text(row, 0, Workbook.subject(review, language), styles.pageTitle)
        try sheet.rowHeight(row, 21)
        row += 1
        try sheet.text(
            row, 0,
            words(
                "Bảo hiểm xã hội Việt Nam — Ban Thi đua - Khen thưởng",
                "Vietnam Social Security — Emulation and Commendation Board"),
            styles.note)
        row += 1
        try sheet.text(row, 0, words("Số liệu đến ngày", "Figures as of"), styles.bold)
        try sheet.date(row, 2, review.asOf, styles.date)
        row += 2

        try sheet.text(row, 0, words("Số liệu chính", "Headline figures"), styles.bold)
        row += 1
        for line in HeadlineText.lines(review, language: language) {
            try sheet.text(row, 0, line)
            row += 1
        }
        row += 1

        try sheet.text(
            row, 0,
            words(
                "Người tham gia BHXH, BHYT, BHTN toàn ngành qua các năm",
                "SI, HI and UI policyholders in the sector, year by year"),
            styles.bold)
        row += 1
        row = try headerRow(
            sheet, row, [words("Năm", "Year"), words("Số người", "Persons"), words("Đến ngày", "As of")], styles)
        var numbers = NumberCache()
        for (year, persons) in review.headline.participants.sorted(by: { $0.key < $1.key }) {
            try sheet.number(row, 0, Double(year), styles.plainInteger)
            let whole = persons == persons.rounded(0)
            try sheet.number(row, 1, numbers.double(persons), whole ? styles.integer : styles.decimal)
            if let day = review.headline.participantsAsOf[year] { try sheet.date(row, 2, day, styles.date) }
            row += 1
        }
        row += 1

        try sheet.text(row, 0, words("Tình hình gửi báo cáo của các đơn vị", "Agencies' reports per year"), styles.bold)
        row += 1
        let completenessHeader = [
            words("Năm", "Year"), words("Phải báo cáo", "Expected"), words("Được chấp nhận", "Accepted"),
            words("Gửi muộn", "Late"), words("Bị từ chối", "Rejected"), words("Không gửi", "Missing"),
            words("Tệp bị thay thế", "Superseded files"), words("Hạn gửi", "Deadline"),
        ]
        row = try headerRow(sheet, row, completenessHeader, styles)
        for year in review.completeness {
            try sheet.number(row, 0, Double(year.year), styles.plainInteger)
            let counts = [year.expected, year.accepted, year.late, year.rejected, year.missing, year.supersededFiles]
            for (index, count) in counts.enumerated() {
                try sheet.number(row, index + 1, Double(count), styles.integer)
            }
            if let deadline = year.deadline { try sheet.date(row, 7, deadline, styles.date) }
            row += 1
        }
        row += 1

        try sheet.text(row, 0, words("Các trang của tệp", "The sheets of this workbook"), styles.bold)
        row += 1
        for entry in contents {
            try sheet.text(row, 0, entry.sheet)
            try sheet.text(row, 2, entry.holds)
            row += 1
        }
        row += 1
        try sheet.text(
            row, 0,
            words(
                "Lập bởi emulation-review \(review.programVersion) từ cùng số liệu với các tệp CSV.",
                "Made by emulation-review \(review.programVersion) from the same data as the CSV files."),
            styles.note)
        try sheet.printSetup(landscape: false, repeatRows: nil)
    }

    private func headerRow(_ sheet: XLSXSheet, _ row: Int, _ labels: [String], _ styles: WorkbookStyles) throws -> Int {
        for (column, label) in labels.enumerated() { try sheet.text(row, column, label, styles.header) }
        try sheet.rowHeight(row, 30)
        return row + 1
    }
}
