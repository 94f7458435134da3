import Foundation

// Section 2's notes: why a change or a growth is left blank ("không so sánh").

extension ModelFormatter {
    /// Why a flow's change is blank: part of a year (to 31/08/2020) against the whole year before. An amount
    /// collected in eight months set against twelve would read as a fall of a third; the report does not print it.
    func withheldNote(_ sector: [IndicatorRow]) -> String? {
        let withheld = sector.filter(\.changeWithheld)
        guard !withheld.isEmpty else { return nil }
        return Set(withheld.map(\.year)).sorted().map { year -> String in
            let names = reference.catalogue.indicators.filter { d in
                withheld.contains { $0.year == year && $0.indicator == d.code }
            }.map { indicatorName($0.code) }.joined(separator: ", ")
            let dates = withheld.first { $0.year == year }!.withheld!
            let gap = flowGap(year: year, asOf: dates.asOf, earlier: year - 1, earlierAsOf: dates.previousAsOf)
            return pick(
                "\(names) là số cộng dồn từ đầu năm: \(gap.vi), nên không tính mức thay đổi năm \(year) so với năm \(year - 1).",
                "\(names) is an amount over the year: \(gap.en), so no change of \(year) from \(year - 1) is shown.")
        }.joined(separator: " ")
    }

    /// Why a flow's growth over the phase is blank: its baseline and its last year end at different points.
    func growthNote(_ growth: [GrowthRow]) -> String? {
        let withheld = growth.filter { $0.withheld != nil }
        guard let dates = withheld.first?.withheld, let first = withheld.first else { return nil }
        let names = withheld.map { indicatorName($0.indicator) }.joined(separator: ", ")
        let gap = flowGap(
            year: first.lastYear, asOf: dates.asOf, earlier: first.baselineYear, earlierAsOf: dates.previousAsOf)
        return pick(
            "\(names): \(gap.vi), nên không tính tăng/giảm cả giai đoạn.",
            "\(names): \(gap.en), so no growth over the phase is shown.")
    }

    /// "số liệu năm 2022 chỉ tính đến ngày 07/12/2022, không so sánh được với cả năm 2023": which of two years'
    /// amounts covers only part of its year.
    private func flowGap(year: Int, asOf: Day, earlier: Int, earlierAsOf: Day) -> Bilingual {
        let whole = { (y: Int, day: Day) in day == Day(year: y, month: 12, day: 31) }
        let date = { (day: Day) in self.language.date(day) }
        switch (whole(year, asOf), whole(earlier, earlierAsOf)) {
        case (true, _):
            return Bilingual(
                "số liệu năm \(earlier) chỉ tính đến ngày \(date(earlierAsOf)), không so sánh được với cả năm \(year)",
                "\(earlier)'s figure runs only to \(date(earlierAsOf)) and does not compare with the whole of \(year)")
        case (false, true):
            return Bilingual(
                "số liệu năm \(year) chỉ tính đến ngày \(date(asOf)), không so sánh được với cả năm \(earlier)",
                "\(year)'s figure runs only to \(date(asOf)) and does not compare with the whole of \(earlier)")
        case (false, false):
            return Bilingual(
                "số liệu năm \(year) tính đến ngày \(date(asOf)), còn năm \(earlier) tính đến ngày \(date(earlierAsOf))",
                "\(year)'s figure runs to \(date(asOf)) and \(earlier)'s to \(date(earlierAsOf))")
        }
    }

