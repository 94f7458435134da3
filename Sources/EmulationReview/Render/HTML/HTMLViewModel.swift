import Foundation

/// The HTML report as the template sees it: plain values with every number, date and name already formatted in
/// the report's language, lists already sorted and filtered, so the template stays logic-less.
///
/// Mustache looks a missing or nil key up in the enclosing objects, so properties that may be nil have names
/// used nowhere else in the model.
struct HTMLViewModel {
    let lang: String
    let t: [String: String]
    let documentTitle: String
    let periodPhrase: String
    let header: Header
    let summary: Summary
    let submissions: SubmissionsPart
    let results: ResultsPart
    let ranking: RankingPart
    let movements: MovementsPart
    let awards: AwardsPart
    let eligibility: EligibilityPart
    let forms: [FormTable]
    let reorganisation: ReorganisationPart
    let findings: FindingsPart
    let footer: Footer

    struct Header {
        let dateline: String
        let subject: String
    }

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

    // MARK: 1. Submissions

    struct CompletenessLine {
        let year: String
        let deadline: String
        let expected: String
        let accepted: String
        let late: String
        let rejected: String
        let missing: String
        let superseded: String
    }

    struct SubmissionLine {
        let year: String
        let agency: String
        let agencyName: String
        let state: String
        let stateClass: String
        let file: String
        let revision: String
        let submitted: String
        let errors: String
        let warnings: String
    }

    struct SubmissionsPart {
        let years: [CompletenessLine]
        let completenessTotal: CompletenessLine?
        let exceptions: [SubmissionLine]
        let hasExceptions: Bool
    }

    // MARK: 2. Results

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

    // MARK: 3. Ranking

    struct Weight {
        let indicator: String
        let weight: String
    }

    struct RankLine {
        let rank: String
        let agency: String
        let agencyName: String
        let score: String
        let women: String
        let yearsScored: String
        let isLeader: Bool
        let rankNote: String?
    }

    struct RankCluster {
        let clusterName: String
        let agencies: [RankLine]
    }

    struct RankingPart {
        let scope: String
        let isPhase: Bool
        let method: [String]
        let formula: String
        let weights: [Weight]
        let clusters: [RankCluster]
        let hasClusters: Bool
        /// For the cluster heading rows that span the table.
        let columnCount: String
    }

    // MARK: 4. Movements

    struct KindLine {
        let kind: String
        let cells: [String]
        let total: String
    }

    struct MovementLine {
        let code: String
        let name: String
        let launchedBy: String
        let span: String
        let perYear: [FormCell]
        let participants: String
    }

    struct MovementKindGroup {
        let kindName: String
        let kindCount: String
        let movementLines: [MovementLine]
    }

    struct DocumentLine {
        let year: String
        let board: String
        let agencies: String
        let total: String
    }

    struct MovementsPart {
        let levels: [String]
        let kinds: [KindLine]
        let kindsTotal: KindLine
        let years: [String]
        let showYears: Bool
        let groups: [MovementKindGroup]
        /// Columns of the list, for its group headings.
        let listColumns: String
        let documents: [DocumentLine]
        let documentsTotal: DocumentLine
    }

    // MARK: 5. Awards

    struct AwardSummaryLine {
        let name: String
        let level: String
        let collectives: String
        let individuals: String
        let women: String
        let direct: String
        let minorities: String
        let reward: String
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
        let chart: String?
        let chartCaption: String
        let groups: [CommendedGroup]
        let agencyLevelNote: String?
    }

    // MARK: 6. Eligibility

    struct VerdictLine {
        let verdict: String
        let cells: [String]
        let total: String
    }

    struct NotEligibleLine {
        let year: String
        let name: String
        let kind: String
        let agencyName: String
        let award: String
        let source: String
        let location: String
        let reasons: [String]
    }

    struct ReasonCount {
        let rule: String
        let count: String
        let example: String
    }

    struct EligibilityPart {
        let sources: [String]
        let verdicts: [VerdictLine]
        let verdictsTotal: VerdictLine
        let notEligible: [NotEligibleLine]
        let hasNotEligible: Bool
        let cannotVerify: [ReasonCount]
        let hasCannotVerify: Bool
        let cannotVerifyCount: String
    }

    // MARK: 7. Forms

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

    // MARK: 8. Reorganisation

    struct ReorganisationLine {
        let agency: String
        let agencyName: String
        let successor: String
        let successorName: String
        let validTo: String
    }

    struct ReorganisationPart {
        let merged: [ReorganisationLine]
        let hasMerged: Bool
    }

    // MARK: 9. Findings

    struct FindingLine {
        let position: String
        let severity: String
        let severityClass: String
        let code: String
        let message: String
    }

    struct FindingFile {
        let file: String
        let fileCounts: String
        let fileFindings: [FindingLine]
    }

    struct FindingsPart {
        let overview: String
        let files: [FindingFile]
        let hasFindings: Bool
    }

    struct Footer {
        let program: String
        let period: String
        let asOf: String
        let inputs: String
        let csvFiles: [String]
    }
}

// MARK: - Building the model

