import Foundation

// The summary before the sections (`summary.mustache`): key figures, facts and the participants table.

extension HTMLViewModel {
    struct Fact {
        let term: String
        let detail: String
        let items: [String]
        let hasItems: Bool

        init(term: String, detail: String, items: [String]) {
            self.term = term
            self.detail = detail
            self.items = items
            hasItems = !items.isEmpty
        }
    }

    struct KeyFigure {
        let value: String
        let label: String
    }

    struct ParticipantsYear {
        let year: String
        let yearNote: String?
        let value: String
        let asOf: String
        let plan: String
        let fulfilment: String
    }

    struct Summary {
        let keyFigures: [KeyFigure]
        let facts: [Fact]
        let participants: [ParticipantsYear]
        let participantsChart: String?
    }
}

extension ModelFormatter {
    func summary() -> HTMLViewModel.Summary {
        let h = review.headline
        let code = HTMLViewModel.headlineIndicator
        let sector = sectorRows.filter { $0.indicator == code }
        let years = h.participants.keys.sorted()
        let participants = years.map { year -> HTMLViewModel.ParticipantsYear in
            let row = sector.first { $0.year == year }
            return HTMLViewModel.ParticipantsYear(
                year: String(year), yearNote: year == period.baselineYear ? pick("năm gốc", "baseline") : nil,
                value: number(h.participants[year]), asOf: h.participantsAsOf[year].map(language.date) ?? dash,
                plan: number(row?.plan), fulfilment: percent(row?.fulfilment))
        }
        var facts: [HTMLViewModel.Fact] = []
        var keyFigures: [HTMLViewModel.KeyFigure] = []
        let last = review.lastYear
        let lastAsOf = h.participantsAsOf[last]
        let asOfText =
            lastAsOf.map { pick("đến \(language.date($0))", "at \(language.date($0))") }
            ?? pick("năm \(last)", "in \(last)")

        // Policyholders: the last year against its plan, then the year before and the baseline for scale.
        if let lastValue = h.participants[last] {
            keyFigures.append(
                .init(
                    value: number(lastValue),
                    label: pick(
                        "người tham gia BHXH, BHYT, BHTN \(asOfText)",
                        "SI, HI and UI policyholders \(asOfText)")))
            if let fulfilment = h.lastYearFulfilment {
                keyFigures.append(
                    .init(
                        value: percent(fulfilment),
                        label: pick(
                            "kế hoạch năm \(last) về người tham gia",
                            "of the \(last) plan for policyholders")))
            }
            var parts: [String] = []
            var lastPart = pick("\(number(lastValue)) người \(asOfText)", "\(number(lastValue)) \(asOfText)")
            if let fulfilment = h.lastYearFulfilment {
                lastPart += pick(
                    ", bằng \(percent(fulfilment)) kế hoạch năm \(last)", ", \(percent(fulfilment)) of the \(last) plan"
                )
                if let plan = h.lastYearPlan { lastPart += pick(" (\(number(plan)) người)", " (\(number(plan)))") }
            }
            parts.append(lastPart)
            // A one-year report reads the year before only for comparison: say it from the change.
            if !period.isPhase, let row = sector.first(where: { $0.year == last }), let before = row.previousActual {
                parts.append(
                    pick(
                        "\(number(before)) người năm \(last - 1) (\(changePercent(row.changePercent)))",
                        "\(number(before)) in \(last - 1) (\(changePercent(row.changePercent)))"))
            }
            for year in years.reversed() where year != last && (year == last - 1 || year == period.baselineYear) {
                let note = year == period.baselineYear ? pick(" (năm gốc)", " (baseline)") : ""
                parts.append(
                    pick(
                        "\(number(h.participants[year])) người năm \(year)\(note)",
                        "\(number(h.participants[year])) in \(year)\(note)"))
            }
            facts.append(.init(term: indicatorName(code), detail: parts.joined(separator: "; ") + ".", items: []))
        }
        if let voluntary = h.voluntaryLastYear {
            keyFigures.append(
                .init(
                    value: number(voluntary),
                    label: pick(
                        "người tham gia BHXH tự nguyện \(asOfText)",
                        "voluntary SI participants \(asOfText)")))
            facts.append(
                .init(
                    term: indicatorName("SI-VOLUNTARY"),
                    detail: pick("\(number(voluntary)) người \(asOfText).", "\(number(voluntary)) \(asOfText)."),
                    items: []))
        }
        // Guidance documents of the board, per year of the period.
        let documentYears = h.boardDocuments.keys.sorted().filter { period.years.contains($0) }
        if !documentYears.isEmpty {
            let total = documentYears.compactMap { h.boardDocuments[$0] }.reduce(0, +)
            let perYear = documentYears.map { "\(count(h.boardDocuments[$0] ?? 0)) (\($0))" }.joined(separator: ", ")
            facts.append(
                .init(
                    term: pick(
                        "Văn bản hướng dẫn về thi đua, khen thưởng do Bảo hiểm xã hội Việt Nam ban hành",
                        "Guidance documents on emulation and commendation issued by VSS"),
                    detail: pick("\(count(total)) văn bản: \(perYear).", "\(count(total)) documents: \(perYear)."),
                    items: []))
        }
        // Movements by kind, in the order of the sector's own reports.
        let kinds = h.movementsByKind.keys.sorted { $0.order < $1.order }
        if !kinds.isEmpty {
            let total = h.movementsByKind.values.reduce(0, +)
            let byKind = kinds.map { "\(count(h.movementsByKind[$0] ?? 0)) \(pick(Vocabulary.movementKindPhrase($0)))" }
                .joined(separator: ", ")
            facts.append(
                .init(
                    term: pick("Phong trào thi đua", "Emulation movements"),
                    detail: pick("\(count(total)) phong trào: \(byKind).", "\(count(total)) movements: \(byKind)."),
                    items: []))
        }
        // State and government awards, the classes of an order counted together as the sector reports them.
        let high = stateAndGovernmentAwards()
        if !high.isEmpty {
            facts.append(
                .init(
                    term: pick("Khen thưởng cấp Nhà nước và Chính phủ", "State and Government awards"),
                    detail: "", items: high))
        }
        keyFigures.append(
            .init(
                value: "\(count(h.agenciesAccepted))/\(count(h.agenciesExpected))",
                label: pick("báo cáo của đơn vị được chấp nhận", "agency reports accepted")))
        let years5 = review.lastYear - period.first + 1
        let expected =
            period.isPhase
            ? pick(
                "Trong \(years5) năm có \(count(h.agenciesExpected)) lượt đơn vị phải báo cáo",
                "Over \(years5) years \(count(h.agenciesExpected)) agency reports were expected")
            : pick(
                "\(count(h.agenciesExpected)) đơn vị phải báo cáo",
                "\(count(h.agenciesExpected)) agency reports were expected")
        facts.append(
            .init(
                term: pick("Báo cáo của các đơn vị", "Agencies' reports"),
                detail: expected
                    + pick(
                        ": \(count(h.agenciesAccepted)) được chấp nhận (\(count(h.agenciesLate)) gửi muộn), \(count(h.agenciesRejected)) bị từ chối, \(count(h.agenciesMissing)) không gửi.",
                        ": \(count(h.agenciesAccepted)) accepted (\(count(h.agenciesLate)) late), \(count(h.agenciesRejected)) rejected, \(count(h.agenciesMissing)) missing."
                    ),
                items: []))
        facts.append(
            .init(
                term: pick("Thẩm định khen thưởng", "Eligibility review"),
                detail: pick(
                    "\(count(h.eligibilityProblems)) trường hợp chưa đủ điều kiện, tiêu chuẩn (mục 6).",
                    "\(count(h.eligibilityProblems)) \(h.eligibilityProblems == 1 ? "case" : "cases") not eligible (section 6)."
                ),
                items: []))
        let chart = participants.count >= 2 ? HTMLCharts.participants(self) : nil
        return .init(keyFigures: keyFigures, facts: facts, participants: participants, participantsChart: chart)
    }

    /// "Huân chương Lao động: 11 tập thể, 6 cá nhân" for each state or government award family, highest first.
    func stateAndGovernmentAwards() -> [String] {
        review.headline.stateAndGovernmentAwards.map { f in
            pick(f.name, f.nameEn ?? f.name) + ": " + collectivesAndIndividuals(f.collectives, f.individuals)
        }
    }
}
