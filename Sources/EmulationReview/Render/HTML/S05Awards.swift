import Foundation

// Section 5 (`s05-awards.mustache`): titles and commendations conferred, by form.

extension HTMLViewModel {
    struct AwardSummaryLine {
        let name: String
        let level: String
        let collectives: String
        let individuals: String
        let women: String
        let direct: String
        let minorities: String
        let reward: String
        /// Under the amount: how many of these awards have no multiple and so are not in it.
        let rewardNote: String?
    }

    struct CommendedLine {
        let year: String
        let decision: String
        let date: String
        let recipient: String
        let kind: String
        let agencyName: String
    }

    struct CommendedGroup {
        let id: String
        let name: String
        let level: String
        let counts: String
        let commended: [CommendedLine]
    }

    struct AwardsPart {
        let summaryLines: [AwardSummaryLine]
        let summaryTotal: AwardSummaryLine
        /// The award forms left out of the total for want of a multiple, with their counts.
        let withoutMultipleNote: String?
        let chart: String?
        let chartCaption: String
        let groups: [CommendedGroup]
        let agencyLevelNote: String?
    }
}

extension ModelFormatter {
    /// The award summary highest level first (state, government, sector, agency), then by the catalogue's rank,
    /// so that sector titles are not mixed with agency ones of the same rank.
    var awardSummary: [AwardSummaryRow] {
        func order(_ level: AwardLevel) -> Int {
            switch level {
            case .state: 0
            case .government: 1
            case .sector: 2
            case .agency: 3
            }
        }
        return review.awardSummary.enumerated().sorted { a, b in
            (order(a.element.level), a.offset) < (order(b.element.level), b.offset)
        }.map(\.element)
    }

    func awards() -> HTMLViewModel.AwardsPart {
        let s = awardSummary
        let summaryLines = s.map { s in
            HTMLViewModel.AwardSummaryLine(
                name: awardName(s.award, s.awardName), level: pick(Vocabulary.awardLevel(s.level)),
                collectives: count(s.collectives), individuals: count(s.individuals), women: count(s.women),
                direct: count(s.directWorkers), minorities: count(s.ethnicMinorities),
                reward: reward(s.rewardTotal, awards: s.collectives + s.individuals, without: s.withoutMultiple),
                rewardNote: withoutMultiple(s.withoutMultiple, of: s.collectives + s.individuals))
        }
        let awardCount = s.map { $0.collectives + $0.individuals }.reduce(0, +)
        let totalWithout = s.map(\.withoutMultiple).reduce(0, +)
        let total = HTMLViewModel.AwardSummaryLine(
            name: pick("Tổng số", "Total"), level: "", collectives: count(s.map(\.collectives).reduce(0, +)),
            individuals: count(s.map(\.individuals).reduce(0, +)), women: count(s.map(\.women).reduce(0, +)),
            direct: count(s.map(\.directWorkers).reduce(0, +)),
            minorities: count(s.map(\.ethnicMinorities).reduce(0, +)),
            reward: reward(s.map(\.rewardTotal).reduce(0, +), awards: awardCount, without: totalWithout),
            rewardNote: withoutMultiple(totalWithout, of: awardCount))
        // The commended list: every award at sector level and above, by form, highest form first.
        let listed = review.awards.filter { $0.level != .agency }
        let groups = s.filter { $0.level != .agency }.enumerated().map {
            index, summary -> HTMLViewModel.CommendedGroup in
            let rows = listed.filter { $0.award == summary.award }
            return .init(
                id: "award-\(index + 1)", name: awardName(summary.award, summary.awardName),
                level: pick(Vocabulary.awardLevel(summary.level)),
                counts: collectivesAndIndividuals(summary.collectives, summary.individuals),
                commended: rows.map { a in
                    .init(
                        year: String(a.year), decision: a.decision, date: language.date(a.date),
                        recipient: a.recipientKind == .agency
                            ? agencyName(a.recipient, a.recipientName) : a.recipientName,
                        kind: pick(Vocabulary.recipientKind(a.recipientKind)),
                        agencyName: agencyName(a.agency, a.agencyName))
                })
        }
        let agencyLevel = s.filter { $0.level == .agency }
        let agencyCount = agencyLevel.map { $0.collectives + $0.individuals }.reduce(0, +)
        let names = agencyLevel.map { awardName($0.award, $0.awardName) }.joined(separator: ", ")
        let note =
            agencyCount == 0
            ? nil
            : pick(
                "Ngoài ra, \(count(agencyCount)) danh hiệu, hình thức khen thưởng cấp cơ sở (\(names)) không liệt kê tên ở đây; danh sách đầy đủ trong awards.csv.",
                "Besides these, \(count(agencyCount)) agency-level titles and commendations (\(names)) are counted above but not listed by name; awards.csv lists them all."
            )
        let chartRows = s.filter { $0.level != .agency }
        let caption = pick(
            "Khen thưởng từ cấp ngành trở lên theo hình thức, \(periodPhrase)",
            "Awards at sector level and above by form, \(periodPhrase)")
        return .init(
            summaryLines: summaryLines, summaryTotal: total, withoutMultipleNote: withoutMultipleNote(s),
            chart: chartRows.isEmpty ? nil : HTMLCharts.awardsByForm(self, rows: chartRows, title: caption),
            chartCaption: caption, groups: groups, agencyLevelNote: note)
    }

    /// An amount of the reward fund; "no multiple" when none of the awards it sums has one, so that an award form
    /// the rulebook prices at nothing is not mistaken for one that costs nothing.
    func reward(_ value: Decimal, awards: Int, without: Int) -> String {
        if without > 0 && without == awards { return pick("chưa có hệ số", "no multiple") }
        return value == 0 ? dash : number(value)
    }

    /// "trong đó 619 khen thưởng chưa có hệ số tiền thưởng", under an amount that leaves some awards out.
    func withoutMultiple(_ without: Int, of awards: Int) -> String? {
        guard without > 0, without < awards else { return nil }
        return pick(
            "trong đó \(count(without)) khen thưởng chưa có hệ số tiền thưởng",
            "of which \(count(without)) \(without == 1 ? "award" : "awards") without a multiple")
    }

    /// The award forms the total leaves out for want of a multiple, each with its count, in the summary's order.
    func withoutMultipleNote(_ summary: [AwardSummaryRow]) -> String? {
        let forms = summary.filter { $0.withoutMultiple > 0 }
        guard !forms.isEmpty else { return nil }
        let total = forms.map(\.withoutMultiple).reduce(0, +)
        let list = forms.map { "\(awardName($0.award, $0.awardName)) (\(count($0.withoutMultiple)))" }
            .joined(separator: "; ")
        return pick(
            "Tổng tiền thưởng chưa tính \(count(total)) khen thưởng chưa có hệ số tiền thưởng trong bộ quy tắc: \(list).",
            "The reward total leaves out \(count(total)) \(total == 1 ? "award" : "awards") without a multiple in the rulebook: \(list)."
        )
    }

    /// "11 tập thể, 6 cá nhân", leaving out a kind of recipient there is none of.
    func collectivesAndIndividuals(_ collectives: Int, _ individuals: Int) -> String {
        var parts: [String] = []
        if collectives > 0 { parts.append(pick("\(count(collectives)) tập thể", "\(count(collectives)) collectives")) }
        if individuals > 0 { parts.append(pick("\(count(individuals)) cá nhân", "\(count(individuals)) individuals")) }
        return parts.joined(separator: ", ")
    }
}
