/// National Emulation Fighter: N consecutive Sector Emulation Fighter titles plus an initiative with nationwide
/// effect. Each sector title crowns K consecutive grassroots titles, so two sector titles are consecutive when the
/// grassroots titles run on without a break between them (e.g. 2014–2016 and 2017–2019). The last sector title is
/// for the award year or the year before (the national title is proposed after the sector decision).
public struct NationalFighterRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.national-fighter"
    public let summary = Bilingual(
        "Chiến sĩ thi đua toàn quốc phải có số lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ngành theo bộ quy tắc và có sáng kiến có phạm vi ảnh hưởng toàn quốc.",
        "A National Emulation Fighter holds the rulebook's number of consecutive Sector Emulation Fighter titles and a nationwide initiative."
    )
    public let awards: Set<String> = [AwardCode.nationalFighter]
    public let reach = HistoryReach.earlierYears
    static let titlesParameter = "national-fighter.consecutive-sector"
    static let spanParameter = "sector-fighter.consecutive-grassroots"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        let day = candidate.date
        let history = context.history
        guard let count = context.rulebook.count(Self.titlesParameter, on: day) else {
            return .missingParameter(Self.titlesParameter, on: day)
        }
        guard let span = context.rulebook.count(Self.spanParameter, on: day) else {
            return .missingParameter(Self.spanParameter, on: day)
        }
        let facts = PersonFacts(candidate, history)
        let year = candidate.year
        let sector = AwardCode.sectorFighter
        var assessment = Assessment(
            candidate, history,
            requirement: Bilingual(
                "\(count) lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ngành, lần gần nhất vào năm \(year - 1) hoặc \(year), và có sáng kiến có phạm vi ảnh hưởng toàn quốc",
                "\(count) consecutive Sector Emulation Fighter titles, the last for \(year - 1) or \(year), and an initiative with nationwide effect"
            )
        )
        // The last sector title.
        let recent = facts.split([year - 1, year]) { facts.holds(sector, in: $0) }
        guard let last = recent.yes.max() else {
            if recent.unknown.isEmpty {
                assessment.fail(
                    Bilingual(
                        "không có danh hiệu Chiến sĩ thi đua cấp bộ, ngành năm \(year - 1) hoặc năm \(year)",
                        "holds no Sector Emulation Fighter title for \(year - 1) or \(year)"))
            }
            assessment.gaps(Need.sectorFighter, recent.unknown)
            return assessment.verdict
        }
        // Earlier titles, each at least `span` years before the next, with no break in grassroots titles between.
        var titles = [last]
        while titles.count < count, let next = titles.last {
            guard let previous = facts.latest(sector, notAfter: next - span)?.year else {
                if next - span < history.archiveStart {
                    assessment.gap(
                        Bilingual(
                            "danh hiệu Chiến sĩ thi đua cấp bộ, ngành năm \(next - span) trở về trước không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm \(history.archiveStart)",
                            "a Sector Emulation Fighter title for \(next - span) or earlier cannot be verified before \(history.archiveStart): the archive starts in \(history.archiveStart)"
                        ))
                } else {
                    assessment.fail(
                        Bilingual(
                            "không có danh hiệu Chiến sĩ thi đua cấp bộ, ngành năm \(next - span) trở về trước, liền trước danh hiệu năm \(next)",
                            "holds no Sector Emulation Fighter title for \(next - span) or earlier to precede the one for \(next)"
                        ))
                }
                break
            }
            let between = facts.split(Array((previous + 1)...next)) { facts.holds(AwardCode.grassrootsFighter, in: $0) }
            if !between.no.isEmpty {
                assessment.fail(
                    Bilingual(
                        "hai danh hiệu Chiến sĩ thi đua cấp bộ, ngành năm \(previous) và năm \(next) không liên tục: không có danh hiệu Chiến sĩ thi đua cơ sở \(inYearsVi(between.no))",
                        "the Sector Emulation Fighter titles for \(previous) and \(next) are not consecutive: no Grassroots Emulation Fighter title for \(yearList(between.no).en)"
                    ))
            }
            assessment.gaps(Need.grassrootsFighter, between.unknown)
            titles.append(previous)
        }
        // The nationwide initiative, within the years the titles cover.
        let years = Array(((titles.min() ?? last) - span + 1)...year)
        if !facts.initiatives(in: years).contains(where: { $0.scope == .national }) {
            let unknown = facts.gaps(in: years)
            if unknown.isEmpty {
                assessment.fail(
                    Bilingual(
                        "không có sáng kiến nào có phạm vi ảnh hưởng toàn quốc trong \(inYearsVi(years))",
                        "has no initiative with nationwide effect in \(yearList(years).en)"))
            } else {
                assessment.gaps(
                    Bilingual("sáng kiến có phạm vi ảnh hưởng toàn quốc", "a nationwide initiative"), unknown)
            }
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000005"
        let name = "Hoàng Văn Nam"
        let candidate = ExampleHistory.candidate(id, name, "CSTD-TQ", year: 2019, source: .nomination)
        let fighter = ["LDTT", "CSTDCS"]
        let sector = ["LDTT", "CSTDCS", "CSTD-BN"]
        let sixYears = ExampleHistory(archive: 2013...2020)
            .person(id, name, in: 2014...2019, titles: fighter, initiatives: [.sector])
            .person(id, name, year: 2016, titles: sector, initiatives: [.sector])
            .person(id, name, year: 2019, titles: sector, initiatives: [.sector])
        return [
            RuleExample(
                "sector titles for 2016 and 2019 on grassroots titles 2014–2019, a national initiative in 2017",
                context: sixYears.person(id, name, year: 2017, titles: fighter, initiatives: [.national]).context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "proposed for 2020, the year after the second sector title",
                context: sixYears.person(id, name, year: 2017, titles: fighter, initiatives: [.national])
                    .person(id, name, year: 2020, titles: ["LDTT"]).context,
                candidate: ExampleHistory.candidate(id, name, "CSTD-TQ", year: 2020, source: .nomination),
                expected: .eligible),
            RuleExample(
                "two sector titles but only sector-wide initiatives",
                context: sixYears.context, candidate: candidate, expected: .notEligible,
                failing: "has no initiative with nationwide effect",
                failingVi: "không có sáng kiến nào có phạm vi ảnh hưởng toàn quốc"),
            RuleExample(
                "the grassroots titles break in 2017 between the sector titles for 2015 and 2019",
                context: ExampleHistory(archive: 2013...2019)
                    .person(id, name, in: 2013...2019, titles: fighter, initiatives: [.national])
                    .person(id, name, year: 2015, titles: sector, initiatives: [.national])
                    .person(id, name, year: 2017, titles: ["LDTT"])
                    .person(id, name, year: 2019, titles: sector, initiatives: [.national]).context,
                candidate: candidate, expected: .notEligible,
                failing: "no Grassroots Emulation Fighter title for 2017",
                failingVi: "không có danh hiệu Chiến sĩ thi đua cơ sở năm 2017"),
            RuleExample(
                "only one sector title in an archive that reaches back far enough",
                context: ExampleHistory(archive: 2013...2019)
                    .person(id, name, in: 2013...2019, titles: ["LDTT"])
                    .person(id, name, in: 2017...2019, titles: fighter, initiatives: [.national])
                    .person(id, name, year: 2019, titles: sector, initiatives: [.national]).context,
                candidate: candidate, expected: .notEligible,
                failing: "holds no Sector Emulation Fighter title for 2016 or earlier",
                failingVi: "không có danh hiệu Chiến sĩ thi đua cấp bộ, ngành năm 2016 trở về trước"),
            RuleExample(
                "the archive starts in 2017: the earlier sector title cannot be seen",
                context: ExampleHistory(archive: 2017...2019)
                    .person(id, name, in: 2017...2019, titles: fighter, initiatives: [.national])
                    .person(id, name, year: 2019, titles: sector, initiatives: [.national]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "a Sector Emulation Fighter title for 2016 or earlier cannot be verified before 2017",
                failingVi:
                    "danh hiệu Chiến sĩ thi đua cấp bộ, ngành năm 2016 trở về trước không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2017"
            ),
        ]
    }
}