    /// Why a year is not compared: its sum lacks agencies given a plan (2021 lacks Cần Thơ, whose report was
    /// rejected), so a change from or to it would be the missing agency's figure, not a change. A year report
    /// whose year before was such a year says so too, though it does not show that year's rows.
    func partialNote(_ sector: [IndicatorRow]) -> String? {
        var missing: [Int: Set<String>] = [:]
        var planned: [Int: Int] = [:]
        for row in sector {
            guard let p = row.partial else { continue }
            missing[p.year, default: []].formUnion(p.missing)
            planned[p.year] = max(planned[p.year] ?? 0, p.planned)
        }
        guard !missing.isEmpty else { return nil }
        let shown = Set(sector.map(\.year))
        return missing.keys.sorted().map { year in
            let names = missingAgencies(missing[year]!.sorted(), in: year)
            let all = planned[year] ?? 0
            let have = all - missing[year]!.count
            guard shown.contains(year) else {
                return pick(
                    "Năm \(year) thiếu số liệu của \(names.vi) (có \(count(have))/\(count(all)) đơn vị được giao kế hoạch), "
                        + "nên số liệu năm \(year + 1) không so sánh với năm \(year).",
                    "\(year) lacks the figures of \(names.en) (\(count(have)) of the \(count(all)) agencies given a plan), so "
                        + "\(year + 1) is not compared with \(year).")
            }
            // The years it would be compared with: the one before (a year report's comparison, or a row of the
            // phase) and the one after, if the report has it.
            let neighbours = [year - 1, year + 1].filter {
                $0 == year - 1 ? shown.contains($0) || !period.isPhase : shown.contains($0)
            }
            let compared =
                neighbours.isEmpty
                ? Bilingual(same: "")
                : Bilingual(
                    ", và số liệu năm \(year) không so sánh với "
                        + neighbours.map { "năm \($0)" }.joined(separator: " và "),
                    ", and \(year) is not compared with " + neighbours.map(String.init).joined(separator: " and "))
            return pick(
                "Năm \(year) thiếu số liệu của \(names.vi): số thực hiện toàn ngành năm \(year) chỉ gồm "
                    + "\(count(have))/\(count(all)) đơn vị được giao kế hoạch, mức hoàn thành vẫn tính trên kế hoạch "
                    + "của cả \(count(all)) đơn vị\(compared.vi).",
                "\(year) lacks the figures of \(names.en): the sector's \(year) actuals cover \(count(have)) of the "
                    + "\(count(all)) agencies given a plan, its fulfilment is still against all \(count(all)) "
                    + "agencies' plan\(compared.en).")
        }.joined(separator: " ")
    }

    /// "Bảo hiểm xã hội thành phố Cần Thơ (92, báo cáo bị từ chối)", at most five, then how many more.
    /// `accepted`: the reason given for an agency whose report was accepted (what it lacks).
    func missingAgencies(
        _ codes: [String], in year: Int,
        accepted: Bilingual = Bilingual("thiếu một số chỉ tiêu", "some indicators not reported")
    ) -> Bilingual {
        // The report lists the submissions of its own years only: of another year it gives no reason.
        let known = review.submissions.contains { $0.year == year }
        let shown = codes.prefix(5).map { code -> Bilingual in
            let name = agencyName(code, reference.agencies[code]?.name ?? code)
            guard known else { return Bilingual(same: "\(name) (\(code))") }
            let states = reportStates(code, in: year)
            let why =
                states.contains(where: \.isAccepted)
                ? accepted
                : states.contains(.rejected)
                    ? Bilingual("báo cáo bị từ chối", "report rejected")
                    : Bilingual("chưa gửi báo cáo", "no report sent")
            return Bilingual("\(name) (\(code), \(why.vi))", "\(name) (\(code), \(why.en))")
        }
        let more = codes.count - shown.count
        let vi = shown.map(\.vi).joined(separator: "; ") + (more > 0 ? " và \(count(more)) đơn vị khác" : "")
        let en = shown.map(\.en).joined(separator: "; ") + (more > 0 ? " and \(count(more)) more" : "")
        return Bilingual(vi, en)
    }

    /// What became of an agency's reports of a year, as the report lists them.
    func reportStates(_ code: String, in year: Int) -> [SubmissionState] {
        review.submissions.filter { $0.year == year && $0.agency == code }.map(\.state)
    }
}
