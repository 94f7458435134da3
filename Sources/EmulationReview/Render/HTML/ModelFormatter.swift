import Foundation

/// Formats the review's values for the model; one per rendering.
struct ModelFormatter {
    let review: Review
    let language: Language
    let reference: ReferenceData

    init(review: Review, language: Language) {
        self.review = review
        self.language = language
        reference = review.reference
    }

    var period: Period { review.period }
    var dash: String { "—" }

    /// The wording in the report's language.
    func pick(_ wording: Bilingual) -> String { wording(language) }

    /// A wording said once, written where it is used.
    func pick(_ vi: String, _ en: String) -> String { pick(Bilingual(vi, en)) }

    // MARK: Names in the report's language (English names come from the reference data where it has them)

    func agencyName(_ code: String, _ fallback: String) -> String {
        pick(fallback, reference.agencies[code]?.nameEn ?? fallback)
    }

    func clusterName(_ code: String, _ fallback: String) -> String {
        pick(fallback, reference.clusters[code]?.nameEn ?? fallback)
    }

    func indicatorName(_ code: String) -> String {
        guard let definition = reference.indicators[code] else { return code }
        return pick(definition.name, definition.nameEn ?? definition.name)
    }

    func awardName(_ code: String, _ fallback: String) -> String {
        pick(fallback, reference.awards[code]?.nameEn ?? fallback)
    }

    /// "giai đoạn 2016–2020" / "năm 2020".
    var periodPhrase: String {
        period.isPhase
            ? pick("giai đoạn \(period.first)–\(period.last)", "\(period.first)–\(period.last)")
            : pick("năm \(period.last)", "in \(period.last)")
    }

    var subject: String { ReportTitle.subject(review, language: language) }

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
        let text = language.format(value, decimals: decimals) + (unit == .percent ? pick(Vocabulary.points) : "")
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
        guard let day = review.headline.participantsAsOf[year], day != Day(year: year, month: 12, day: 31) else {
            return nil
        }
        return day
    }
}
