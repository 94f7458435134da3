/// No award to a person disciplined in the award year (general principles; Decree 98/2023 Art. 4, kept by
/// Decree 152/2025). The collective side (a member disciplined at warning or above) is in the collective rules.
public struct DisciplineBlocksAwardRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.discipline-blocks-award"
    public let summary = "A person disciplined in the award year receives no award that year."
    public let awards: Set<String> = [
        AwardCode.commendationPaper, AwardCode.advancedLabourer, AwardCode.grassrootsFighter, AwardCode.sectorFighter,
        AwardCode.nationalFighter, AwardCode.sectorCertificate, AwardCode.pmCertificate,
        AwardCode.labourOrder1, AwardCode.labourOrder2, AwardCode.labourOrder3,
    ]
    public let reach = HistoryReach.awardYear

    public func legalSource(on day: Day, rulebook: Rulebook) -> String {
        let citation = LegalRegime.citation(on: day, rulebook: rulebook)
        guard let regime = rulebook.regime(on: day), LegalRegime.isLaw2022(regime) else { return citation }
        // Decree 152/2025 kept the principles of Decree 98/2023 Art. 4 without an article number of its own.
        return regime.from > (rulebook.firstRegime(under: .law2022)?.from ?? regime.from)
            ? "\(citation) (general principles as in Decree 98/2023/ND-CP, Art. 4)"
            : "\(citation), Art. 4"
    }

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        let facts = PersonFacts(candidate, context.history)
        var assessment = Assessment(candidate, context.history, requirement: "no discipline in the award year")
        switch facts.record(candidate.year) {
        case .known(let person):
            if let discipline = person.discipline {
                let decision = discipline.decision.map { " (decision \($0))" } ?? ""
                assessment.fail("was disciplined at \(discipline.level.rawValue) level in \(candidate.year)\(decision)")
            }
        case .unknown(let gap):
            assessment.gaps("discipline", [(candidate.year, gap)])
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000001"
        let name = "Nguyễn Thị Lan"
        return [
            RuleExample(
                "an Advanced Labourer without discipline",
                context: ExampleHistory(archive: 2015...2019).person(id, name, year: 2019, titles: ["LDTT"]).context,
                candidate: ExampleHistory.candidate(id, name, "LDTT", year: 2019), expected: .eligible),
            RuleExample(
                "a reprimand in the year blocks the Grassroots Emulation Fighter title",
                context: ExampleHistory(archive: 2015...2019)
                    .person(
                        id, name, year: 2019, titles: ["LDTT", "CSTDCS"], initiatives: [.unit], discipline: .reprimand
                    ).context,
                candidate: ExampleHistory.candidate(id, name, "CSTDCS", year: 2019), expected: .notEligible,
                failing: "was disciplined at reprimand level in 2019"),
            RuleExample(
                "a warning in 2024 blocks a nomination for the General Director's Certificate of Merit",
                context: ExampleHistory(archive: 2020...2024)
                    .person(id, name, year: 2024, rating: .excellent, titles: ["LDTT"], discipline: .warning).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TGD", year: 2024, source: .nomination),
                expected: .notEligible,
                failing: "was disciplined at warning level in 2024"),
            RuleExample(
                "a person the agency's submission does not list cannot be checked",
                context: ExampleHistory(archive: 2015...2019).submission(year: 2019).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TGD", year: 2019, source: .decision),
                expected: .cannotVerify,
                failing: "is not listed in the 2019 submission of agency 27"),
            RuleExample(
                "a year before the archive cannot be checked",
                context: ExampleHistory(archive: 2015...2019).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2014, source: .decision),
                expected: .cannotVerify,
                failing: "discipline in 2014 cannot be verified before 2015"),
            RuleExample(
                "collectives are judged by the collective rules",
                context: ExampleHistory(archive: 2015...2019).context,
                candidate: ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "BK-TGD", year: 2019),
                expected: .notChecked),
        ]
    }
}
