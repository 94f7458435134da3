import Foundation

/// Results against targets: each indicator per agency, per cluster and for the sector, with the change from the
/// year before; for a phase, growth from the baseline year.
enum IndicatorReview {
    /// Fulfilment of a plan in percent. "Lower is better" indicators (the arrears rate) count as fulfilled when
    /// at or under the plan: plan ÷ actual × 100.
    static func fulfilment(actual: Decimal, plan: Decimal, better: Direction) -> Decimal? {
        switch better {
        case .higher: actual.percent(of: plan)
        case .lower: actual == 0 ? nil : plan.percent(of: actual)
        }
    }

    static func rows(_ ctx: ReviewContext) -> [IndicatorRow] {
        var rows: [IndicatorRow] = []
        let definitions = ctx.reference.catalogue.indicators
        // "scope|code|indicator" → the actual of the year before, unrounded. Only that year's: an agency without
        // an accepted report the year before has no change, never one against an earlier year.
        var previous: [String: Decimal] = [:]
        // "scope|code|indicator" → the year before, when its sum lacked agencies given a plan.
        var previousPartial: [String: PartialYear] = [:]
        for year in ctx.period.yearsRead {
            var current: [String: Decimal] = [:]
            var currentPartial: [String: PartialYear] = [:]
            let byAgency = ctx.accepted[year] ?? [:]
            let targets = ctx.boards[year]?.targets ?? []
            // Values per agency as it was that year (for its cluster and the sector) and per agency that carries
            // it at the report's end (for the agency rows), so a year's cluster and sector figures are the same in
            // every report that shows that year.
            var actuals: [String: [String: [Decimal]]] = [:]  // indicator → agency → values
            var plans: [String: [String: [Decimal]]] = [:]
            var ownActuals: [String: [String: [Decimal]]] = [:]
            var ownPlans: [String: [String: [Decimal]]] = [:]
            for (agency, entry) in byAgency {
                let code = ctx.rollUp[agency] ?? agency
                for result in entry.submission.indicators {
                    actuals[result.code, default: [:]][code, default: []].append(result.actual)
                    ownActuals[result.code, default: [:]][agency, default: []].append(result.actual)
                }
            }
            for target in targets {
                let code = ctx.rollUp[target.agency] ?? target.agency
                plans[target.indicator, default: [:]][code, default: []].append(target.value)
                ownPlans[target.indicator, default: [:]][target.agency, default: []].append(target.value)
            }
            for definition in definitions {
                let additive = definition.unit != .percent
                func combine(_ values: [Decimal]) -> Decimal? {
                    guard !values.isEmpty else { return nil }
                    return additive ? values.sum : values.sum / Decimal(values.count)
                }
                let withheld = withheldFlow(definition, ctx, year, against: year - 1)
                let agencyActuals = (actuals[definition.code] ?? [:]).compactMapValues(combine)
                let agencyPlans = (plans[definition.code] ?? [:]).compactMapValues(combine)
                let ownActualsOf = (ownActuals[definition.code] ?? [:]).compactMapValues(combine)
                let ownPlansOf = (ownPlans[definition.code] ?? [:]).compactMapValues(combine)
                // The agencies whose figures an agency row carries (itself and its former agencies), those that
                // reported and those with a plan.
                var reportingParts: [String: Set<String>] = [:]
                var plannedParts: [String: Set<String>] = [:]
                for agency in ownActualsOf.keys {
                    reportingParts[ctx.rollUp[agency] ?? agency, default: []].insert(agency)
                }
                for agency in ownPlansOf.keys { plannedParts[ctx.rollUp[agency] ?? agency, default: []].insert(agency) }
                var yearRows: [IndicatorRow] = []
                /// `complete`: the actual covers every agency with a plan, so it compares with the years before
                /// and after; `comparable`: plan and actual cover the same agencies, so the fulfilment means
                /// something.
                func row(
                    _ scope: Scope, _ code: String, _ name: String, plan: Decimal?, actual: Decimal?,
                    reporting: Int, planned: Int, missing: [String], comparable: Bool = true
                ) -> IndicatorRow {
                    let complete = missing.isEmpty
                    let key = "\(scope.rawValue)|\(code)|\(definition.code)"
                    let before = complete ? previous[key] : nil
                    if let actual, complete { current[key] = actual }
                    var partial = previousPartial[key]
                    if !complete, actual != nil {
                        partial = PartialYear(year: year, reporting: reporting, planned: planned, missing: missing)
                        currentPartial[key] = partial
                    }
                    // Percentages are means: computed unrounded, shown with two decimals like the actual.
                    let shown = { (value: Decimal) in additive ? value : value.rounded(2) }
                    var change: Decimal?
                    var changePercent: Decimal?
                    if let actual, let before, withheld == nil {
                        change = shown(actual - before)
                        changePercent = (actual - before).percent(of: before)?.rounded(2)
                    }
                    let fulfilled =
                        (actual != nil && plan != nil && comparable)
                        ? fulfilment(actual: actual!, plan: plan!, better: definition.better)?.rounded(2) : nil
                    return IndicatorRow(
                        year: year, scope: scope, code: code, name: name, indicator: definition.code,
                        plan: plan.map { additive ? $0 : $0.rounded(2) },
                        actual: actual.map { additive ? $0 : $0.rounded(2) },
                        fulfilment: fulfilled, previousActual: before.map(shown), change: change,
                        changePercent: changePercent, reporting: reporting, planned: planned,
                        withheld: actual != nil && before != nil ? withheld : nil, partial: partial)
                }
                // An agency that carries former agencies compares its figures only when the same agencies gave the
                // actual and the plan: with a former agency's report missing or rejected, its sum is not the plan's
                // (the `reporting` and `planned` columns say how many of them each figure covers).
                for code in Set(agencyActuals.keys).union(agencyPlans.keys).sorted() {
                    let reported = reportingParts[code] ?? []
                    let planned = plannedParts[code] ?? []
                    var agencyRow = row(
                        .agency, code, ctx.agencyName(code), plan: agencyPlans[code], actual: agencyActuals[code],
                        reporting: reported.count, planned: planned.count,
                        missing: planned.subtracting(reported).sorted(), comparable: planned == reported)
                    agencyRow.formerAgencies = ctx.formers[code] ?? []
                    yearRows.append(agencyRow)
                }
                let clusters = Set(ownActualsOf.keys.map(ctx.cluster(of:))).union(
                    ownPlansOf.keys.map(ctx.cluster(of:)))
                for cluster in clusters.sorted() {
                    let members = { (dict: [String: Decimal]) in
                        dict.filter { ctx.cluster(of: $0.key) == cluster }.sorted { $0.key < $1.key }.map(\.value)
                    }
                    let a = members(ownActualsOf)
                    let p = members(ownPlansOf)
                    let inCluster = { (dict: [String: Decimal]) in
                        Set(dict.keys.filter { ctx.cluster(of: $0) == cluster })
                    }
                    yearRows.append(
                        row(
                            .cluster, cluster, ctx.clusterName(cluster), plan: combine(p), actual: combine(a),
                            reporting: a.count, planned: p.count,
                            missing: inCluster(ownPlansOf).subtracting(inCluster(ownActualsOf)).sorted()))
                }
                // The sector's and a cluster's plan is every agency's target, so a missing or rejected report
                // lowers their fulfilment; their change compares only sums over every agency given a plan.
                if !ownActualsOf.isEmpty || !ownPlansOf.isEmpty {
                    let sorted = { (dict: [String: Decimal]) in dict.sorted { $0.key < $1.key }.map(\.value) }
                    yearRows.append(
                        row(
                            .sector, "VSS", "", plan: combine(sorted(ownPlansOf)),
                            actual: combine(sorted(ownActualsOf)),
                            reporting: ownActualsOf.count, planned: ownPlansOf.count,
                            missing: Set(ownPlansOf.keys).subtracting(ownActualsOf.keys).sorted()))
                }
                // The year before the period is read for comparison only; it is not a row of its own unless it is
                // a phase's baseline.
                if year >= ctx.period.first || year == ctx.period.baselineYear {
                    rows += yearRows
                }
            }
            previous = current
            previousPartial = currentPartial
        }
        return rows.sorted { lhs, rhs in
            (lhs.year, order(lhs.scope), lhs.code, lhs.indicator) < (
                rhs.year, order(rhs.scope), rhs.code, rhs.indicator
            )
        }
    }

