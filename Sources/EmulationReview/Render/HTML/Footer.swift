import Foundation

// The footer (`footer.mustache`): program, period, inputs and the CSV files beside the report.

extension HTMLViewModel {
    struct Footer {
        let program: String
        let period: String
        let asOf: String
        let inputs: String
        let csvFiles: [String]
    }
}

extension ModelFormatter {
    func footer() -> HTMLViewModel.Footer {
        let files = Set(review.submissions.compactMap(\.file)).count
        var years = period.isPhase ? "\(period.first)–\(period.last)" : String(period.last)
        if review.isUnderWay {
            years += pick(
                " (đang diễn ra, số liệu đến năm \(review.lastYear))", " (under way, years to \(review.lastYear))")
        }
        return .init(
            program: "emulation-review \(review.programVersion)",
            period: pick("Kỳ báo cáo: \(years)", "Period: \(years)"),
            asOf: pick("Số liệu đến ngày \(language.date(review.asOf))", "Figures as of \(language.date(review.asOf))"),
            inputs: pick(
                "Lập từ \(count(files)) tệp báo cáo của các đơn vị, cùng dữ liệu tham chiếu và tệp của Ban Thi đua - Khen thưởng.",
                "Generated from \(count(files)) agency submission files, with the reference data and the board's files."
            ),
            csvFiles: CSVReports.tables(review, language: language).map(\.name))
    }
}
