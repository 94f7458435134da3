/// Every eligibility rule, and the judgement of a candidate by all the rules that cover its award.
public enum RuleSet {
    public static let all: [any EligibilityRule] = [
        DisciplineBlocksAwardRule(),
        GrassrootsFighterRule(),
        GrassrootsFighterQuotaRule(),
        SectorFighterRule(),
        NationalFighterRule(),
        SectorCertificateRule(),
        PmCertificateRule(),
        LabourOrder3Rule(),
        LabourOrder2Rule(),
        LabourOrder1Rule(),
        SectorFlagRule(),
        GovernmentFlagRule(),
        AdvancedCollectiveRule(),
        ExcellentCollectiveRule(),
    ]

    /// One rule's verdict on a candidate, with the legal source in force on the candidate's date.
    public struct RuleResult: Sendable, Hashable {
        public var code: String
        public var verdict: Verdict
        public var source: Bilingual

        public init(code: String, verdict: Verdict, source: Bilingual) {
            self.code = code
            self.verdict = verdict
            self.source = source
        }

        /// The reason with its legal source, "… (Law 06/2022/QH15 …)"; nil when the rule found no objection.
        public var explanation: Bilingual? {
            verdict.reason.map { Bilingual("\($0.vi) (\(source.vi))", "\($0.en) (\(source.en))") }
        }

        /// "code: reason (legal source)", as the report lists it; the code is the same in both languages.
        public var line: Bilingual? { explanation.map { $0.map { "\(code): \($0)" } } }
    }

    public struct Judgement: Sendable, Hashable {
        /// The worst verdict of the rules (not eligible, then cannot verify, then eligible); not checked when no
        /// rule covers the candidate's award, unless a general rule (discipline) finds it not eligible.
        public var verdict: VerdictKind
        public var results: [RuleResult]
    }

    /// The rules of `all` by the award they judge, so that judging a candidate looks at its rules only.
    static let byAward: [String: [any EligibilityRule]] = {
        var index: [String: [any EligibilityRule]] = [:]
        for rule in all {
            for award in rule.awards { index[award, default: []].append(rule) }
        }
        return index
    }()

    /// Runs every rule of `all` whose awards contain the candidate's award and that applies to it.
    public static func judge(_ candidate: Candidate, in context: RuleContext) -> Judgement {
        var citations = Citations()
        return judge(candidate, in: context, citations: &citations)
    }

    /// The same, sharing the legal sources already written in `citations`.
    public static func judge(_ candidate: Candidate, in context: RuleContext, citations: inout Citations) -> Judgement {
        judge(candidate, in: context, candidateRules: byAward[candidate.award] ?? [], citations: &citations)
    }

    /// Legal sources already written, by rule and day: the candidates of an agency share a handful of dates, so
    /// their results share their citations' text instead of each holding a copy of its own.
    public struct Citations {
        private struct Key: Hashable {
            var rule: String
            var day: Day
        }
        private var known: [Key: Bilingual] = [:]

        public init() {}

        mutating func source(of rule: any EligibilityRule, on day: Day, rulebook: Rulebook) -> Bilingual {
            let key = Key(rule: rule.code, day: day)
            if let source = known[key] { return source }
            let source = rule.legalSource(on: day, rulebook: rulebook)
            known[key] = source
            return source
        }
    }

    /// Runs every rule of `rules` whose awards contain the candidate's award and that applies to it.
    public static func judge(_ candidate: Candidate, in context: RuleContext, rules: [any EligibilityRule]) -> Judgement
    {
        var citations = Citations()
        return judge(
            candidate, in: context, candidateRules: rules.filter { $0.awards.contains(candidate.award) },
            citations: &citations)
    }

    private static func judge(
        _ candidate: Candidate, in context: RuleContext, candidateRules: [any EligibilityRule],
        citations: inout Citations
    ) -> Judgement {
        var results: [RuleResult] = []
        var covered = false
        for rule in candidateRules {
            guard let verdict = rule.evaluate(candidate, in: context) else { continue }
            covered = covered || rule.covers(candidate.award)
            results.append(
                RuleResult(
                    code: rule.code, verdict: verdict,
                    source: citations.source(of: rule, on: candidate.date, rulebook: context.rulebook)))
        }
        let worst = results.map(\.verdict.kind).max() ?? .notChecked
        // Only a general rule looked at the award: its objection shows, its silence checks nothing.
        guard covered || worst == .notEligible else { return Judgement(verdict: .notChecked, results: results) }
        return Judgement(verdict: worst, results: results)
    }
}
