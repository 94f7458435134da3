import Foundation

/// No award to a person disciplined in the award year (general principles; Decree 98/2023 Art. 4, kept by
/// Decree 152/2025). The collective side (a member disciplined at warning or above) is in the collective rules.
public struct DisciplineBlocksAwardRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.discipline-blocks-award"
    public let summary = Bilingual(
        "Cá nhân bị kỷ luật trong năm xét khen thưởng thì không được khen thưởng năm đó.",
        "A person disciplined in the award year receives no award that year.")
    public let awards: Set<String> = [
        AwardCode.commendationPaper, AwardCode.advancedLabourer, AwardCode.grassrootsFighter, AwardCode.sectorFighter,
        AwardCode.nationalFighter, AwardCode.sectorCertificate, AwardCode.pmCertificate,
        AwardCode.labourOrder1, AwardCode.labourOrder2, AwardCode.labourOrder3,
    ]
    public let reach = HistoryReach.awardYear
    /// A principle of every award: the Labour Order or a certificate also needs a rule of its own to be checked.
    public let isGeneral = true
    /// The domain notes state no criterion beyond it that the files carry for the Giấy khen and the Advanced
    /// Labourer ("discipline in the year blocks titles"), so for those it is the award's rule.
    public let coversInFull: Set<String> = [AwardCode.commendationPaper, AwardCode.advancedLabourer]

    public func legalSource(on day: Day, rulebook: Rulebook) -> Bilingual {
        let citation = LegalRegime.citation(on: day, rulebook: rulebook)
        guard let regime = rulebook.regime(on: day), LegalRegime.isLaw2022(regime) else { return citation }
        // Decree 152/2025 kept the principles of Decree 98/2023 Art. 4 without an article number of its own.
        if regime.from > (rulebook.firstRegime(under: .law2022)?.from ?? regime.from) {
            return Bilingual(
                "\(citation.vi) (nguyên tắc chung như tại Điều 4 Nghị định 98/2023/NĐ-CP)",
                "\(citation.en) (general principles as in Decree 98/2023/ND-CP, Art. 4)")
        }
        return Bilingual(Self.article4(citation.vi), "\(citation.en), Art. 4")
    }

    /// Vietnamese cites the article before its decree ("…, Điều 4 Nghị định 98/2023/NĐ-CP"); a regime named
    /// without a decree gets the article at the end.
    static func article4(_ citation: String) -> String {
        guard let decree = citation.range(of: "Nghị định ", options: .backwards) else { return "\(citation), Điều 4" }
        return citation.replacingCharacters(in: decree, with: "Điều 4 Nghị định ")
    }

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        let facts = PersonFacts(candidate, context.history)
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "không bị kỷ luật trong năm được xét khen thưởng", "no discipline in the award year"))
        switch facts.record(candidate.year) {
        case .known(let person):
            if let discipline = person.discipline {
                let decision = discipline.decision.map { " (decision \($0))" } ?? ""
                let decisionVi = discipline.decision.map { " (quyết định \($0))" } ?? ""
                assessment.fail(
                    Bilingual(
                        "bị kỷ luật hình thức \(discipline.level.vi) năm \(candidate.year)\(decisionVi)",
                        "was disciplined at \(discipline.level.rawValue) level in \(candidate.year)\(decision)"))
            }
        case .unknown(let gap):
            assessment.gaps(Bilingual("tình trạng kỷ luật", "discipline"), [(candidate.year, gap)])
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
                failing: "was disciplined at reprimand level in 2019",
                failingVi: "bị kỷ luật hình thức khiển trách năm 2019"),
            RuleExample(
                "a warning in 2024 blocks a nomination for the General Director's Certificate of Merit",
                context: ExampleHistory(archive: 2020...2024)
                    .person(id, name, year: 2024, rating: .excellent, titles: ["LDTT"], discipline: .warning).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TGD", year: 2024, source: .nomination),
                expected: .notEligible,
                failing: "was disciplined at warning level in 2024",
                failingVi: "bị kỷ luật hình thức cảnh cáo năm 2024"),
            RuleExample(
                "a person the agency's submission does not list cannot be checked",
                context: ExampleHistory(archive: 2015...2019).submission(year: 2019).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TGD", year: 2019, source: .decision),
                expected: .cannotVerify,
                failing: "is not listed in the 2019 submission of agency 27",
                failingVi: "không có tên trong báo cáo năm 2019 của đơn vị 27"),
            RuleExample(
                "a year before the archive cannot be checked",
                context: ExampleHistory(archive: 2015...2019).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2014, source: .decision),
                expected: .cannotVerify,
                failing: "discipline in 2014 cannot be verified before 2015",
                failingVi: "tình trạng kỷ luật năm 2014 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2015"),
            RuleExample(
                "collectives are judged by the collective rules",
                context: ExampleHistory(archive: 2015...2019).context,
                candidate: ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "BK-TGD", year: 2019),
                expected: .notChecked),
        ]
    }
}
