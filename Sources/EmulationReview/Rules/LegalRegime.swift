import Foundation

/// The legal regimes as the rules need them.
enum LegalRegime {
    /// Whether the regime applies Law 06/2022/QH15 (the rulebook says which law each regime applies).
    static func isLaw2022(_ regime: Regime) -> Bool { regime.law == .law2022 }

    /// "Law …, Decree …" of the regime in force, as the rulebook names it (`name`, and `nameEn` or else `name`).
    static func citation(on day: Day, rulebook: Rulebook) -> Bilingual {
        guard let regime = rulebook.regime(on: day) else {
            return Bilingual(
                "bộ quy tắc không có văn bản pháp luật nào có hiệu lực vào ngày \(Language.vi.date(day))",
                "no regime of the rulebook is in force on \(day)")
        }
        return Bilingual(regime.name, regime.nameEn ?? regime.name)
    }
}

extension Verdict {
    static func missingParameter(_ name: String, on day: Day) -> Verdict {
        .cannotVerify(
            Bilingual(
                "bộ quy tắc chưa có tham số \(name) áp dụng cho ngày \(Language.vi.date(day))",
                "the rulebook has no \(name) parameter for \(day)"))
    }

    static func noRegime(on day: Day) -> Verdict {
        .cannotVerify(
            Bilingual(
                "bộ quy tắc chưa có văn bản pháp luật nào có hiệu lực vào ngày \(Language.vi.date(day))",
                "the rulebook has no legal regime in force on \(day)"))
    }
}

extension Rulebook {
    /// A parameter in force on a day, as a positive whole number (a count of years or titles).
    func count(_ name: String, on day: Day) -> Int? {
        guard let value = parameter(name, on: day)?.value else { return nil }
        let whole = NSDecimalNumber(decimal: value).intValue
        return whole > 0 ? whole : nil
    }
}
