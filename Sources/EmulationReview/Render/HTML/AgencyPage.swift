import Foundation

// One agency's page (`agency.mustache`, `agencies/<code>.html`): its indicators against plan beside its cluster's
// and the sector's, its score and rank each year, its submissions and their findings, its titles and
// commendations, and the verdicts on its nominations, with its former agencies' years inside.

/// What the template of an agency's page sees: every value formatted in the report's language.
struct AgencyPageModel {
    struct IndicatorLine {
        let indicator: String
        let plan: String
        let actual: String
        let fulfilment: String
        let cluster: String
        let sector: String
    }

    struct YearBlock {
        let year: String
        let asOf: String
        let lines: [IndicatorLine]
        /// Said when the year's figures lack a former agency's report, so that the empty % of plan is explained.
        var incomplete = ""
    }

    struct RankLine {
        let year: String
        let score: String
        let rank: String
        let movement: String
        let isLeader: Bool
    }

    struct SubmissionLine {
        let year: String
        let agency: String
        let state: String
        let stateClass: String
        let file: String
        let revision: String
        let submitted: String
        let findings: [String]
        let hasFindings: Bool
    }

    struct AwardLine {
        let award: String
        let level: String
        let cells: [String]
        let total: String
    }

    struct NotableAward {
        let year: String
        let decision: String
        let award: String
        let recipient: String
    }

    struct VerdictLine {
        let year: String
        let name: String
        let award: String
        let verdict: String
        let reasons: [String]
    }

    let lang: String
    let t: [String: String]
    let documentTitle: String
    let organisation: String
    let title: String
    let agencyLine: String
    let clusterLine: String
    let includes: String?
    let periodLine: String
    let chart: String
    let years: [YearBlock]
    let clusterNote: String?
    let ranks: [RankLine]
    let hasRanks: Bool
    let submissions: [SubmissionLine]
    let hasSubmissions: Bool
    let awardYears: [String]
    let awards: [AwardLine]
    let hasAwards: Bool
    let notable: [NotableAward]
    let hasNotable: Bool
    let verdictCounts: String
    let verdicts: [VerdictLine]
    let hasVerdicts: Bool
    let footerLine: String
}

extension AgencyPageModel: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "lang": \.lang,
        "t": \.t,
        "documentTitle": \.documentTitle,
        "organisation": \.organisation,
        "title": \.title,
        "agencyLine": \.agencyLine,
        "clusterLine": \.clusterLine,
        "includes": \.includes,
        "periodLine": \.periodLine,
        "chart": \.chart,
        "years": \.years,
        "clusterNote": \.clusterNote,
        "ranks": \.ranks,
        "hasRanks": \.hasRanks,
        "submissions": \.submissions,
        "hasSubmissions": \.hasSubmissions,
        "awardYears": \.awardYears,
        "awards": \.awards,
        "hasAwards": \.hasAwards,
        "notable": \.notable,
        "hasNotable": \.hasNotable,
        "verdictCounts": \.verdictCounts,
        "verdicts": \.verdicts,
        "hasVerdicts": \.hasVerdicts,
        "footerLine": \.footerLine,
    ]
}

extension AgencyPageModel.IndicatorLine: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "indicator": \.indicator,
        "plan": \.plan,
        "actual": \.actual,
        "fulfilment": \.fulfilment,
        "cluster": \.cluster,
        "sector": \.sector,
    ]
}

extension AgencyPageModel.YearBlock: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "year": \.year,
        "asOf": \.asOf,
        "lines": \.lines,
        "incomplete": \.incomplete,
    ]
}

extension AgencyPageModel.RankLine: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "year": \.year,
        "score": \.score,
        "rank": \.rank,
        "movement": \.movement,
        "isLeader": \.isLeader,
    ]
}

extension AgencyPageModel.SubmissionLine: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "year": \.year,
        "agency": \.agency,
        "state": \.state,
        "stateClass": \.stateClass,
        "file": \.file,
        "revision": \.revision,
        "submitted": \.submitted,
        "findings": \.findings,
        "hasFindings": \.hasFindings,
    ]
}

extension AgencyPageModel.AwardLine: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "award": \.award,
        "level": \.level,
        "cells": \.cells,
        "total": \.total,
    ]
}

extension AgencyPageModel.NotableAward: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "year": \.year,
        "decision": \.decision,
        "award": \.award,
        "recipient": \.recipient,
    ]
}

extension AgencyPageModel.VerdictLine: TemplateFields {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "year": \.year,
        "name": \.name,
        "award": \.award,
        "verdict": \.verdict,
        "reasons": \.reasons,
    ]
}