    /// A flow is an amount over the year: its figure as of 31 Aug is not comparable with a whole year's, so a
    /// change or growth between two years is left blank unless both end at the same point of the year.
    private static func withheldFlow(
        _ definition: IndicatorDefinition, _ ctx: ReviewContext, _ year: Int, against earlier: Int
    )
        -> WithheldChange?
    {
        guard definition.measure == .flow, let now = ctx.asOfByYear[year], let before = ctx.asOfByYear[earlier],
            (now.month, now.day) != (before.month, before.day)
        else { return nil }
        return WithheldChange(asOf: now, previousAsOf: before)
    }

    private static func order(_ scope: Scope) -> Int {
        switch scope {
        case .sector: 0
        case .cluster: 1
        case .agency: 2
        }
    }

    /// For a phase: each sector and cluster indicator from the baseline year to the last year.
    static func growth(_ ctx: ReviewContext, rows: [IndicatorRow]) -> [GrowthRow] {
        guard let baselineYear = ctx.period.baselineYear else { return [] }
        var grouped: [String: [IndicatorRow]] = [:]
        for row in rows where row.scope != .agency {
            grouped["\(row.scope.rawValue)|\(row.code)|\(row.indicator)", default: []].append(row)
        }
        var result: [GrowthRow] = []
        for key in grouped.keys.sorted() {
            let list = grouped[key]!
            let first = list[0]
            var series: [Int: Decimal] = [:]
            for row in list { if let actual = row.actual { series[row.year] = actual } }
            let baseline = series[baselineYear]
            let last = series[ctx.lastYear]
            // A sum lacking agencies given a plan at either end is not a growth; nor is a flow (an amount over
            // the year) whose two ends cover different parts of their years (eight months against twelve).
            let partial = list.contains { $0.isPartial && ($0.year == baselineYear || $0.year == ctx.lastYear) }
            let withheld = ctx.reference.catalogue.indicators.first { $0.code == first.indicator }.flatMap {
                withheldFlow($0, ctx, ctx.lastYear, against: baselineYear)
            }
            var growth: Decimal?
            if let baseline, let last, !partial, withheld == nil {
                growth = (last - baseline).percent(of: baseline)?.rounded(2)
            }
            result.append(
                GrowthRow(
                    scope: first.scope, code: first.code, name: first.name, indicator: first.indicator,
                    baselineYear: baselineYear, baseline: baseline, lastYear: ctx.lastYear, last: last,
                    growthPercent: growth, series: series, withheld: baseline != nil && last != nil ? withheld : nil,
                    partial: partial))
        }
        return result.sorted { (order($0.scope), $0.code, $0.indicator) < (order($1.scope), $1.code, $1.indicator) }
    }
}