extension HTMLViewModel {
    /// The indicator the headline and the cluster chart are about (SI + HI + UI policyholders).
    static let headlineIndicator = "PARTICIPANTS"

    init(review: Review, language: Language) {
        let f = ModelFormatter(review: review, language: language)
        lang = language.rawValue
        t = HTMLText.labels(language)
        header = Header(dateline: language.dateline(place: f.pick("Hà Nội", "Hanoi"), review.asOf), subject: f.subject)
        documentTitle = f.pick("Báo cáo ", "Report: ") + f.subject + f.pick(" — Bảo hiểm xã hội Việt Nam", " — Vietnam Social Security")
        periodPhrase = f.periodPhrase
        summary = f.summary()
        submissions = f.submissions()
        results = f.results()
        ranking = f.ranking()
        movements = f.movements()
        awards = f.awards()
        eligibility = f.eligibility()
        forms = f.forms()
        let merged = review.reorganisations.map { r in
            ReorganisationLine(agency: r.agency, agencyName: f.agencyName(r.agency, r.agencyName), successor: r.successor,
                               successorName: f.agencyName(r.successor, r.successorName), validTo: language.date(r.validTo))
        }
        reorganisation = ReorganisationPart(merged: merged, hasMerged: !merged.isEmpty)
        findings = f.findings()
        footer = f.footer()
    }
}

/// Formats the review's values for the model; one per rendering.
struct ModelFormatter {
    let review: Review
    let language: Language
    let words: Vocabulary
    let reference: ReferenceData

    init(review: Review, language: Language) {
        self.review = review
        self.language = language
        words = Vocabulary(language: language)
        reference = review.reference
    }

    var period: Period { review.period }
    var dash: String { "—" }

    func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    // MARK: Names in the report's language (English names come from the reference data where it has them)

    func agencyName(_ code: String, _ fallback: String) -> String {
        language == .en ? (reference.agencies[code]?.nameEn ?? fallback) : fallback
    }

    func clusterName(_ code: String, _ fallback: String) -> String {
        language == .en ? (reference.clusters[code]?.nameEn ?? fallback) : fallback
    }

    func indicatorName(_ code: String) -> String {
        guard let definition = reference.indicators[code] else { return code }
        return language == .en ? (definition.nameEn ?? definition.name) : definition.name
    }

    func awardName(_ code: String, _ fallback: String) -> String {
        language == .en ? (reference.awards[code]?.nameEn ?? fallback) : fallback
    }

    /// "giai đoạn 2016–2020" / "năm 2020".
    var periodPhrase: String {
        period.isPhase ? pick("giai đoạn \(period.first)–\(period.last)", "\(period.first)–\(period.last)")
            : pick("năm \(period.last)", "in \(period.last)")
    }

    var subject: String {
        period.isPhase ? pick("Tổng kết công tác thi đua, khen thưởng giai đoạn \(period.first)–\(period.last)",
                              "Review of emulation and commendation work, \(period.first)–\(period.last)")
            : pick("Tổng kết công tác thi đua, khen thưởng năm \(period.last)",
                   "Review of emulation and commendation work in \(period.last)")
    }

    // MARK: Numbers

    func number(_ value: Decimal?, decimals: Int = 0) -> String {
        value.map { language.format($0, decimals: decimals) } ?? dash
    }

    func count(_ value: Int) -> String { language.format(value) }

    func percent(_ value: Decimal?) -> String { value.map { language.percent($0) } ?? dash }

    /// An indicator's value in its unit: persons and money whole, percentages with two decimals.
    func value(_ value: Decimal?, unit: IndicatorUnit?) -> String {
        guard let value else { return dash }
        return unit == .percent ? language.percent(value) : language.format(value, decimals: 0)
    }

    func signed(_ text: String, negative: Bool, zero: Bool) -> String {
        negative || zero ? text : "+" + text
    }

    func change(_ value: Decimal?, unit: IndicatorUnit?) -> String {
        guard let value else { return dash }
        let decimals = unit == .percent ? 2 : 0
        let text = language.format(value, decimals: decimals) + (unit == .percent ? words.points : "")
        return signed(text, negative: value < 0, zero: value.rounded(decimals) == 0)
    }

    func changePercent(_ value: Decimal?) -> String {
        guard let value else { return dash }
        return signed(language.percent(value), negative: value < 0, zero: value.rounded(2) == 0)
    }

    /// `2020-09-22T16:05:00+07:00` → `22/09/2020 16:05` (the zone is shown when it is not Vietnam's).
    func timestamp(_ text: String?) -> String {
        guard let text, let day = Day(iso: text) else { return text ?? dash }
        let rest = text.dropFirst(11)
        let time = String(rest.prefix(5))
        let zone = rest.count > 8 ? String(rest.dropFirst(8).drop { $0 == "." || $0.isNumber }) : ""
        return language.date(day) + " " + time + (zone == "+07:00" || zone.isEmpty ? "" : " " + zone)
    }

    var sectorRows: [IndicatorRow] { review.indicators.filter { $0.scope == .sector } }

    /// The as-of date of a year's figures, when it is not the year's end (a report made during the year).
    func partialYearAsOf(_ year: Int) -> Day? {
        guard let day = review.headline.participantsAsOf[year], day != Day(year: year, month: 12, day: 31) else { return nil }
        return day
    }

