import Foundation

/// The emulation ranking within each cluster: a score per agency from its results against the plan, with the
/// rulebook's weights and cap (no national formula exists, so the method is data).
///
/// score = Σ weightᵢ · min(fulfilmentᵢ, cap) ÷ Σ weightᵢ, over the weighted indicators that have both a plan and
/// a result; "lower is better" indicators count plan ÷ actual, and a result of zero counts as the cap.
/// Ties (equal scores to two decimals) prefer the agency whose staff are at least the rulebook's share of women
/// (Decree 98/2023 Art. 4), then the lower agency code, so the order is always defined.
enum Ranking {
    struct Scored {
        var agency: String
        var score: Decimal
        var indicators: Int
        var years: Int
        var womenShare: Decimal?
    }

    static func score(_ submission: Submission, targets: [String: Decimal], ctx: ReviewContext) -> (Decimal, Int)? {
        var actuals: [String: Decimal] = [:]
        for result in submission.indicators where actuals[result.code] == nil { actuals[result.code] = result.actual }
        return score(actuals: actuals, targets: targets, ctx: ctx)
    }

    /// The score of one agency's results (indicator → actual) against its targets, over the weighted indicators.
    static func score(actuals: [String: Decimal], targets: [String: Decimal], ctx: ReviewContext) -> (Decimal, Int)? {
        let scoring = ctx.reference.rulebook.scoring
        var weighted: Decimal = 0
        var weights: Decimal = 0
        var count = 0
        for (code, actual) in actuals.sorted(by: { $0.key < $1.key }) {
            guard let weight = scoring.weights[code], weight > 0, let plan = targets[code],
                let definition = ctx.reference.indicators[code]
            else { continue }
            var value: Decimal
            if definition.better == .lower && actual == 0 {
                value = scoring.cap
            } else if let f = IndicatorReview.fulfilment(actual: actual, plan: plan, better: definition.better) {
                value = min(f, scoring.cap)
            } else {
                continue
            }
            value = max(value, 0)
            weighted += weight * value
            weights += weight
            count += 1
        }
        guard weights > 0 else { return nil }
        return ((weighted / weights).rounded(2), count)
    }

    static func womenShare(_ submission: Submission) -> Decimal? {
        let w = submission.workforce
        return w.total > 0 ? Decimal(w.women).percent(of: Decimal(w.total))?.rounded(2) : nil
    }

    /// One year's results of the agencies that carry others' figures at the report's end: each one's own and its
    /// former agencies' actuals and plans combined (summed, percentages averaged), and their staff together.
    struct Combined {
        var actuals: [String: [Decimal]] = [:]
        var plans: [String: [Decimal]] = [:]
        /// Indicator → the agencies (itself, its former agencies) whose actual, and whose plan, it adds up.
        var reporting: [String: Set<String>] = [:]
        var planned: [String: Set<String>] = [:]
        var women = 0
        var staff = 0

        /// The actuals that compare with the plan: those of indicators whose actual and plan cover the same
        /// agencies. A former agency's missing or rejected report leaves its share of the plan without a result,
        /// so those indicators do not count towards the score (an agency without a report is not scored either).
        func comparableActuals(_ ctx: ReviewContext) -> [String: Decimal] {
            values(actuals, ctx).filter { reporting[$0.key] == planned[$0.key] }
        }

        func values(_ byCode: [String: [Decimal]], _ ctx: ReviewContext) -> [String: Decimal] {
            byCode.compactMapValues { values -> Decimal? in values.isEmpty ? nil : values.sum }.reduce(into: [:]) {
                result, entry in
                let count = Decimal(byCode[entry.key]!.count)
                result[entry.key] =
                    ctx.reference.indicators[entry.key]?.unit == .percent ? entry.value / count : entry.value
            }
        }
    }

    static func combined(year: Int, ctx: ReviewContext) -> [String: Combined] {
        var result: [String: Combined] = [:]
        for (agency, entry) in ctx.accepted[year] ?? [:] {
            let heir = ctx.rollUp[agency] ?? agency
            var seen: Set<String> = []
            for indicator in entry.submission.indicators where seen.insert(indicator.code).inserted {
                result[heir, default: Combined()].actuals[indicator.code, default: []].append(indicator.actual)
                result[heir, default: Combined()].reporting[indicator.code, default: []].insert(agency)
            }
            result[heir, default: Combined()].women += entry.submission.workforce.women
            result[heir, default: Combined()].staff += entry.submission.workforce.total
        }
        var planned: Set<String> = []
        for target in ctx.boards[year]?.targets ?? []
        where planned.insert("\(target.agency)|\(target.indicator)").inserted {
            let heir = ctx.rollUp[target.agency] ?? target.agency
            guard result[heir] != nil else { continue }
            result[heir]!.plans[target.indicator, default: []].append(target.value)
            result[heir]!.planned[target.indicator, default: []].insert(target.agency)
        }
        return result
    }

