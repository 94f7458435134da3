import Foundation

// Section 7 (`s07-forms.mustache`): the statistics forms as tables.

extension HTMLViewModel {
    struct HeaderCell {
        let label: String
        let colspan: String
        let rowspan: String
        let isColumn: Bool
    }

    struct HeaderRow {
        let headerCells: [HeaderCell]
    }

    struct FormCell {
        let text: String
        let zero: Bool
    }

    struct FormLine {
        let code: String
        let label: String
        let indent: String
        let isHeading: Bool
        let values: [FormCell]
    }

    struct FormTable {
        let id: String
        let code: String
        let title: String
        let wide: Bool
        let headerRows: [HeaderRow]
        let lines: [FormLine]
    }
}

extension ModelFormatter {
    /// Both windows: the forms count the statistics year by the decision's date, the rest of the report the
    /// calendar years.
    func formsIntro() -> String {
        let statistics = period.statisticsWindow
        let calendar = period.calendarWindow
        let from = language.date(statistics.lowerBound)
        let to = language.date(statistics.upperBound)
        let calendarFrom = language.date(calendar.lowerBound)
        let calendarTo = language.date(calendar.upperBound)
        return pick(
            "Các biểu thống kê tính theo năm thống kê của lĩnh vực thi đua, khen thưởng, từ \(from) đến \(to) "
                + "(khen thưởng theo ngày quyết định, phong trào theo thời gian thực hiện); các mục khác của báo cáo "
                + "tính theo năm dương lịch, từ \(calendarFrom) đến \(calendarTo).",
            "The forms count the statistics year of emulation and commendation, \(from) to \(to) (awards by the "
                + "date of their decision, movements by the time they ran); the rest of the report counts the "
                + "calendar years, \(calendarFrom) to \(calendarTo).")
    }

    func forms() -> [HTMLViewModel.FormTable] {
        review.forms.enumerated().map { index, form in
            let rowLabels = [
                HTMLViewModel.HeaderCell(label: pick("Mã số", "Row"), colspan: "1", rowspan: "1", isColumn: true),
                HTMLViewModel.HeaderCell(label: pick("Nội dung", "Item"), colspan: "1", rowspan: "1", isColumn: true),
            ]
            // Columns named `award.collective` / `award.individual` get a two-level header: the award, then the split.
            let split = form.columns.map { column -> (group: String, part: String)? in
                guard let dot = column.code.lastIndex(of: ".") else { return nil }
                let suffix = column.code[column.code.index(after: dot)...]
                guard suffix == "collective" || suffix == "individual" else { return nil }
                return (String(column.code[..<dot]), String(suffix))
            }
            var headerRows: [HTMLViewModel.HeaderRow]
            if !split.isEmpty, split.allSatisfy({ $0 != nil }) {
                let parts = split.compactMap { $0 }
                var groups: [(code: String, span: Int)] = []
                for part in parts {
                    if groups.last?.code == part.group {
                        groups[groups.count - 1].span += 1
                    } else {
                        groups.append((part.group, 1))
                    }
                }
                let top =
                    rowLabels.map {
                        HTMLViewModel.HeaderCell(label: $0.label, colspan: "1", rowspan: "2", isColumn: true)
                    }
                    + groups.map { g in
                        HTMLViewModel.HeaderCell(
                            label: g.code == "total"
                                ? pick("Tổng số", "Total")
                                : awardName(g.code, reference.awards[g.code]?.name ?? g.code),
                            colspan: String(g.span), rowspan: "1", isColumn: false)
                    }
                let bottom = parts.map { p in
                    HTMLViewModel.HeaderCell(
                        label: p.part == "collective" ? pick("Tập thể", "Collectives") : pick("Cá nhân", "Individuals"),
                        colspan: "1", rowspan: "1", isColumn: true)
                }
                headerRows = [.init(headerCells: top), .init(headerCells: bottom)]
            } else {
                headerRows = [
                    .init(
                        headerCells: rowLabels
                            + form.columns.map { c in
                                .init(label: pick(c.label, c.labelEn), colspan: "1", rowspan: "1", isColumn: true)
                            })
                ]
            }
            let lines = form.rows.map { row in
                HTMLViewModel.FormLine(
                    code: row.code, label: pick(row.label, row.labelEn), indent: "indent-\(min(row.indent, 3))",
                    isHeading: row.values.isEmpty,
                    values: row.values.isEmpty
                        ? form.columns.map { _ in .init(text: "", zero: false) }
                        : row.values.map { .init(text: count($0), zero: $0 == 0) })
            }
            return .init(
                id: "form-\(index + 1)", code: form.code, title: pick(form.title, form.titleEn),
                wide: form.columns.count > 6, headerRows: headerRows, lines: lines)
        }
    }
}
