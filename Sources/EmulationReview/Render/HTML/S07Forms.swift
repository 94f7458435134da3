import Foundation

// Section 7 (`s07-forms.mustache`): the statistics forms as printed, each with its header block (form number,
// circular, date of receipt, reporting and receiving unit), its title and year, the column headings and numbers
// (A, B, 1, 2 …), the rows with their official codes and the two signatures.

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

    /// The lines above the form's table, as the circular prints them.
    struct FormHead {
        /// "Biểu số 0601.N/BNV-TĐKT".
        let number: String
        /// "Ban hành kèm theo Thông tư 02/2023/TT-BNV ngày 23/03/2023".
        let issuedWith: String
        /// "Ngày nhận báo cáo: 15 tháng 12"; empty when the layout gives none.
        let receipt: String
        let reporting: String
        let receiving: String
        /// The statistics year: "Năm thống kê: từ 01/12/2019 đến 30/11/2020".
        let year: String
        let unit: String
        /// Said when the layout's circular is later than the year (the file has no earlier one).
        let early: String
        /// How much of the sector the figures cover, when not all of it (or that there are none).
        let coverage: String
    }

    struct FormTable {
        let id: String
        let code: String
        let title: String
        let wide: Bool
        let head: FormHead
        var headerRows: [HeaderRow]
        /// The row under the headings: A, B, then each column's number (`1 = 2+3+4` for a formula).
        var numbers: [String]
        let lines: [FormLine]
    }
}

extension ModelFormatter {
    /// Both windows: the forms count the statistics year by the decision's date, the rest of the report the
    /// calendar years; and which forms, or that the reference data has none.
    func formsIntro() -> String {
        let statistics = period.statisticsWindow
        let calendar = period.calendarWindow
        let from = language.date(statistics.lowerBound)
        let to = language.date(statistics.upperBound)
        let calendarFrom = language.date(calendar.lowerBound)
        let calendarTo = language.date(calendar.upperBound)
        let windows = pick(
            "Các biểu thống kê tính theo năm thống kê của lĩnh vực thi đua, khen thưởng, từ \(from) đến \(to) "
                + "(khen thưởng theo ngày quyết định, phong trào theo thời gian thực hiện); các mục khác của báo cáo "
                + "tính theo năm dương lịch, từ \(calendarFrom) đến \(calendarTo).",
            "The forms count the statistics year of emulation and commendation, \(from) to \(to) (awards by the "
                + "date of their decision, movements by the time they ran); the rest of the report counts the "
                + "calendar years, \(calendarFrom) to \(calendarTo).")
        guard !review.forms.isEmpty else {
            return windows
                + pick(
                    " Dữ liệu danh mục không có mẫu biểu thống kê (Inputs/reference/forms.xml) cho năm này, nên báo cáo không có biểu.",
                    " The reference data has no form layouts (Inputs/reference/forms.xml) for this year, so the report has no forms."
                )
        }
        let codes = review.forms.map(\.code).joined(separator: ", ")
        let circulars = Array(Set(review.forms.map(\.circular))).sorted().joined(separator: ", ")
        return windows
            + pick(" Biểu \(codes) theo Thông tư \(circulars).", " Forms \(codes) of Circular \(circulars).")
    }

    func forms() -> [HTMLViewModel.FormTable] {
        review.forms.enumerated().map { index, form in
            HTMLViewModel.FormTable(
                id: "form-\(index + 1)", code: form.code, title: pick(form.title, form.titleEn).uppercased(),
                wide: form.columns.count > 6, head: formHead(form), headerRows: formHeaderRows(form),
                numbers: ["A", "B"] + form.columns.map(\.number),
                lines: form.rows.map { row in
                    HTMLViewModel.FormLine(
                        code: row.code, label: pick(row.label, row.labelEn), indent: "indent-\(min(row.indent, 3))",
                        isHeading: row.isSection,
                        values: row.isSection || !form.counted
                            ? form.columns.map { _ in .init(text: "", zero: false) }
                            : row.values.map { .init(text: count($0), zero: $0 == 0) })
                })
        }
    }

    func formHead(_ form: StatisticsForm) -> HTMLViewModel.FormHead {
        let issued = form.issued.map { pick(" ngày \(language.date($0))", " of \(language.date($0))") } ?? ""
        let receipt = pick(form.receipt, form.receiptEn)
        let from = language.date(form.window.lowerBound)
        let to = language.date(form.window.upperBound)
        return HTMLViewModel.FormHead(
            number: pick("Biểu số \(form.code)/BNV-TĐKT", "Form \(form.code)/BNV-TĐKT"),
            issuedWith: pick(
                "Ban hành kèm theo Thông tư \(form.circular)\(issued)", "Annexed to Circular \(form.circular)\(issued)"),
            receipt: receipt.map { pick("Ngày nhận báo cáo: \($0)", "Date of receipt: \($0)") } ?? "",
            reporting: pick("Đơn vị báo cáo: Bảo hiểm xã hội Việt Nam", "Reporting unit: Vietnam Social Security"),
            receiving: pick("Đơn vị nhận báo cáo: Bộ Nội vụ", "Receiving unit: Ministry of Home Affairs"),
            year: pick("Năm thống kê: từ \(from) đến \(to)", "Statistics year: \(from) to \(to)"),
            unit: pick("Đơn vị tính: \(form.unit)", "Unit: \(form.unitEn)"),
            early: form.appliedEarly
                ? pick(
                    "Mẫu của Thông tư \(form.circular) được dùng cho năm thống kê trước ngày thông tư áp dụng, vì dữ liệu danh mục không có mẫu cũ hơn.",
                    "Circular \(form.circular)'s layout is used for a statistics year before the circular applied: the reference data has no earlier layout."
                ) : "",
            coverage: form.note.map { pick($0.vi, $0.en) } ?? "")
    }

    private func pick(_ vi: String?, _ en: String?) -> String? {
        guard let vi else { return nil }
        return pick(vi, en ?? vi)
    }

    /// One row of headings, or two when columns are grouped (the group's heading over its columns, the others
    /// spanning both rows).
    func formHeaderRows(_ form: StatisticsForm) -> [HTMLViewModel.HeaderRow] {
        let grouped = form.columns.contains { $0.group != nil }
        let span = grouped ? "2" : "1"
        var top = [
            HTMLViewModel.HeaderCell(label: pick("Nội dung", "Item"), colspan: "1", rowspan: span, isColumn: true),
            HTMLViewModel.HeaderCell(label: pick("Mã số", "Code"), colspan: "1", rowspan: span, isColumn: true),
        ]
        var bottom: [HTMLViewModel.HeaderCell] = []
        var index = 0
        while index < form.columns.count {
            let column = form.columns[index]
            guard let group = column.group else {
                top.append(
                    .init(label: pick(column.label, column.labelEn), colspan: "1", rowspan: span, isColumn: true))
                index += 1
                continue
            }
            var end = index
            while end + 1 < form.columns.count && form.columns[end + 1].group == group { end += 1 }
            top.append(
                .init(
                    label: pick(group, column.groupEn ?? group), colspan: String(end - index + 1), rowspan: "1",
                    isColumn: false))
            for member in form.columns[index...end] {
                bottom.append(
                    .init(label: pick(member.label, member.labelEn), colspan: "1", rowspan: "1", isColumn: true))
            }
            index = end + 1
        }
        return grouped ? [.init(headerCells: top), .init(headerCells: bottom)] : [.init(headerCells: top)]
    }
}
