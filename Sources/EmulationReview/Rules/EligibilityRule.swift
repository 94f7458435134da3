/// Someone proposed for, or given, an award: what an eligibility rule judges.
public struct Candidate: Sendable, Hashable {
    public enum Source: String, Sendable, Codable, Hashable {
        /// A title listed in an agency's submission.
        case title
        /// A nomination for a higher award in an agency's submission.
        case nomination
        /// A decision in the board's file.
        case decision
    }

    // The strings first, then the small values: 104 bytes a candidate rather than 112.
    /// The person's id, the collective's code, or the agency's code.
    public var recipient: String
    public var agency: String
    public var name: String
    public var award: String
    /// Where a person would look: the file and place of the title, nomination or decision.
    public var file: String
    /// The year the award recognises.
    public var year: Int
    /// The decision date; for a nomination, the last day of its year.
    public var date: Day
    public var location: Location
    public var recipientKind: RecipientKind
    public var source: Source

    public init(
        recipientKind: RecipientKind, recipient: String, agency: String, name: String, award: String, year: Int,
        date: Day, source: Source, file: String = "example.xml", location: Location = .start
    ) {
        self.recipientKind = recipientKind
        self.recipient = recipient
        self.agency = agency
        self.name = name
        self.award = award
        self.year = year
        self.date = date
        self.source = source
        self.file = file
        self.location = location
    }

    /// The key of a collective candidate in `History.collectives` and `collectiveAwards`.
    public var collectiveKey: String {
        recipientKind == .collective ? History.collectiveKey(agency: agency, code: recipient) : recipient
    }
}

/// A rule's judgement of one candidate.
public enum Verdict: Sendable, Hashable {
    case eligible
    /// The candidate does not meet the rule; the text says why, in words a clerk can act on, in both languages.
    case notEligible(Bilingual)
    /// The archive cannot decide (years before it, or members not listed); the text says what is missing.
    case cannotVerify(Bilingual)

    public var kind: VerdictKind {
        switch self {
        case .eligible: .eligible
        case .notEligible: .notEligible
        case .cannotVerify: .cannotVerify
        }
    }

    public var reason: Bilingual? {
        switch self {
        case .eligible: nil
        case .notEligible(let text), .cannotVerify(let text): text
        }
    }
}

public enum VerdictKind: String, Sendable, Codable, Hashable, Comparable {
    case eligible
    case cannotVerify = "cannot-verify"
    case notEligible = "not-eligible"
    /// No rule covers the award.
    case notChecked = "not-checked"

    private var severity: Int {
        switch self {
        case .notChecked: 0
        case .eligible: 1
        case .cannotVerify: 2
        case .notEligible: 3
        }
    }

    public static func < (lhs: VerdictKind, rhs: VerdictKind) -> Bool { lhs.severity < rhs.severity }
}

/// What a rule sees besides the candidate.
public struct RuleContext: Sendable {
    public var history: History
    public var rulebook: Rulebook
    /// The review's own cluster ranking by year, for the emulation flags.
    public var standings: Standings

    public init(history: History, rulebook: Rulebook, standings: Standings = Standings()) {
        self.history = history
        self.rulebook = rulebook
        self.standings = standings
    }
}

/// How far back a rule looks in the candidate's own record. The review keeps earlier years of a person's record
/// only for the candidates some rule needs them for, so a rule that looks back must say so here.
public enum HistoryReach: Sendable, Hashable {
    /// The award year only: the candidate's record and titles that year (and its collective's and agency's).
    case awardYear
    /// Earlier years of the candidate's own record and awards as well.
    case earlierYears
}

/// One eligibility rule of the emulation and commendation law, dated by regime. One rule per file, each with
/// examples that the tests run (like SwiftLint's rules): a new rule is one new file.
public protocol EligibilityRule: Sendable {
    /// Stable finding code, e.g. `eligibility.grassroots-fighter`.
    var code: String { get }
    /// What the rule requires, in a line.
    var summary: Bilingual { get }
    /// The award codes the rule judges.
    var awards: Set<String> { get }
    /// The years of the candidate's record the rule reads.
    var reach: HistoryReach { get }
    /// Whether the rule checks a principle common to many awards (no award during discipline) rather than an
    /// award's own criteria. A general rule's objection counts, but on its own it does not make an award checked:
    /// an award no other rule covers is `not-checked` even when the general rule has nothing against it.
    var isGeneral: Bool { get }
    /// The awards a general rule judges in full, because the general principle is the only criterion of theirs the
    /// files can show (the domain notes name no other for the Advanced Labourer and the Giấy khen). Empty for a
    /// rule that is not general: it covers all its awards.
    var coversInFull: Set<String> { get }
    /// The legal source of the rule in force on a day (e.g. "Law 06/2022/QH15, Art. 23; Decree 98/2023/NĐ-CP"), in
    /// the words of the rulebook in each language.
    func legalSource(on day: Day, rulebook: Rulebook) -> Bilingual
    /// Judges a candidate for one of `awards`; nil when the rule does not apply to it (wrong recipient kind…).
    func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict?
    /// Triggering and non-triggering examples; each is run by the test suite.
    var examples: [RuleExample] { get }
}

extension EligibilityRule {
    public var isGeneral: Bool { false }

    public var coversInFull: Set<String> { [] }

    /// Whether the rule's verdict on a candidate for `award` is a judgement of that award (not only of a general
    /// principle).
    public func covers(_ award: String) -> Bool {
        awards.contains(award) && (!isGeneral || coversInFull.contains(award))
    }

    /// By default a rule cites the regime in force (its law and decree); a rule with a precise article overrides it.
    public func legalSource(on day: Day, rulebook: Rulebook) -> Bilingual {
        LegalRegime.citation(on: day, rulebook: rulebook)
    }
}

/// An example of a rule at work: a small history, a candidate, and the verdict the rule must give.
public struct RuleExample: Sendable {
    public var description: String
    public var context: RuleContext
    public var candidate: Candidate
    public var expected: VerdictKind
    /// For a verdict other than eligible: a fragment of the English reason naming the requirement that fails, so
    /// that an example cannot pass for the wrong reason.
    public var failing: String?
    /// The same fragment of the Vietnamese reason.
    public var failingVi: String?

    public init(
        _ description: String, context: RuleContext, candidate: Candidate, expected: VerdictKind,
        failing: String? = nil, failingVi: String? = nil
    ) {
        self.description = description
        self.context = context
        self.candidate = candidate
        self.expected = expected
        self.failing = failing
        self.failingVi = failingVi
    }
}
