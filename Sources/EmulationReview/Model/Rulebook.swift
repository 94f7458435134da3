import Foundation

/// A legal regime (the Law and Decree in force), from its start date until the next one starts.
public struct Regime: Sendable, Hashable, Codable {
    /// The Law on Emulation and Commendation a regime applies; the rules' requirements differ between the two.
    public enum Law: String, Sendable, Hashable, Codable {
        /// Law of 2003, amended in 2013 (with Decree 42/2010, then Decree 91/2017).
        case law2003 = "2003"
        /// Law 06/2022/QH15 (with Decree 98/2023, then Decree 152/2025).
        case law2022 = "2022"
    }

    public var code: String
    public var name: String
    public var nameEn: String?
    public var from: Day
    public var law: Law

    public init(code: String, name: String, nameEn: String?, from: Day, law: Law) {
        self.code = code
        self.name = name
        self.nameEn = nameEn
        self.from = from
        self.law = law
    }
}

/// A value that changes on given dates (a base salary, a reward multiple, a rule's threshold).
public struct Dated<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var from: Day
    public var value: Value
    public var source: String?
}

/// What an award brings in reward money: a multiple of the base salary for an individual, and the factor a
/// collective's reward is of an individual's (orders give a collective twice as much; most awards the same).
public struct Bonus: Sendable, Hashable, Codable {
    public var multiple: Decimal
    public var collectiveFactor: Decimal

    public init(multiple: Decimal, collectiveFactor: Decimal = 1) {
        self.multiple = multiple
        self.collectiveFactor = collectiveFactor
    }

    /// The multiple that applies to a recipient: an individual's, or a collective's (the factor applied).
    public func multiple(collective: Bool) -> Decimal {
        collective ? multiple * collectiveFactor : multiple
    }
}

/// The ranking method: score = Σ weightᵢ · min(fulfilmentᵢ, cap) / Σ weightᵢ over the indicators that have
/// both a plan and a result.
public struct ScoringMethod: Sendable, Hashable, Codable {
    public var cap: Decimal
    /// Share of women (percent) at or above which a collective is preferred on a tie (Decree 98/2023 Art. 4).
    public var womenPreferenceShare: Decimal
    public var weights: [String: Decimal]
}

/// The dated rules: regimes, base salaries, reward-fund multiples, rule parameters and the scoring method.
public struct Rulebook: Sendable, Hashable, Codable {
    public var regimes: [Regime]
    public var baseSalaries: [Dated<Decimal>]
    public var bonuses: [String: [Dated<Bonus>]]
    public var parameters: [String: [Dated<Decimal>]]
    public var scoring: ScoringMethod

    /// The regime in force on a day (the latest whose start is not after it).
    public func regime(on day: Day) -> Regime? {
        var best: Regime?
        for regime in regimes where regime.from <= day && (best.map { regime.from > $0.from } ?? true) { best = regime }
        return best
    }

    /// The first regime under a law (the one that brought it into force).
    public func firstRegime(under law: Regime.Law) -> Regime? {
        regimes.filter { $0.law == law }.min { $0.from < $1.from }
    }

    public func baseSalary(on day: Day) -> Decimal? {
        Self.value(in: baseSalaries, on: day)
    }

    /// The bonus in force for an award on a day; nil when the rulebook gives the award no multiple then.
    public func bonus(for award: String, on day: Day) -> Bonus? {
        bonuses[award].flatMap { Self.latest(in: $0, on: day)?.value }
    }

    public func parameter(_ name: String, on day: Day) -> Dated<Decimal>? {
        parameters[name].flatMap { Self.latest(in: $0, on: day) }
    }

    static func value(in list: [Dated<Decimal>], on day: Day) -> Decimal? {
        latest(in: list, on: day)?.value
    }

    /// The entry in force on a day: the latest whose start is not after it.
    static func latest<Value>(in list: [Dated<Value>], on day: Day) -> Dated<Value>? {
        var best: Dated<Value>?
        for entry in list where entry.from <= day && (best.map { entry.from > $0.from } ?? true) { best = entry }
        return best
    }
}