    static func rows(_ ctx: ReviewContext) -> [RankingRow] {
        var rows: [RankingRow] = []
        var phaseScores: [String: [Scored]] = [:]
        for year in ctx.yearsSoFar {
            var byCluster: [String: [Scored]] = [:]
            for (heir, combined) in combined(year: year, ctx: ctx) {
                guard
                    let (score, count) = score(
                        actuals: combined.comparableActuals(ctx), targets: combined.values(combined.plans, ctx),
                        ctx: ctx)
                else { continue }
                let share =
                    combined.staff > 0 ? Decimal(combined.women).percent(of: Decimal(combined.staff))?.rounded(2) : nil
                let scored = Scored(agency: heir, score: score, indicators: count, years: 1, womenShare: share)
                byCluster[ctx.cluster(of: heir), default: []].append(scored)
                phaseScores[heir, default: []].append(scored)
            }
            for cluster in byCluster.keys.sorted() {
                rows += ranked(byCluster[cluster]!, year: year, cluster: cluster, ctx: ctx)
            }
        }
        if ctx.period.isPhase {
            var byCluster: [String: [Scored]] = [:]
            for (agency, list) in phaseScores {
                let mean = (list.map(\.score).sum / Decimal(list.count)).rounded(2)
                let shares = list.compactMap(\.womenShare)
                let share = shares.isEmpty ? nil : (shares.sum / Decimal(shares.count)).rounded(2)
                let scored = Scored(
                    agency: agency, score: mean, indicators: list.map(\.indicators).max() ?? 0,
                    years: list.count, womenShare: share)
                byCluster[ctx.cluster(of: agency), default: []].append(scored)
            }
            for cluster in byCluster.keys.sorted() {
                rows += ranked(byCluster[cluster]!, year: nil, cluster: cluster, ctx: ctx)
            }
        }
        return rows
    }

    /// Orders one cluster: score, then the women preference, then the agency code.
    static func ranked(_ list: [Scored], year: Int?, cluster: String, ctx: ReviewContext) -> [RankingRow] {
        let threshold = ctx.reference.rulebook.scoring.womenPreferenceShare
        func preferred(_ s: Scored) -> Bool { (s.womenShare ?? 0) >= threshold }
        let sorted = list.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if preferred(a) != preferred(b) { return preferred(a) }
            return a.agency < b.agency
        }
        return sorted.enumerated().map { index, s in
            var tieBreak: String?
            if index > 0, sorted[index - 1].score == s.score {
                tieBreak = preferred(sorted[index - 1]) != preferred(s) ? "women" : "code"
            }
            return RankingRow(
                year: year, cluster: cluster, clusterName: ctx.clusterName(cluster), rank: index + 1,
                agency: s.agency, agencyName: ctx.agencyName(s.agency), score: s.score,
                indicatorsScored: s.indicators, yearsScored: s.years, womenShare: s.womenShare,
                isLeader: index == 0, tieBreak: tieBreak, formerAgencies: ctx.formers[s.agency] ?? [])
        }
    }

    /// Each agency's place in its cluster for every year the review reads (the year before the period too, which
    /// decisions early in the period recognise), with its fulfilled indicators and long thematic movements: what
    /// the emulation-flag rules judge against. The ranking is the one `rows` reports.
    static func standings(_ ctx: ReviewContext) -> Standings {
        var standings = Standings()
        let definitions = Dictionary(
            ctx.reference.catalogue.movements.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for year in ctx.period.yearsRead {
            guard let byAgency = ctx.accepted[year], !byAgency.isEmpty else { continue }
            standings.rank(year: year)
            var targets: [String: [String: Decimal]] = [:]
            for target in ctx.boards[year]?.targets ?? [] {
                targets[target.agency, default: [:]][target.indicator] = target.value
            }
            var byCluster: [String: [Scored]] = [:]
            for (agency, entry) in byAgency {
                guard let (score, count) = score(entry.submission, targets: targets[agency] ?? [:], ctx: ctx) else {
                    continue
                }
                byCluster[ctx.cluster(of: agency), default: []].append(
                    Scored(
                        agency: agency, score: score, indicators: count, years: 1,
                        womenShare: womenShare(entry.submission)))
            }
            for (cluster, list) in byCluster {
                for row in ranked(list, year: year, cluster: cluster, ctx: ctx) {
                    let submission = byAgency[row.agency]!.submission
                    let plans = targets[row.agency] ?? [:]
                    var planned = 0
                    var fulfilled = 0
                    for result in submission.indicators {
                        guard let plan = plans[result.code], let definition = ctx.reference.indicators[result.code]
                        else { continue }
                        planned += 1
                        let reached =
                            definition.better == .lower && result.actual == 0
                            || (IndicatorReview.fulfilment(
                                actual: result.actual, plan: plan, better: definition.better) ?? 0) >= 100
                        if reached { fulfilled += 1 }
                    }
                    let thematic = submission.movements.compactMap { taken -> Standing.Movement? in
                        guard let definition = definitions[taken.code], definition.kind == .thematic else { return nil }
                        return Standing.Movement(code: taken.code, years: wholeYears(definition, until: year))
                    }
                    standings.add(
                        Standing(
                            cluster: cluster, rank: row.rank, planned: planned, fulfilled: fulfilled,
                            thematic: thematic.sorted { $0.code < $1.code }),
                        agency: row.agency, year: year)
                }
            }
        }
        return standings
    }

    /// The whole years a movement lasts (to the end of `year` when it has no end).
    static func wholeYears(_ movement: MovementDefinition, until year: Int) -> Int {
        let end = movement.end ?? Day(year: year, month: 12, day: 31)
        let dayAfterEnd = end.epochSeconds + 86_400
        var years = 0
        while Day(year: movement.start.year + years + 1, month: movement.start.month, day: movement.start.day)
            .epochSeconds <= dayAfterEnd
        {
            years += 1
        }
        return years
    }
}
