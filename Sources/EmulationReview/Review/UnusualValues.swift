import Foundation

/// Figures to check, the way public-health reporting flags outliers for follow-up: a value outside the catalogue's
/// usual range, or a change from the year before (the agency's own, its former agencies' added up) unlike its
/// cluster's. A warning in the findings and the agency's receipt, never a rejection.
///
/// The change of a count or an amount is the ratio to last year's figure (a rate is judged by its range only); it is unusual when its robust z-score among the cluster's
/// ratios that year (0.6745 · (r − median) ÷ median absolute deviation, taken as at least 5% of the median; the
/// sector's when the cluster has fewer than four) passes 3.5 and the figure moved by half or more (r ≥ 1.5 or r ≤ 2/3). With fewer than four ratios
/// to compare, a doubling or a halving is unusual. A whole sector that grows together is not flagged.
enum UnusualValues {
    static let codes: [FindingKind] = [.indicatorUnusualChange, .indicatorOutOfRange]

    static let threshold: Decimal = 3.5
    static let minimumPeers = 4

    static func findings(_ ctx: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        for year in ctx.yearsSoFar {
            guard let current = ctx.accepted[year] else { continue }
            let end = Day(year: year, month: 12, day: 31)
            // Last year's figures under the agencies that carry them at this year's end.
            var previous: [String: [String: [Decimal]]] = [:]
            for (agency, entry) in ctx.accepted[year - 1] ?? [:] {
                let heir = ctx.reference.lineage.heir(of: agency, on: end)
                for result in entry.submission.indicators {
                    previous[heir, default: [:]][result.code, default: []].append(result.actual)
                }
            }
            let comparableFlow =
                ctx.asOfByYear[year].map { a in ctx.asOfByYear[year - 1].map { (a.month, a.day) == ($0.month, $0.day) }
                }
                ?? nil
            var ratios: [String: [String: Decimal]] = [:]  // indicator → agency → ratio
            var before: [String: [String: Decimal]] = [:]  // indicator → agency → last year's figure
            for (agency, entry) in current {
                for result in entry.submission.indicators {
                    guard let definition = ctx.reference.indicators[result.code],
                        let values = previous[agency]?[result.code],
                        !values.isEmpty
                    else { continue }
                    // A rate is judged by its usual range; a flow only against the same part of last year.
                    if definition.unit == .percent || (definition.measure == .flow && comparableFlow != true) {
                        continue
                    }
                    let last = definition.unit == .percent ? values.sum / Decimal(values.count) : values.sum
                    guard last > 0 else { continue }
                    ratios[result.code, default: [:]][agency] = result.actual / last
                    before[result.code, default: [:]][agency] = last
                }
            }
            for agency in current.keys.sorted() {
                let entry = current[agency]!
                for result in entry.submission.indicators {
                    guard let definition = ctx.reference.indicators[result.code] else { continue }
                    let value = result.actual
                    if let low = definition.usualMin, value < low {
                        findings.append(range(entry, result, low, definition.usualMax))
                    } else if let high = definition.usualMax, value > high {
                        findings.append(range(entry, result, definition.usualMin, high))
                    }
                    guard let ratio = ratios[result.code]?[agency],
                        isUnusual(ratio, agency: agency, among: ratios[result.code] ?? [:], ctx: ctx)
                    else { continue }
                    let last = before[result.code]![agency]!
                    findings.append(
                        FindingKind.indicatorUnusualChange.make(
                            file: entry.file.path, at: result.location,
                            [
                                "indicator": "\(result.code)", "year": "\(year)",
                                "value": Bilingual(
                                    Language.vi.format(value, decimals: decimals(value)),
                                    Language.en.format(value, decimals: decimals(value))),
                                "previous": Bilingual(
                                    Language.vi.format(last, decimals: decimals(last)),
                                    Language.en.format(last, decimals: decimals(last))),
                                "ratio": Bilingual(
                                    Language.vi.format(ratio, decimals: 1), Language.en.format(ratio, decimals: 1)),
                            ]))
                }
            }
        }
        return findings
    }

    private static func decimals(_ value: Decimal) -> Int { value.rounded(0) == value ? 0 : 2 }

    private static func range(
        _ entry: (file: IngestedFile, submission: Submission), _ result: IndicatorResult, _ low: Decimal?,
        _ high: Decimal?
    ) -> Finding {
        func show(_ v: Decimal?, _ language: Language) -> String {
            v.map { language.format($0, decimals: decimals($0)) } ?? "…"
        }
        return FindingKind.indicatorOutOfRange.make(
            file: entry.file.path, at: result.location,
            [
                "indicator": "\(result.code)", "year": "\(entry.submission.year)",
                "value": Bilingual(show(result.actual, .vi), show(result.actual, .en)),
                "range": Bilingual("\(show(low, .vi))–\(show(high, .vi))", "\(show(low, .en))–\(show(high, .en))"),
            ])
    }

    /// Whether a ratio stands out among its cluster's (or the sector's) ratios that year.
    static func isUnusual(_ ratio: Decimal, agency: String, among all: [String: Decimal], ctx: ReviewContext) -> Bool {
        let moved = ratio >= Decimal(string: "1.5")! || ratio * 3 <= 2
        guard moved else { return false }
        let cluster = ctx.cluster(of: agency)
        var peers = all.filter { ctx.cluster(of: $0.key) == cluster }.map(\.value)
        if peers.count < minimumPeers { peers = Array(all.values) }
        if peers.count < minimumPeers { return ratio >= 2 || ratio * 2 <= 1 }
        let median = Self.median(peers)
        // The deviation counts at least 5% of the median: peers that all moved alike must not make a small
        // difference look extreme.
        let deviation = max(Self.median(peers.map { abs($0 - median) }), abs(median) / 20)
        guard deviation > 0 else { return ratio != median }
        return abs(Decimal(string: "0.6745")! * (ratio - median) / deviation) > threshold
    }

    static func median(_ values: [Decimal]) -> Decimal {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension FindingKind {
    static let indicatorUnusualChange = FindingKind(
        "indicator.unusual-change", .warning, parameters: ["indicator", "year", "value", "previous", "ratio"],
        vi:
            "chỉ tiêu {indicator} năm {year} là {value}, gấp {ratio} lần năm trước ({previous}), khác hẳn mức thay đổi của các đơn vị cùng cụm; kiểm tra lại số liệu, nếu đúng thì không cần làm gì",
        en:
            "{indicator} is {ratio} times last year's {previous} ({value} in {year}), unlike the other agencies of the cluster; check it (if it is right, nothing needs doing)",
        fields: ["indicator/@actual"], examples: [])

    static let indicatorOutOfRange = FindingKind(
        "indicator.out-of-range", .warning, parameters: ["indicator", "year", "value", "range"],
        vi:
            "chỉ tiêu {indicator} năm {year} là {value}, ngoài khoảng thường gặp {range} của danh mục chỉ tiêu; kiểm tra lại số liệu, nếu đúng thì không cần làm gì",
        en:
            "{indicator} is {value} in {year}, outside its usual range {range} in the catalogue; check it (if it is right, nothing needs doing)",
        fields: ["indicator/@actual"], examples: [])
}