extension ModelFormatter {
    func agencyPage(_ code: String, rows: AgencyRows) -> AgencyPageModel {
        let agency = reference.agencies[code]
        let name = agencyName(code, agency?.name ?? code)
        let formers = (rows.members[code] ?? []).filter { $0 != code }
        let years = Array(period.first...review.lastYear)
        let cluster = agency?.cluster ?? ""
        // The agency's rows by year, and its cluster's and the sector's row of each year and indicator (the first
        // one the review lists), read in one pass over the review's rows.
        struct YearIndicator: Hashable {
            let year: Int
            let indicator: String
        }
        var ownByYear: [Int: [IndicatorRow]] = [:]
        var clusterRows: [YearIndicator: IndicatorRow] = [:]
        var sectorRows: [YearIndicator: IndicatorRow] = [:]
        for row in review.indicators where years.contains(row.year) {
            let key = YearIndicator(year: row.year, indicator: row.indicator)
            switch row.scope {
            case .agency: if row.code == code { ownByYear[row.year, default: []].append(row) }
            case .cluster: if row.code == cluster, clusterRows[key] == nil { clusterRows[key] = row }
            case .sector: if sectorRows[key] == nil { sectorRows[key] = row }
            }
        }
        let order = Dictionary(
            reference.catalogue.indicators.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var blocks: [AgencyPageModel.YearBlock] = []
        var clusterMissing = false
        for year in years {
            let own = (ownByYear[year] ?? [])
                .sorted { (order[$0.indicator] ?? .max, $0.indicator) < (order[$1.indicator] ?? .max, $1.indicator) }
            guard !own.isEmpty else { continue }
            let lines = own.map { row -> AgencyPageModel.IndicatorLine in
                let unit = reference.indicators[row.indicator]?.unit
                let clusterRow = clusterRows[YearIndicator(year: year, indicator: row.indicator)]
                if clusterRow == nil { clusterMissing = true }
                let sectorRow = sectorRows[YearIndicator(year: year, indicator: row.indicator)]
                return .init(
                    indicator: indicatorName(row.indicator), plan: value(row.plan, unit: unit),
                    actual: value(row.actual, unit: unit), fulfilment: percent(row.fulfilment),
                    cluster: percent(clusterRow?.fulfilment), sector: percent(sectorRow?.fulfilment))
            }
            let asOf = partialYearAsOf(year).map { pick("đến ", "as of ") + language.date($0) } ?? ""
            var block = AgencyPageModel.YearBlock(year: String(year), asOf: asOf, lines: lines)
            if let short = own.first(where: { $0.isPartial }), let partial = short.partial {
                let missing = missingAgencies(partial.missing, in: year)
                block.incomplete = pick(
                    "Năm \(year) chỉ có số liệu của \(short.reporting) trên \(short.planned) đơn vị được giao kế hoạch, "
                        + "thiếu \(missing.vi), nên không tính % kế hoạch và không chấm điểm năm này.",
                    "\(year) has the figures of \(short.reporting) of the \(short.planned) agencies given a plan, "
                        + "without \(missing.en), so no % of plan is computed and the year is not scored.")
            }
            blocks.append(block)
        }
        // Score and rank each year, and the movement from the year before.
        var ranks: [AgencyPageModel.RankLine] = []
        var previousRank: Int?
        for row in review.rankings.filter({ $0.agency == code }).sorted(by: { ($0.year ?? 9999) < ($1.year ?? 9999) }) {
            let size = review.rankings.filter { $0.year == row.year && $0.cluster == row.cluster }.count
            var movement = dash
            if row.year != nil, let previousRank {
                let delta = previousRank - row.rank
                movement = delta > 0 ? "▲ \(delta)" : delta < 0 ? "▼ \(-delta)" : "="
            }
            if row.year != nil { previousRank = row.rank }
            ranks.append(
                .init(
                    year: row.year.map(String.init) ?? pick("Cả giai đoạn", "Whole phase"),
                    score: language.format(row.score, decimals: 2),
                    rank: pick("\(row.rank)/\(size)", "\(row.rank) of \(size)"), movement: movement,
                    isLeader: row.isLeader))
        }
        let submissions = (rows.submissions[code] ?? []).map { s -> AgencyPageModel.SubmissionLine in
            let findings = (s.file.flatMap { rows.findings[$0] } ?? []).map { f in
                "\(f.line):\(f.column) \(pick(Vocabulary.severity(f.severity))) [\(f.code)] \(pick(f.message))"
            }
            return .init(
                year: String(s.year), agency: s.agency == code ? "" : agencyName(s.agency, s.agencyName),
                state: pick(Vocabulary.state(s.state)), stateClass: "state-" + s.state.rawValue,
                file: s.file ?? dash, revision: s.revision.map(String.init) ?? dash,
                submitted: s.submitted == nil ? dash : timestamp(s.submitted), findings: findings,
                hasFindings: !findings.isEmpty)
        }
        // Titles and commendations: how many each year, and the sector's and the state's awards by name.
        let awards = rows.awards(of: code)
        var byAward: [String: [Int: Int]] = [:]
        for row in awards { byAward[row.award, default: [:]][row.year, default: 0] += 1 }
        let awardCodes = byAward.keys.sorted {
            (reference.awards[$0]?.rank ?? 0, $1) > (reference.awards[$1]?.rank ?? 0, $0)
        }
        let awardLines = awardCodes.map { award -> AgencyPageModel.AwardLine in
            let counts = byAward[award]!
            return .init(
                award: awardName(award, reference.awards[award]?.name ?? award),
                level: reference.awards[award].map { pick(Vocabulary.awardLevel($0.level)) } ?? dash,
                cells: years.map { counts[$0].map(count) ?? dash }, total: count(counts.values.reduce(0, +)))
        }
        let notable = awards.filter { $0.level == .state || $0.level == .government || $0.recipientKind == .agency }
            .sorted { ($0.date, $0.decision, $0.recipient) < ($1.date, $1.decision, $1.recipient) }
            .map { a in
                AgencyPageModel.NotableAward(
                    year: String(a.year), decision: "\(a.decision), \(language.date(a.date))",
                    award: awardName(a.award, a.awardName), recipient: a.recipientName)
            }
        let nominations = rows.nominations(of: code)
        var tally: [VerdictKind: Int] = [:]
        for row in nominations { tally[row.verdict, default: 0] += 1 }
        let verdictCounts = [VerdictKind.eligible, .notEligible, .cannotVerify, .notChecked].map {
            "\(pick(Vocabulary.verdict($0))): \(count(tally[$0] ?? 0))"
        }.joined(separator: " · ")
        let verdicts = nominations.filter { $0.verdict == .notEligible || $0.verdict == .cannotVerify }.map { n in
            AgencyPageModel.VerdictLine(
                year: String(n.candidate.year), name: n.candidate.name,
                award: awardName(n.candidate.award, reference.awards[n.candidate.award]?.name ?? n.candidate.award),
                verdict: pick(Vocabulary.verdict(n.verdict)), reasons: n.objections.compactMap { $0.line?(language) })
        }
        let formerNames = formers.map { agencyName($0, reference.agencies[$0]?.name ?? $0) + " (\($0))" }
        return AgencyPageModel(
            lang: language.rawValue, t: HTMLText.labels(language),
            documentTitle: name + " — " + subject,
            organisation: pick("BẢO HIỂM XÃ HỘI VIỆT NAM", "VIETNAM SOCIAL SECURITY"),
            title: pick("Kết quả thi đua của đơn vị", "The agency's emulation results"),
            agencyLine: "\(name) (\(code))",
            clusterLine: cluster.isEmpty
                ? ""
                : pick("Cụm, khối thi đua: ", "Emulation cluster: ")
                    + clusterName(cluster, reference.clusters[cluster]?.name ?? cluster),
            includes: formerNames.isEmpty
                ? nil
                : pick("Gồm cả số liệu của các đơn vị trước đây: ", "Includes the figures of the former ")
                    + formerNames.joined(separator: ", "),
            periodLine: subject, chart: AgencyChart.fulfilment(self, code: code, years: years),
            years: blocks,
            clusterNote: clusterMissing
                ? pick(
                    "“—” ở cột cụm: năm đó đơn vị chưa thuộc cụm này (các đơn vị trước đây thuộc cụm của năm đó, xem báo cáo tổng kết).",
                    "“—” in the cluster column: the agency was not in this cluster that year (its former agencies were in that year's clusters; see the review)."
                )
                : nil,
            ranks: ranks, hasRanks: !ranks.isEmpty, submissions: submissions, hasSubmissions: !submissions.isEmpty,
            awardYears: years.map(String.init), awards: awardLines, hasAwards: !awardLines.isEmpty,
            notable: notable, hasNotable: !notable.isEmpty, verdictCounts: verdictCounts, verdicts: verdicts,
            hasVerdicts: !verdicts.isEmpty,
            footerLine: "emulation-review \(review.programVersion) · "
                + pick("Số liệu đến ngày ", "Figures as of ") + language.date(review.asOf) + " · "
                + pick("Ngày báo cáo ", "Report dated ") + language.date(review.date))
    }
}
