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
        AdvancedCollectiveRule(),
        ExcellentCollectiveRule(),
    ]

    /// One rule's verdict on a candidate, with the legal source in force on the candidate's date.
    public struct RuleResult: Sendable, Hashable {
        public var code: String
        public var verdict: Verdict
        public var source: String
    }

    public struct Judgement: Sendable, Hashable {
        /// The worst verdict of the rules (not eligible, then cannot verify, then eligible); not checked when no
        /// rule covers the candidate.
        public var verdict: VerdictKind
        public var results: [RuleResult]
    }

    /// Runs every rule whose awards contain the candidate's award and that applies to it.
    public static func judge(_ candidate: Candidate, in context: RuleContext, rules: [any EligibilityRule] = all) -> Judgement {
        let results = rules.filter { $0.awards.contains(candidate.award) }.compactMap { rule -> RuleResult? in
            rule.evaluate(candidate, in: context).map {
                RuleResult(code: rule.code, verdict: $0, source: rule.legalSource(on: candidate.date, rulebook: context.rulebook))
            }
        }
        return Judgement(verdict: results.map(\.verdict.kind).max() ?? .notChecked, results: results)
    }
}
