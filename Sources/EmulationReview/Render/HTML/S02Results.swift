import Foundation

// Section 2 (`s02-results.mustache`): indicators against plan for the sector and by cluster.

extension HTMLViewModel {
    struct IndicatorYear {
        let year: String
        let yearNote: String?
        let plan: String
        let actual: String
        let fulfilment: String
        let belowPlan: Bool
        let change: String
        let changePercent: String
    }

    struct IndicatorGroup {
        let name: String
        let unit: String
        let lowerIsBetter: Bool
        let rows: [IndicatorYear]
    }

    struct GrowthLine {
        let name: String
        let unit: String
        let baseline: String
        let last: String
        let growth: String
    }

    struct Cell {
        let text: String
        let belowPlan: Bool
    }

    struct ClusterLine {
        let cluster: String
        let clusterName: String
        let reporting: String
        let cells: [Cell]
    }

    struct ResultsPart {
        let asOfNote: String?
        let indicators: [IndicatorGroup]
        let growthLines: [GrowthLine]
        let hasGrowth: Bool
        let growthBaseline: String
        let growthLast: String
        let clusterYear: String
        let clusterColumns: [String]
        let clusterLines: [ClusterLine]
        let hasClusters: Bool
        let clusterChart: String?
        let clusterChartCaption: String
    }
}

extension ModelFormatter {
    func results() -> HTMLViewModel.ResultsPart {
        let definitions = reference.catalogue.indicators
        let sector = sectorRows
        let lastAsOf = partialYearAsOf(review.lastYear)
        let groups = definitions.compactMap { d -> HTMLViewModel.IndicatorGroup? in
            let rows = sector.filter { $0.indicator == d.code }.sorted { $0.year < $1.year }
            guard !rows.isEmpty else { return nil }
            return .init(
                name: indicatorName(d.code), unit: pick(Vocabulary.unit(d.unit)), lowerIsBetter: d.better == .lower,
                rows: rows.map { r in
                    var note = r.year == period.baselineYear ? pick("năm gốc", "baseline") : nil
                    if let asOf = partialYearAsOf(r.year) {
                        note = pick("đến \(language.date(asOf))", "at \(language.date(asOf))")
                    }
                    return .init(
                        year: String(r.year), yearNote: note, plan: value(r.plan, unit: d.unit),
                        actual: value(r.actual, unit: d.unit), fulfilment: percent(r.fulfilment),
                        belowPlan: (r.fulfilment ?? 100) < 100,
                        change: r.changeWithheld || r.partial != nil
                            ? pick("không so sánh", "not compared") : change(r.change, unit: d.unit),
                        changePercent: d.unit == .percent || r.changeWithheld || r.partial != nil
                            ? dash : changePercent(r.changePercent))
                })
        }
        let growth = review.growth.filter { $0.scope == .sector }
        let growthLines = definitions.compactMap { d -> HTMLViewModel.GrowthLine? in
            guard let g = growth.first(where: { $0.indicator == d.code }) else { return nil }
            return .init(
                name: indicatorName(d.code), unit: pick(Vocabulary.unit(d.unit)),
                baseline: value(g.baseline, unit: d.unit), last: value(g.last, unit: d.unit),
                growth: !g.compared
                    ? pick("không so sánh", "not compared")
                    : d.unit == .percent
                        ? change(g.last.flatMap { l in g.baseline.map { l - $0 } }, unit: d.unit)
                        : changePercent(g.growthPercent))
        }
        // Clusters in the last year: fulfilment of each indicator that any cluster has.
        let last = review.lastYear
        let clusterRows = review.indicators.filter { $0.scope == .cluster && $0.year == last }
        let columns = definitions.filter { d in clusterRows.contains { $0.indicator == d.code && $0.fulfilment != nil }
        }
        let clusterCodes = Set(clusterRows.map(\.code)).sorted()
        let clusterLines = clusterCodes.map { code -> HTMLViewModel.ClusterLine in
            let rows = clusterRows.filter { $0.code == code }
            let reporting = rows.map(\.reporting).max() ?? 0
            let planned = rows.map(\.planned).max() ?? 0
            return .init(
                cluster: code, clusterName: clusterName(code, rows.first?.name ?? code),
                reporting: reporting == planned ? count(reporting) : "\(count(reporting))/\(count(planned))",
                cells: columns.map { d in
                    let f = rows.first { $0.indicator == d.code }?.fulfilment
                    return .init(text: f.map { language.format($0, decimals: 2) } ?? "", belowPlan: (f ?? 100) < 100)
                })
        }
        let chartRows = clusterRows.filter { $0.indicator == HTMLViewModel.headlineIndicator && $0.fulfilment != nil }
            .sorted { $0.code < $1.code }
        let lastAsOfNote = lastAsOf.map {
            pick(
                "Số liệu năm \(last) tính đến ngày \(language.date($0)); kế hoạch là kế hoạch cả năm.",
                "Figures for \(last) are at \(language.date($0)); the plan is the whole year's.")
        }
        let asOfNote = [lastAsOfNote, withheldNote(sector), growthNote(growth), partialNote(sector)].compactMap { $0 }
            .joined(separator: " ")
        let caption = pick(
            "Mức hoàn thành kế hoạch \(indicatorName(HTMLViewModel.headlineIndicator).lowercasedFirst) theo cụm, khối thi đua, năm \(last)",
            "Fulfilment of the plan for \(indicatorName(HTMLViewModel.headlineIndicator).lowercasedFirst) by cluster or bloc, \(last)"
        )
        return .init(
            asOfNote: asOfNote.isEmpty ? nil : asOfNote, indicators: groups, growthLines: growthLines,
            hasGrowth: !growthLines.isEmpty,
            growthBaseline: period.baselineYear.map(String.init) ?? "", growthLast: String(last),
            clusterYear: String(last), clusterColumns: columns.map { indicatorName($0.code) },
            clusterLines: clusterLines, hasClusters: !clusterLines.isEmpty && !columns.isEmpty,
            clusterChart: chartRows.isEmpty ? nil : HTMLCharts.clusterFulfilment(self, rows: chartRows, title: caption),
            clusterChartCaption: caption)
    }
}

extension String {
    /// "Người tham gia…" → "người tham gia…", for a name inside a sentence; "SI, HI…" stays as it is.
    fileprivate var lowercasedFirst: String {
        guard let first, let second = dropFirst().first, second.isLowercase else { return self }
        return first.lowercased() + dropFirst()
    }
}
