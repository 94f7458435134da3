/// The statistics forms of Circular 02/2023/TT-BNV for the period: 0601.N (movements), 0602.N (state-level
/// awards) and 0603.N (sector-level awards).
enum StatisticsForms {
    static func forms(_ ctx: ReviewContext, awards: [AwardRow], movements: [MovementRow]) -> [StatisticsForm] {
        [
            movementForm(ctx, movements),
            awardForm(
                code: "0602.N", title: "Số lượng khen thưởng cấp Nhà nước",
                titleEn: "State-level awards", levels: [.state, .government], ctx: ctx, awards: awards),
            awardForm(
                code: "0603.N", title: "Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh",
                titleEn: "Ministry, sector and province-level awards", levels: [.sector], ctx: ctx, awards: awards),
        ]
    }

    // MARK: 0601.N

    static func movementForm(_ ctx: ReviewContext, _ movements: [MovementRow]) -> StatisticsForm {
        let columns = [
            FormColumn(code: "total", label: "Tổng số", labelEn: "Total"),
            FormColumn(code: "regular", label: "Thường xuyên", labelEn: "Regular"),
            FormColumn(code: "thematic", label: "Chuyên đề", labelEn: "Thematic"),
        ]
        let periodEnd = ctx.period.statisticsWindow.upperBound
        func values(_ filter: (MovementRow) -> Bool) -> [Int] {
            let chosen = movements.filter(filter)
            return [
                chosen.count, chosen.filter { $0.kind != .thematic }.count,
                chosen.filter { $0.kind == .thematic }.count,
            ]
        }
        func months(_ m: MovementRow) -> Int {
            let end = m.end ?? periodEnd
            return (end.year - m.start.year) * 12 + (end.month - m.start.month) + (end.day >= m.start.day ? 0 : -1) + 1
        }
        let rows: [(String, String, String, Int, (MovementRow) -> Bool)] = [
            ("1", "Tổng số phong trào thi đua", "All emulation movements", 0, { _ in true }),
            ("2", "Theo cấp phát động", "By launching level", 0, { _ in false }),
            ("2.1", "Thủ tướng Chính phủ, cấp quốc gia", "Prime Minister, national", 1, { $0.launchedBy == .national }),
            ("2.2", "Bộ, ngành", "Ministry or sector", 1, { $0.launchedBy == .sector }),
            ("2.3", "Cụm, khối thi đua", "Emulation clusters and blocs", 1, { $0.launchedBy == .cluster }),
            ("2.4", "Cơ quan, đơn vị", "Agency", 1, { $0.launchedBy == .agency }),
            ("3", "Theo phạm vi", "By scope", 0, { _ in false }),
            ("3.1", "Toàn ngành", "Whole sector", 1, { $0.launchedBy != .cluster && $0.launchedBy != .agency }),
            ("3.2", "Trong cụm, khối thi đua", "Within clusters and blocs", 1, { $0.launchedBy == .cluster }),
            ("3.3", "Trong cơ quan, đơn vị", "Within one agency", 1, { $0.launchedBy == .agency }),
            ("4", "Theo thời gian thực hiện", "By duration", 0, { _ in false }),
            ("4.1", "Dưới 1 năm", "Under 1 year", 1, { months($0) < 12 }),
            ("4.2", "Từ 1 năm đến dưới 3 năm", "1 to under 3 years", 1, { (12..<36).contains(months($0)) }),
            ("4.3", "Từ 3 năm đến dưới 5 năm", "3 to under 5 years", 1, { (36..<60).contains(months($0)) }),
            ("4.4", "Từ 5 năm trở lên", "5 years and more", 1, { months($0) >= 60 }),
        ]
        return StatisticsForm(
            code: "0601.N", title: "Phong trào thi đua", titleEn: "Emulation movements", columns: columns,
            rows: rows.map { code, label, labelEn, indent, filter in
                let isHeading = indent == 0 && code != "1"
                return FormRow(
                    code: code, label: label, labelEn: labelEn, indent: indent,
                    values: isHeading ? [] : values(filter))
            })
    }

    // MARK: 0602.N and 0603.N