    // MARK: Summary

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
        let last = period.last
        let lastAsOf = h.participantsAsOf[last]
        let asOfText = lastAsOf.map { pick("đến \(language.date($0))", "at \(language.date($0))") } ?? pick("năm \(last)", "in \(last)")

        // Policyholders: the last year against its plan, then the year before and the baseline for scale.
        if let lastValue = h.participants[last] {
            keyFigures.append(.init(value: number(lastValue), label: pick("người tham gia BHXH, BHYT, BHTN \(asOfText)",
                                                                          "SI, HI and UI policyholders \(asOfText)")))
            if let fulfilment = h.lastYearFulfilment {
                keyFigures.append(.init(value: percent(fulfilment), label: pick("kế hoạch năm \(last) về người tham gia",
                                                                                 "of the \(last) plan for policyholders")))
            }
            var parts: [String] = []
            var lastPart = pick("\(number(lastValue)) người \(asOfText)", "\(number(lastValue)) \(asOfText)")
            if let fulfilment = h.lastYearFulfilment {
                lastPart += pick(", bằng \(percent(fulfilment)) kế hoạch năm \(last)", ", \(percent(fulfilment)) of the \(last) plan")
                if let plan = h.lastYearPlan { lastPart += pick(" (\(number(plan)) người)", " (\(number(plan)))") }
            }
            parts.append(lastPart)
            // A one-year report reads the year before only for comparison: say it from the change.
            if !period.isPhase, let row = sector.first(where: { $0.year == last }), let before = row.previousActual {
                parts.append(pick("\(number(before)) người năm \(last - 1) (\(changePercent(row.changePercent)))",
                                  "\(number(before)) in \(last - 1) (\(changePercent(row.changePercent)))"))
            }
            for year in years.reversed() where year != last && (year == last - 1 || year == period.baselineYear) {
                let note = year == period.baselineYear ? pick(" (năm gốc)", " (baseline)") : ""
                parts.append(pick("\(number(h.participants[year])) người năm \(year)\(note)",
                                  "\(number(h.participants[year])) in \(year)\(note)"))
            }
            facts.append(.init(term: indicatorName(code), detail: parts.joined(separator: "; ") + ".", items: []))
        }
        if let voluntary = h.voluntaryLastYear {
            keyFigures.append(.init(value: number(voluntary), label: pick("người tham gia BHXH tự nguyện \(asOfText)",
                                                                          "voluntary SI participants \(asOfText)")))
            facts.append(.init(term: indicatorName("SI-VOLUNTARY"),
                               detail: pick("\(number(voluntary)) người \(asOfText).", "\(number(voluntary)) \(asOfText)."),
                               items: []))
        }
        // Guidance documents of the board, per year of the period.
        let documentYears = h.boardDocuments.keys.sorted().filter { period.years.contains($0) }
        if !documentYears.isEmpty {
            let total = documentYears.compactMap { h.boardDocuments[$0] }.reduce(0, +)
            let perYear = documentYears.map { "\(count(h.boardDocuments[$0] ?? 0)) (\($0))" }.joined(separator: ", ")
            facts.append(.init(term: pick("Văn bản hướng dẫn về thi đua, khen thưởng do Bảo hiểm xã hội Việt Nam ban hành",
                                          "Guidance documents on emulation and commendation issued by VSS"),
                               detail: pick("\(count(total)) văn bản: \(perYear).", "\(count(total)) documents: \(perYear)."),
                               items: []))
        }
        // Movements by kind, in the order of the sector's own reports.
        let kinds = h.movementsByKind.keys.sorted { $0.order < $1.order }
        if !kinds.isEmpty {
            let total = h.movementsByKind.values.reduce(0, +)
            let byKind = kinds.map { "\(count(h.movementsByKind[$0] ?? 0)) \(words.movementKindPhrase($0))" }.joined(separator: ", ")
            facts.append(.init(term: pick("Phong trào thi đua", "Emulation movements"),
                               detail: pick("\(count(total)) phong trào: \(byKind).", "\(count(total)) movements: \(byKind)."),
                               items: []))
        }
        // State and government awards, the classes of an order counted together as the sector reports them.
        let high = stateAndGovernmentAwards()
        if !high.isEmpty {
            facts.append(.init(term: pick("Khen thưởng cấp Nhà nước và Chính phủ", "State and Government awards"),
                               detail: "", items: high))
        }
        keyFigures.append(.init(value: "\(count(h.agenciesAccepted))/\(count(h.agenciesExpected))",
                                label: pick("báo cáo của đơn vị được chấp nhận", "agency reports accepted")))
        let years5 = period.years.count
        let expected = period.isPhase
            ? pick("Trong \(years5) năm có \(count(h.agenciesExpected)) lượt đơn vị phải báo cáo",
                   "Over \(years5) years \(count(h.agenciesExpected)) agency reports were expected")
            : pick("\(count(h.agenciesExpected)) đơn vị phải báo cáo", "\(count(h.agenciesExpected)) agency reports were expected")
        facts.append(.init(
            term: pick("Báo cáo của các đơn vị", "Agencies' reports"),
            detail: expected + pick(": \(count(h.agenciesAccepted)) được chấp nhận (\(count(h.agenciesLate)) gửi muộn), \(count(h.agenciesRejected)) bị từ chối, \(count(h.agenciesMissing)) không gửi.",
                                    ": \(count(h.agenciesAccepted)) accepted (\(count(h.agenciesLate)) late), \(count(h.agenciesRejected)) rejected, \(count(h.agenciesMissing)) missing."),
            items: []))
        facts.append(.init(term: pick("Thẩm định khen thưởng", "Eligibility review"),
                           detail: pick("\(count(h.eligibilityProblems)) trường hợp chưa đủ điều kiện, tiêu chuẩn (mục 6).",
                                        "\(count(h.eligibilityProblems)) \(h.eligibilityProblems == 1 ? "case" : "cases") not eligible (section 6)."),
                           items: []))
        let chart = participants.count >= 2 ? HTMLCharts.participants(self) : nil
        return .init(keyFigures: keyFigures, facts: facts, participants: participants, participantsChart: chart)
    }

    /// "Huân chương Lao động: 11 tập thể, 6 cá nhân" for each state or government award family, highest first.
    func stateAndGovernmentAwards() -> [String] {
        var families: [(name: String, rank: Int, collectives: Int, individuals: Int)] = []
        for row in review.awardSummary where row.level == .state || row.level == .government {
            let name = family(of: row)
            if let index = families.firstIndex(where: { $0.name == name }) {
                families[index].collectives += row.collectives
                families[index].individuals += row.individuals
                families[index].rank = max(families[index].rank, row.rank)
            } else {
                families.append((name, row.rank, row.collectives, row.individuals))
            }
        }
        return families.map { f in
            var parts: [String] = []
            if f.collectives > 0 { parts.append(pick("\(count(f.collectives)) tập thể", "\(count(f.collectives)) collectives")) }
            if f.individuals > 0 { parts.append(pick("\(count(f.individuals)) cá nhân", "\(count(f.individuals)) individuals")) }
            return f.name + ": " + parts.joined(separator: ", ")
        }
    }

    /// An order's name without its class ("Huân chương Lao động hạng Ba" → "Huân chương Lao động"): the catalogue
    /// has one award per class, while the sector reports an order's classes together.
    func family(of row: AwardSummaryRow) -> String {
        let name = awardName(row.award, row.awardName)
        guard reference.awards[row.award]?.kind == .order else { return name }
        if let range = name.range(of: " hạng ", options: .backwards) { return String(name[..<range.lowerBound]) }
        if name.hasSuffix(" Class"), let comma = name.range(of: ", ", options: .backwards) {
            return String(name[..<comma.lowerBound])
        }
        return name
    }

    // MARK: 1. Submissions

    func submissions() -> HTMLViewModel.SubmissionsPart {
        func line(_ year: String, _ deadline: String, _ s: [CompletenessSummary]) -> HTMLViewModel.CompletenessLine {
            .init(year: year, deadline: deadline, expected: count(s.map(\.expected).reduce(0, +)),
                  accepted: count(s.map(\.accepted).reduce(0, +)), late: count(s.map(\.late).reduce(0, +)),
                  rejected: count(s.map(\.rejected).reduce(0, +)), missing: count(s.map(\.missing).reduce(0, +)),
                  superseded: count(s.map(\.supersededFiles).reduce(0, +)))
        }
        let years = review.completeness.sorted { $0.year < $1.year }
            .map { line(String($0.year), $0.deadline.map(language.date) ?? dash, [$0]) }
        let total = period.isPhase ? line(pick("Cả giai đoạn", "Whole phase"), "", review.completeness) : nil
        let exceptions = review.submissions.filter { $0.state != .onTime }.map { s in
            HTMLViewModel.SubmissionLine(
                year: String(s.year), agency: s.agency, agencyName: agencyName(s.agency, s.agencyName),
                state: words.state(s.state), stateClass: "state-" + s.state.rawValue, file: s.file ?? dash,
                revision: s.revision.map(String.init) ?? dash, submitted: s.submitted == nil ? dash : timestamp(s.submitted),
                errors: count(s.errors), warnings: count(s.warnings))
        }
        return .init(years: years, completenessTotal: total, exceptions: exceptions, hasExceptions: !exceptions.isEmpty)
    }

    // MARK: 2. Results

    func results() -> HTMLViewModel.ResultsPart {
        let definitions = reference.catalogue.indicators
        let sector = sectorRows
        let lastAsOf = partialYearAsOf(period.last)
        let groups = definitions.compactMap { d -> HTMLViewModel.IndicatorGroup? in
            let rows = sector.filter { $0.indicator == d.code }.sorted { $0.year < $1.year }
            guard !rows.isEmpty else { return nil }
            return .init(name: indicatorName(d.code), unit: words.unit(d.unit), lowerIsBetter: d.better == .lower,
                         rows: rows.map { r in
                             var note = r.year == period.baselineYear ? pick("năm gốc", "baseline") : nil
                             if let asOf = partialYearAsOf(r.year) { note = pick("đến \(language.date(asOf))", "at \(language.date(asOf))") }
                             return .init(year: String(r.year), yearNote: note, plan: value(r.plan, unit: d.unit),
                                          actual: value(r.actual, unit: d.unit), fulfilment: percent(r.fulfilment),
                                          belowPlan: (r.fulfilment ?? 100) < 100, change: change(r.change, unit: d.unit),
                                          changePercent: d.unit == .percent ? dash : changePercent(r.changePercent))
                         })
        }
        let growth = review.growth.filter { $0.scope == .sector }
        let growthLines = definitions.compactMap { d -> HTMLViewModel.GrowthLine? in
            guard let g = growth.first(where: { $0.indicator == d.code }) else { return nil }
            return .init(name: indicatorName(d.code), unit: words.unit(d.unit), baseline: value(g.baseline, unit: d.unit),
                         last: value(g.last, unit: d.unit),
                         growth: d.unit == .percent ? change(g.last.flatMap { l in g.baseline.map { l - $0 } }, unit: d.unit)
                             : changePercent(g.growthPercent))
        }
        // Clusters in the last year: fulfilment of each indicator that any cluster has.
        let last = period.last
        let clusterRows = review.indicators.filter { $0.scope == .cluster && $0.year == last }
        let columns = definitions.filter { d in clusterRows.contains { $0.indicator == d.code && $0.fulfilment != nil } }
        let clusterCodes = Set(clusterRows.map(\.code)).sorted()
        let clusterLines = clusterCodes.map { code -> HTMLViewModel.ClusterLine in
            let rows = clusterRows.filter { $0.code == code }
            let reporting = rows.map(\.reporting).max() ?? 0
            let planned = rows.map(\.planned).max() ?? 0
            return .init(cluster: code, clusterName: clusterName(code, rows.first?.name ?? code),
                         reporting: reporting == planned ? count(reporting) : "\(count(reporting))/\(count(planned))",
                         cells: columns.map { d in
                             let f = rows.first { $0.indicator == d.code }?.fulfilment
                             return .init(text: f.map { language.format($0, decimals: 2) } ?? "", belowPlan: (f ?? 100) < 100)
                         })
        }
        let chartRows = clusterRows.filter { $0.indicator == HTMLViewModel.headlineIndicator && $0.fulfilment != nil }
            .sorted { $0.code < $1.code }
        let asOfNote = lastAsOf.map {
            pick("Số liệu năm \(last) tính đến ngày \(language.date($0)); kế hoạch là kế hoạch cả năm.",
                 "Figures for \(last) are at \(language.date($0)); the plan is the whole year's.")
        }
        let caption = pick("Mức hoàn thành kế hoạch \(indicatorName(HTMLViewModel.headlineIndicator).lowercasedFirst) theo cụm, khối thi đua, năm \(last)",
                           "Fulfilment of the plan for \(indicatorName(HTMLViewModel.headlineIndicator).lowercasedFirst) by cluster or bloc, \(last)")
        return .init(asOfNote: asOfNote, indicators: groups, growthLines: growthLines, hasGrowth: !growthLines.isEmpty,
                     growthBaseline: period.baselineYear.map(String.init) ?? "", growthLast: String(last),
                     clusterYear: String(last), clusterColumns: columns.map { indicatorName($0.code) },
                     clusterLines: clusterLines, hasClusters: !clusterLines.isEmpty && !columns.isEmpty,
                     clusterChart: chartRows.isEmpty ? nil : HTMLCharts.clusterFulfilment(self, rows: chartRows, title: caption),
                     clusterChartCaption: caption)
    }

    // MARK: 3. Ranking

    func ranking() -> HTMLViewModel.RankingPart {
        let year: Int? = period.isPhase ? nil : period.last
        let rows = review.rankings.filter { $0.year == year }
        var clusters: [HTMLViewModel.RankCluster] = []
        for code in Set(rows.map(\.cluster)).sorted() {
            let members = rows.filter { $0.cluster == code }.sorted { $0.rank < $1.rank }
            clusters.append(.init(clusterName: clusterName(code, members.first?.clusterName ?? code), agencies: members.map { r in
                var notes: [String] = []
                if r.isLeader { notes.append(words.leader) }
                if let tie = r.tieBreak { notes.append(words.tieBreak(tie)) }
                return .init(rank: String(r.rank), agency: r.agency, agencyName: agencyName(r.agency, r.agencyName),
                             score: language.format(r.score, decimals: 2), women: percent(r.womenShare),
                             yearsScored: String(r.yearsScored), isLeader: r.isLeader,
                             rankNote: notes.isEmpty ? nil : notes.joined(separator: "; "))
            }))
        }
        let scoring = reference.rulebook.scoring
        let cap = language.percent(scoring.cap, decimals: 0)
        let women = language.percent(scoring.womenPreferenceShare, decimals: 0)
        var weightCodes = reference.catalogue.indicators.map(\.code).filter { scoring.weights[$0] != nil }
        weightCodes += scoring.weights.keys.filter { !weightCodes.contains($0) }.sorted()
        let weights = weightCodes.compactMap { code -> HTMLViewModel.Weight? in
            guard let w = scoring.weights[code], w > 0 else { return nil }
            return .init(indicator: indicatorName(code), weight: language.format(w, decimals: w.rounded(0) == w ? 0 : 2))
        }
        var method = [
            pick("Mỗi đơn vị được chấm điểm trong cụm, khối thi đua của mình theo kết quả thực hiện kế hoạch được giao. Điểm là trung bình có trọng số của tỷ lệ hoàn thành kế hoạch từng chỉ tiêu, mỗi tỷ lệ tính tối đa \(cap); chỉ tính các chỉ tiêu có cả kế hoạch và kết quả. Với chỉ tiêu càng thấp càng tốt, tỷ lệ hoàn thành = kế hoạch ÷ thực hiện.",
                 "Each agency is scored within its emulation cluster or bloc on its results against the assigned plan. The score is the weighted mean of its fulfilment of each indicator, each counted at most \(cap), over the indicators that have both a plan and a result. For an indicator where lower is better, fulfilment = plan ÷ actual."),
            pick("Khi hai đơn vị bằng điểm (làm tròn hai chữ số thập phân), ưu tiên đơn vị có tỷ lệ nữ từ \(women) trở lên (Nghị định 98/2023/NĐ-CP, Điều 4), sau đó xếp theo mã đơn vị.",
                 "On equal scores (to two decimals) the agency whose staff are at least \(women) women comes first (Decree 98/2023/ND-CP, Art. 4), then the lower agency code."),
        ]
        if period.isPhase {
            method.append(pick("Điểm giai đoạn là trung bình điểm các năm đơn vị được chấm; tỷ lệ nữ là trung bình các năm; đơn vị đã sáp nhập được tính vào đơn vị tiếp nhận.",
                               "The phase score is the mean of the agency's yearly scores; the women share is the mean over those years; a merged agency counts under its successor."))
        }
        return .init(scope: periodPhrase, isPhase: period.isPhase, method: method,
                     formula: pick("Điểm = Σ (trọng số × min(% hoàn thành, \(cap))) ÷ Σ trọng số",
                                   "Score = Σ (weight × min(% fulfilled, \(cap))) ÷ Σ weight"),
                     weights: weights, clusters: clusters, hasClusters: !clusters.isEmpty,
                     columnCount: period.isPhase ? "6" : "5")
    }

    // MARK: 4. Movements

    func movements() -> HTMLViewModel.MovementsPart {
        let levels: [LaunchLevel] = [.national, .sector, .cluster, .agency]
        let kinds: [MovementKind] = [.primeMinister, .phased, .annual, .thematic]
        let list = review.movements
        let kindLines = kinds.map { kind -> HTMLViewModel.KindLine in
            let ofKind = list.filter { $0.kind == kind }
            return .init(kind: words.movementKind(kind),
                         cells: levels.map { level in count(ofKind.filter { $0.launchedBy == level }.count) },
                         total: count(ofKind.count))
        }
        let total = HTMLViewModel.KindLine(kind: pick("Tổng số", "Total"),
                                           cells: levels.map { level in count(list.filter { $0.launchedBy == level }.count) },
                                           total: count(list.count))
        let groups = kinds.compactMap { kind -> HTMLViewModel.MovementKindGroup? in
            let ofKind = list.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return .init(kindName: words.movementKind(kind), kindCount: count(ofKind.count), movementLines: ofKind.map { m in
                HTMLViewModel.MovementLine(
                    code: m.code, name: language == .en ? (m.nameEn ?? m.name) : m.name, launchedBy: words.launchLevel(m.launchedBy),
                    span: language.date(m.start) + " – " + (m.end.map(language.date) ?? ""),
                    perYear: period.years.map { year in
                        let n = m.participantsByYear[year] ?? 0
                        return .init(text: count(n), zero: n == 0)
                    },
                    participants: count(m.participants.count))
            })
        }
        let documents = period.years.map { year -> HTMLViewModel.DocumentLine in
            let ofYear = review.documents.filter { $0.year == year }
            let board = ofYear.filter { $0.issuer == "VSS" }.count
            return .init(year: String(year), board: count(board), agencies: count(ofYear.count - board), total: count(ofYear.count))
        }
        let boardTotal = review.documents.filter { $0.issuer == "VSS" }.count
        let documentsTotal = HTMLViewModel.DocumentLine(year: pick("Tổng số", "Total"), board: count(boardTotal),
                                                        agencies: count(review.documents.count - boardTotal),
                                                        total: count(review.documents.count))
        return .init(levels: levels.map(words.launchLevel), kinds: kindLines, kindsTotal: total,
                     years: period.years.map(String.init), showYears: period.isPhase, groups: groups,
                     listColumns: String(4 + (period.isPhase ? period.years.count : 0)), documents: documents,
                     documentsTotal: documentsTotal)
    }

    // MARK: 5. Awards

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
        func reward(_ value: Decimal) -> String { value == 0 ? dash : number(value) }
        let s = awardSummary
        let summaryLines = s.map { s in
            HTMLViewModel.AwardSummaryLine(
                name: awardName(s.award, s.awardName), level: words.awardLevel(s.level), collectives: count(s.collectives),
                individuals: count(s.individuals), women: count(s.women), direct: count(s.directWorkers),
                minorities: count(s.ethnicMinorities), reward: reward(s.rewardTotal))
        }
        let total = HTMLViewModel.AwardSummaryLine(
            name: pick("Tổng số", "Total"), level: "", collectives: count(s.map(\.collectives).reduce(0, +)),
            individuals: count(s.map(\.individuals).reduce(0, +)), women: count(s.map(\.women).reduce(0, +)),
            direct: count(s.map(\.directWorkers).reduce(0, +)), minorities: count(s.map(\.ethnicMinorities).reduce(0, +)),
            reward: reward(s.map(\.rewardTotal).reduce(0, +)))
        // The commended list: every award at sector level and above, by form, highest form first.
        let listed = review.awards.filter { $0.level != .agency }
        let groups = s.filter { $0.level != .agency }.enumerated().map { index, summary -> HTMLViewModel.CommendedGroup in
            let rows = listed.filter { $0.award == summary.award }
            return .init(id: "award-\(index + 1)", name: awardName(summary.award, summary.awardName),
                         level: words.awardLevel(summary.level), counts: collectivesAndIndividuals(summary),
                         commended: rows.map { a in
                             .init(year: String(a.year), decision: a.decision, date: language.date(a.date),
                                   recipient: a.recipientKind == .agency ? agencyName(a.recipient, a.recipientName) : a.recipientName,
                                   kind: words.recipientKind(a.recipientKind),
                                   agencyName: agencyName(a.agency, a.agencyName))
                         })
        }
        let agencyLevel = s.filter { $0.level == .agency }
        let agencyCount = agencyLevel.map { $0.collectives + $0.individuals }.reduce(0, +)
        let names = agencyLevel.map { awardName($0.award, $0.awardName) }.joined(separator: ", ")
        let note = agencyCount == 0 ? nil : pick(
            "Ngoài ra, \(count(agencyCount)) danh hiệu, hình thức khen thưởng cấp cơ sở (\(names)) không liệt kê tên ở đây; danh sách đầy đủ trong awards.csv.",
            "Besides these, \(count(agencyCount)) agency-level titles and commendations (\(names)) are counted above but not listed by name; awards.csv lists them all.")
        let chartRows = s.filter { $0.level != .agency }
        let caption = pick("Khen thưởng từ cấp ngành trở lên theo hình thức, \(periodPhrase)",
                           "Awards at sector level and above by form, \(periodPhrase)")
        return .init(summaryLines: summaryLines, summaryTotal: total,
                     chart: chartRows.isEmpty ? nil : HTMLCharts.awardsByForm(self, rows: chartRows, title: caption),
                     chartCaption: caption, groups: groups, agencyLevelNote: note)
    }

    func collectivesAndIndividuals(_ s: AwardSummaryRow) -> String {
        var parts: [String] = []
        if s.collectives > 0 { parts.append(pick("\(count(s.collectives)) tập thể", "\(count(s.collectives)) collectives")) }
        if s.individuals > 0 { parts.append(pick("\(count(s.individuals)) cá nhân", "\(count(s.individuals)) individuals")) }
        return parts.joined(separator: ", ")
    }

    // MARK: 6. Eligibility

    func eligibility() -> HTMLViewModel.EligibilityPart {
        let sources: [Candidate.Source] = [.nomination, .title, .decision]
        let verdicts: [VerdictKind] = [.eligible, .notEligible, .cannotVerify, .notChecked]
        let rows = review.nominations
        // One pass over what may be hundreds of thousands of rows, counting without copying them.
        var tally: [VerdictKind: [Candidate.Source: Int]] = [:]
        for row in rows { tally[row.verdict, default: [:]][row.candidate.source, default: 0] += 1 }
        let verdictLines = verdicts.map { v -> HTMLViewModel.VerdictLine in
            let ofVerdict = tally[v] ?? [:]
            return .init(verdict: words.verdict(v), cells: sources.map { count(ofVerdict[$0] ?? 0) },
                         total: count(ofVerdict.values.reduce(0, +)))
        }
        let total = HTMLViewModel.VerdictLine(verdict: pick("Tổng số", "Total"),
                                              cells: sources.map { source in count(tally.values.map { $0[source] ?? 0 }.reduce(0, +)) },
                                              total: count(rows.count))
        let notEligible: [HTMLViewModel.NotEligibleLine] = rows.lazy.filter { $0.verdict == .notEligible }.map { n in
            let c = n.candidate
            return HTMLViewModel.NotEligibleLine(
                year: String(c.year), name: c.name, kind: words.recipientKind(c.recipientKind),
                agencyName: agencyName(c.agency, reference.agencies[c.agency]?.name ?? c.agency),
                award: awardName(c.award, reference.awards[c.award]?.name ?? c.award), source: words.source(c.source),
                location: "\(c.file):\(c.location.line)", reasons: n.objections.compactMap(\.line))
        }
        // Cannot-verify cases grouped by the rule that could not decide, with one reason as an example.
        var byRule: [String: (count: Int, example: String)] = [:]
        var undecided = 0
        for row in rows where row.verdict == .cannotVerify {
            undecided += 1
            for result in row.objections {
                let entry = byRule[result.code] ?? (0, result.line!)
                byRule[result.code] = (entry.count + 1, entry.example)
            }
        }
        let cannotVerify = byRule.keys.sorted().map { rule in
            HTMLViewModel.ReasonCount(rule: rule, count: count(byRule[rule]!.count), example: byRule[rule]!.example)
        }
        return .init(sources: sources.map(words.source), verdicts: verdictLines, verdictsTotal: total, notEligible: notEligible,
                     hasNotEligible: !notEligible.isEmpty, cannotVerify: cannotVerify, hasCannotVerify: !cannotVerify.isEmpty,
                     cannotVerifyCount: count(undecided))
    }

    // MARK: 7. Forms

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
                    if groups.last?.code == part.group { groups[groups.count - 1].span += 1 } else { groups.append((part.group, 1)) }
                }
                let top = rowLabels.map { HTMLViewModel.HeaderCell(label: $0.label, colspan: "1", rowspan: "2", isColumn: true) }
                    + groups.map { g in
                        HTMLViewModel.HeaderCell(
                            label: g.code == "total" ? pick("Tổng số", "Total") : awardName(g.code, reference.awards[g.code]?.name ?? g.code),
                            colspan: String(g.span), rowspan: "1", isColumn: false)
                    }
                let bottom = parts.map { p in
                    HTMLViewModel.HeaderCell(label: p.part == "collective" ? pick("Tập thể", "Collectives") : pick("Cá nhân", "Individuals"),
                                             colspan: "1", rowspan: "1", isColumn: true)
                }
                headerRows = [.init(headerCells: top), .init(headerCells: bottom)]
            } else {
                headerRows = [.init(headerCells: rowLabels + form.columns.map { c in
                    .init(label: language == .vi ? c.label : c.labelEn, colspan: "1", rowspan: "1", isColumn: true)
                })]
            }
            let lines = form.rows.map { row in
                HTMLViewModel.FormLine(
                    code: row.code, label: language == .vi ? row.label : row.labelEn, indent: "indent-\(min(row.indent, 3))",
                    isHeading: row.values.isEmpty,
                    values: row.values.isEmpty ? form.columns.map { _ in .init(text: "", zero: false) }
                        : row.values.map { .init(text: count($0), zero: $0 == 0) })
            }
            return .init(id: "form-\(index + 1)", code: form.code, title: language == .vi ? form.title : form.titleEn,
                         wide: form.columns.count > 6, headerRows: headerRows, lines: lines)
        }
    }

    // MARK: 9. Findings

    func findings() -> HTMLViewModel.FindingsPart {
        var files: [HTMLViewModel.FindingFile] = []
        var order: [String] = []
        var byFile: [String: [Finding]] = [:]
        for finding in review.findings.sorted() {
            if byFile[finding.file] == nil { order.append(finding.file) }
            byFile[finding.file, default: []].append(finding)
        }
        for file in order {
            let list = byFile[file]!.sorted { ($0.severity, $0.location) < ($1.severity, $1.location) }
            files.append(.init(file: file, fileCounts: errorsAndWarnings(list), fileFindings: list.map { f in
                .init(position: "\(f.line):\(f.column)", severity: words.severity(f.severity),
                      severityClass: f.severity.rawValue, code: f.code, message: f.message)
            }))
        }
        let overview = review.findings.isEmpty ? ""
            : errorsAndWarnings(review.findings) + pick(" trong \(count(order.count)) tệp.", " in \(count(order.count)) files.")
        return .init(overview: overview, files: files, hasFindings: !files.isEmpty)
    }

    func errorsAndWarnings(_ list: [Finding]) -> String {
        let errors = list.filter { $0.severity == .error }.count
        let warnings = list.count - errors
        return pick("\(count(errors)) lỗi, \(count(warnings)) cảnh báo", "\(count(errors)) errors, \(count(warnings)) warnings")
    }

    // MARK: Footer

    func footer() -> HTMLViewModel.Footer {
        let files = Set(review.submissions.compactMap(\.file)).count
        let years = period.isPhase ? "\(period.first)–\(period.last)" : String(period.last)
        return .init(program: "emulation-review \(review.programVersion)",
                     period: pick("Kỳ báo cáo: \(years)", "Period: \(years)"),
                     asOf: pick("Số liệu đến ngày \(language.date(review.asOf))", "Figures as of \(language.date(review.asOf))"),
                     inputs: pick("Lập từ \(count(files)) tệp báo cáo của các đơn vị, cùng dữ liệu tham chiếu và tệp của Ban Thi đua - Khen thưởng.",
                                  "Generated from \(count(files)) agency submission files, with the reference data and the board's files."),
                     csvFiles: CSVReports.tables(review, language: language).map(\.name))
    }
}

extension String {
    /// "Người tham gia…" → "người tham gia…", for a name inside a sentence; "SI, HI…" stays as it is.
    fileprivate var lowercasedFirst: String {
        guard let first, let second = dropFirst().first, second.isLowercase else { return self }
        return first.lowercased() + dropFirst()
    }
}
