/// Sector Emulation Fighter: N consecutive Grassroots Emulation Fighter titles ending with the award year, plus an
/// initiative with sector-wide (or national) effect in those years (Decree 91/2017; whether Law 06/2022 changed
/// it is not certain, so N is the rulebook's `sector-fighter.consecutive-grassroots`).
public struct SectorFighterRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.sector-fighter"
    public let summary = Bilingual(
        "Chiến sĩ thi đua cấp bộ, ngành phải có số lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở theo bộ quy tắc và có sáng kiến có phạm vi ảnh hưởng toàn ngành trong các năm đó.",
        "A Sector Emulation Fighter holds the rulebook's number of consecutive Grassroots Emulation Fighter titles and a sector-wide initiative in them."
    )
    public let awards: Set<String> = [AwardCode.sectorFighter]
    public let reach = HistoryReach.earlierYears
    static let parameter = "sector-fighter.consecutive-grassroots"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        guard let count = context.rulebook.count(Self.parameter, on: candidate.date) else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        let years = window(count, endingWith: candidate.year)
        let facts = PersonFacts(candidate, context.history)
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "\(count) lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (\(yearList(years).vi)) và có sáng kiến có phạm vi ảnh hưởng toàn ngành hoặc toàn quốc trong các năm đó",
                "\(count) consecutive Grassroots Emulation Fighter titles (\(yearList(years).en)) and an initiative with sector-wide or national effect in those years"
            )
        )
        let titles = facts.split(years) { facts.holds(AwardCode.grassrootsFighter, in: $0) }
        if !titles.no.isEmpty {
            assessment.fail(
                Bilingual(
                    "không có danh hiệu Chiến sĩ thi đua cơ sở \(inYearsVi(titles.no))",
                    "holds no Grassroots Emulation Fighter title for \(yearList(titles.no).en)"))
        }
        assessment.gaps(Need.grassrootsFighter, titles.unknown)
        let wide = facts.initiatives(in: years).contains { $0.scope != .unit }
        if !wide {
            let unknown = facts.gaps(in: years)
            if unknown.isEmpty {
                assessment.fail(
                    Bilingual(
                        "không có sáng kiến nào có phạm vi ảnh hưởng toàn ngành hoặc toàn quốc trong \(inYearsVi(years))",
                        "has no initiative with sector-wide or national effect in \(yearList(years).en)"))
            } else {
                assessment.gaps(
                    Bilingual("sáng kiến có phạm vi ảnh hưởng toàn ngành", "a sector-wide initiative"), unknown)
            }
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000004"
        let name = "Phạm Minh Tuấn"
        let candidate = ExampleHistory.candidate(id, name, "CSTD-BN", year: 2019, source: .nomination)
        let fighter = ["LDTT", "CSTDCS"]
        return [
            RuleExample(
                "Grassroots Emulation Fighter 2017–2019 with a sector initiative in 2018",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, in: 2017...2019, titles: fighter, initiatives: [.unit])
                    .person(id, name, year: 2018, titles: fighter, initiatives: [.sector]).context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "the chain breaks in 2018",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, in: 2017...2019, titles: fighter, initiatives: [.sector])
                    .person(id, name, year: 2018, titles: ["LDTT"]).context,
                candidate: candidate, expected: .notEligible,
                failing: "holds no Grassroots Emulation Fighter title for 2018",
                failingVi: "không có danh hiệu Chiến sĩ thi đua cơ sở năm 2018"),
            RuleExample(
                "three titles but only unit initiatives",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, in: 2017...2019, titles: fighter, initiatives: [.unit]).context,
                candidate: candidate, expected: .notEligible,
                failing: "has no initiative with sector-wide or national effect in 2017–2019",
                failingVi:
                    "không có sáng kiến nào có phạm vi ảnh hưởng toàn ngành hoặc toàn quốc trong giai đoạn 2017–2019"),
            RuleExample(
                "the archive starts in 2018, so 2017 is unknown",
                context: ExampleHistory(archive: 2018...2019)
                    .person(id, name, in: 2018...2019, titles: fighter, initiatives: [.sector]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "Grassroots Emulation Fighter in 2017 cannot be verified before 2018",
                failingVi:
                    "danh hiệu Chiến sĩ thi đua cơ sở năm 2017 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2018"
            ),
            RuleExample(
                "a known break in 2018 decides even though 2017 is before the archive",
                context: ExampleHistory(archive: 2018...2019)
                    .person(id, name, year: 2018, titles: ["LDTT"], initiatives: [.sector])
                    .person(id, name, year: 2019, titles: fighter, initiatives: [.unit]).context,
                candidate: candidate, expected: .notEligible,
                failing: "holds no Grassroots Emulation Fighter title for 2018",
                failingVi: "không có danh hiệu Chiến sĩ thi đua cơ sở năm 2018"),
        ]
    }
}
