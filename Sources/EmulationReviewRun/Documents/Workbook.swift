import CXLSXWriter
import EmulationReview
import Foundation

/// `review.xlsx`: the review as an Excel workbook, for the staff who work with the numbers in Excel. Opening the
/// CSV files there loses leading zeros (person ids, agency `01`), turns codes such as `01-02` and `3.1` into dates,
/// and depends on the PC's list separator; a workbook says what each cell is. It holds the same data as the CSV
/// files (`CSVReports.tables`): a summary sheet first, then one sheet per CSV file, the statistics forms laid
/// out as printed forms.
///
/// libxlsxwriter writes only to a path, so the workbook is written into a private temporary folder, handed on
/// from there and removed. The same review gives the same bytes: the document's creation time is the review's
/// "as of" day.
public enum Workbook {
    /// The workbook's bytes, whole.
    public static func make(_ review: Review, language: Language = .vi) throws -> Data {
        try make(review, language: language) { path in try Data(contentsOf: URL(fileURLWithPath: path)) }
    }

    /// Writes the workbook and gives `publish` its path; the file is removed once `publish` returns.
    public static func make<T>(_ review: Review, language: Language = .vi, publish: (_ path: String) throws -> T)
        throws -> T
    {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let path = scratch.path + "/review.xlsx"
        try write(review, language: language, to: path, scratch: scratch.path)
        return try publish(path)
    }

    private static func write(_ review: Review, language: Language, to path: String, scratch: String) throws {
        let locale = er_xlsx_use_c_numbers()
        defer { er_xlsx_restore_locale(locale) }
        let sources = CSVReports.tables(review, language: language)
        let file = try XLSXFile(path: path, scratch: scratch)
        let title = subject(review, language)
        try file.setProperties(
            title: title,
            subject: Words(
                "Số liệu của báo cáo tổng kết thi đua, khen thưởng",
                "The figures of the emulation and commendation review"
            )(language),
            author: Words("Bảo hiểm xã hội Việt Nam", "Vietnam Social Security")(language),
            created: ZonedTimestamp.daysFromCivil(review.asOf.year, review.asOf.month, review.asOf.day) * 86_400)
        let styles = WorkbookStyles(file, language: language)

        var names = SheetNames()
        let summaryName = names.make(WorkbookLabels.summarySheet(language))
        let sheets = sources.map { source -> (name: String, form: StatisticsForm?, holds: String) in
            if let form = review.forms.first(where: { formFile($0) == source.name }) {
                let holds = WorkbookLabels.formHolds(language) + " " + form.code
                return (names.make(WorkbookLabels.formSheet(form)(language)), form, holds)
            }
            let stem = String(source.name.prefix { $0 != "." })
            let holds = WorkbookLabels.holds[source.name]?(language) ?? source.name
            return (names.make(WorkbookLabels.sheets[source.name]?(language) ?? stem), nil, holds)
        }

        try SummarySheet(review: review, language: language, contents: sheets.map { ($0.name, $0.holds) })
            .write(into: file.addSheet(summaryName), styles: styles)
        for (index, sheet) in sheets.enumerated() {
            let target = try file.addSheet(sheet.name)
            if let form = sheet.form {
                try FormSheet(form: form, review: review, language: language).write(into: target, styles: styles)
            } else {
                // One table at a time: with the rows streamed to disk, the table being written is the only copy
                // of a CSV file's rows in memory.
                try TableSheet(file: sources[index].name, table: sources[index].make(), language: language)
                    .write(into: target, styles: styles)
            }
        }
        try file.close()
    }

    /// The CSV file a form is written to, as `CSVReports.tables` names it.
    static func formFile(_ form: StatisticsForm) -> String { "form-" + form.fileCode + ".csv" }

    static func subject(_ review: Review, _ language: Language) -> String {
        ReportTitle.subject(review, language: language)
    }
}

/// A new folder of the workbook's own (`mkdtemp`: a fresh name, mode 0700) for the file and libxlsxwriter's
/// temporary files.
struct ScratchFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        var template = Array((base + "/emulation-review-xlsx.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw WorkbookError("cannot make a temporary folder in \(base): \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