    static func awardForm(
        code: String, title: String, titleEn: String, levels: Set<AwardLevel>, ctx: ReviewContext,
        awards: [AwardRow]
    ) -> StatisticsForm {
        let forms = ctx.reference.catalogue.awards.filter { levels.contains($0.level) }.sorted {
            ($1.rank, $0.code) < ($0.rank, $1.code)
        }
        var columns: [FormColumn] = [
            FormColumn(code: "total.collective", label: "Tổng số - Tập thể", labelEn: "Total - collectives"),
            FormColumn(code: "total.individual", label: "Tổng số - Cá nhân", labelEn: "Total - individuals"),
        ]
        for form in forms {
            if form.recipients != .individual {
                columns.append(
                    FormColumn(
                        code: "\(form.code).collective", label: "\(form.name) - Tập thể",
                        labelEn: "\(form.nameEn ?? form.code) - collectives"))
            }
            if form.recipients != .collective {
                columns.append(
                    FormColumn(
                        code: "\(form.code).individual", label: "\(form.name) - Cá nhân",
                        labelEn: "\(form.nameEn ?? form.code) - individuals"))
            }
        }
        let relevant = awards.filter { levels.contains($0.level) }
        func values(_ filter: (AwardRow) -> Bool) -> [Int] {
            let chosen = relevant.filter(filter)
            return columns.map { column in
                let parts = column.code.split(separator: ".")
                let collective = parts.last == "collective"
                let award = String(parts.dropLast().joined(separator: "."))
                return chosen.filter { $0.isCollective == collective && (award == "total" || $0.award == award) }.count
            }
        }
        func isLeader(_ row: AwardRow) -> Bool { row.positionLevel != nil && row.positionLevel != .staff }
        let rows: [(String, String, String, Int, (AwardRow) -> Bool)] = [
            ("1", "Tổng số", "Total", 0, { _ in true }),
            ("2", "Tập thể", "Collectives", 0, { $0.isCollective }),
            ("3", "Cá nhân", "Individuals", 0, { !$0.isCollective }),
            ("3.1", "Lãnh đạo cấp ngành", "Sector leaders", 1, { $0.positionLevel == .sectorLeader }),
            ("3.2", "Lãnh đạo cấp cơ quan, đơn vị", "Agency leaders", 1, { $0.positionLevel == .agencyLeader }),
            ("3.3", "Lãnh đạo cấp phòng", "Division leaders", 1, { $0.positionLevel == .divisionLeader }),
            ("3.4", "Doanh nhân", "Business people", 1, { _ in false }),
            (
                "3.5", "Người trực tiếp lao động", "People who work directly", 1,
                { !$0.isCollective && !isLeader($0) && $0.worksDirectly == true }
            ),
            (
                "3.6", "Cá nhân khác", "Other individuals", 1,
                { !$0.isCollective && !isLeader($0) && $0.worksDirectly != true }
            ),
            ("4", "Trong đó: nữ", "Of whom women", 0, { !$0.isCollective && $0.gender == .female }),
            (
                "5", "Trong đó: người dân tộc thiểu số", "Of whom ethnic minorities", 0,
                { !$0.isCollective && $0.ethnicMinority == true }
            ),
            ("6", "Theo loại hình khen thưởng", "By kind of commendation", 0, { _ in false }),
            ("6.1", "Thường xuyên", "Regular", 1, { $0.commendationKind == .regular }),
            ("6.2", "Chuyên đề", "Thematic", 1, { $0.commendationKind == .thematic }),
            ("6.3", "Đột xuất", "Unexpected", 1, { $0.commendationKind == .unexpected }),
            ("6.4", "Quá trình cống hiến", "Contribution over a career", 1, { $0.commendationKind == .contribution }),
            ("6.5", "Đối ngoại", "Foreign", 1, { $0.commendationKind == .foreign }),
        ]
        return StatisticsForm(
            code: code, title: title, titleEn: titleEn, columns: columns,
            rows: rows.map { code, label, labelEn, indent, filter in
                FormRow(
                    code: code, label: label, labelEn: labelEn, indent: indent,
                    values: code == "6" ? [] : values(filter))
            })
    }
}
