/// Advanced Labour Collective: rated good or excellent; a share of members Advanced Labourers
/// (`advanced-collective.min-share`: "more than 50%" before 2024, "at least 70%" from 2024); no member
/// disciplined at warning level or above. A submission that lists only some members by name may give the collective's
/// count of Advanced Labourers (`advancedLabourers`), which then decides.
public struct AdvancedCollectiveRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.advanced-collective"
    public let summary = Bilingual(
        "Tập thể lao động tiên tiến phải hoàn thành tốt nhiệm vụ trở lên, có tỷ lệ thành viên đạt danh hiệu Lao động tiên tiến không thấp hơn mức quy định trong bộ quy tắc và không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "An Advanced Labour Collective is rated good or better, has the rulebook's share of Advanced Labourers and no member disciplined at warning or above."
    )
    public let awards: Set<String> = [AwardCode.advancedCollective]
    public let reach = HistoryReach.awardYear
    static let parameter = "advanced-collective.min-share"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .collective else { return nil }
        guard let regime = context.rulebook.regime(on: candidate.date) else { return .noRegime(on: candidate.date) }
        guard let minShare = context.rulebook.parameter(Self.parameter, on: candidate.date)?.value else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        // Decree 91/2017 says "more than 50%", Decree 98/2023 "at least 70%".
        let atLeast = LegalRegime.isLaw2022(regime)
        let percentage = sharePercent(minShare)
        let share =
            atLeast
            ? Bilingual("ít nhất \(percentage.vi)", "at least \(percentage.en)")
            : Bilingual("trên \(percentage.vi)", "more than \(percentage.en)")
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "hoàn thành tốt hoặc xuất sắc nhiệm vụ, \(share.vi) thành viên đạt danh hiệu Lao động tiên tiến, không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên",
                "a rating of good or excellent, \(share.en) of members Advanced Labourers, no member disciplined at warning level or above"
            )
        )
        let facts = CollectiveFacts(candidate, context.history)
        switch facts.record {
        case .known(let record):
            if record.collective.rating != .good && record.collective.rating != .excellent {
                assessment.fail(
                    Bilingual(
                        "xếp loại \(record.collective.rating.vi) năm \(record.year)",
                        "is rated \(record.collective.rating.rawValue) in \(record.year)"))
            }
            facts.checkDiscipline(record, atLeast: .warning, into: &assessment)
            let members = record.collective.members
            let needed = atLeast ? Share.atLeast(minShare, of: members) : Share.moreThan(minShare, of: members)
            facts.checkAdvancedLabourers(record, needed: needed, share: share, into: &assessment)
        case .unknown(let gap):
            assessment.gaps(Need.collectiveRecord, [(candidate.year, gap)])
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let code = "27-02"
        let name = "Phòng Khai thác và Thu nợ"
        let candidate = { (year: Int) in ExampleHistory.collectiveCandidate(code, name, "TTLDTT", year: year) }
        /// A collective of 10, all listed, `advanced` of them Advanced Labourers.
        let collective = { (year: Int, advanced: Int) in
            ExampleHistory(archive: 2019...2024)
                .collective(code, name, year: year, members: 10, rating: .good, titles: ["TTLDTT"])
                .people(advanced, idPrefix: "02710000", year: year, titles: ["LDTT"], collective: code)
                .people(10 - advanced, idPrefix: "02720000", year: year, rating: .completed, collective: code)
        }
        return [
            RuleExample(
                "2023: 6 of 10 Advanced Labourers is more than 50%", context: collective(2023, 6).context,
                candidate: candidate(2023), expected: .eligible),
            RuleExample(
                "2024: 6 of 10 Advanced Labourers is less than 70%", context: collective(2024, 6).context,
                candidate: candidate(2024), expected: .notEligible,
                failing: "only 6 of its 10 members are Advanced Labourers",
                failingVi: "chỉ 6 trong số 10 thành viên đạt danh hiệu Lao động tiên tiến"),
            RuleExample(
                "2023: 5 of 10 is not more than 50%", context: collective(2023, 5).context,
                candidate: candidate(2023), expected: .notEligible,
                failing: "only 5 of its 10 members are Advanced Labourers in 2023, and more than 50% means 6",
                failingVi:
                    "chỉ 5 trong số 10 thành viên đạt danh hiệu Lao động tiên tiến năm 2023, trong khi tỷ lệ trên 50% đòi hỏi ít nhất 6 người"
            ),
            RuleExample(
                "2024: 7 of 10, one member reprimanded (below warning)",
                context: collective(2024, 7)
                    .person(
                        "0272000001", "Staff 0272000001", year: 2024, rating: .completed, discipline: .reprimand,
                        collective: code
                    ).context,
                candidate: candidate(2024), expected: .eligible),
            RuleExample(
                "a listed member disciplined at warning level, though the roster is incomplete",
                context: ExampleHistory(archive: 2019...2024)
                    .collective(code, name, year: 2020, members: 25, rating: .good)
                    .people(3, idPrefix: "02710000", year: 2020, titles: ["LDTT"], collective: code)
                    .person("0272000001", "Ngô Văn Sơn", year: 2020, discipline: .warning, collective: code).context,
                candidate: candidate(2020), expected: .notEligible,
                failing: "was disciplined at warning level in 2020",
                failingVi: "bị kỷ luật hình thức cảnh cáo năm 2020"),
            RuleExample(
                "4 of 25 members listed: the share cannot be computed",
                context: ExampleHistory(archive: 2019...2024)
                    .collective(code, name, year: 2020, members: 25, rating: .good)
                    .people(4, idPrefix: "02710000", year: 2020, titles: ["LDTT"], collective: code).context,
                candidate: candidate(2020), expected: .cannotVerify,
                failing: "lists 4 of 25 members of collective 27-02",
                failingVi: "liệt kê 4 trong số 25 thành viên của tập thể 27-02"),
            RuleExample(
                "4 of 25 members listed, but the collective counts 18 Advanced Labourers",
                context: ExampleHistory(archive: 2019...2024)
                    .collective(code, name, year: 2024, members: 25, rating: .good, advancedLabourers: 18)
                    .people(4, idPrefix: "02710000", year: 2024, titles: ["LDTT"], collective: code).context,
                candidate: candidate(2024), expected: .eligible),
            RuleExample(
                "4 of 25 members listed, and the collective counts 12 Advanced Labourers: less than 70%",
                context: ExampleHistory(archive: 2019...2024)
                    .collective(code, name, year: 2024, members: 25, rating: .good, advancedLabourers: 12)
                    .people(4, idPrefix: "02710000", year: 2024, titles: ["LDTT"], collective: code).context,
                candidate: candidate(2024), expected: .notEligible,
                failing: "only 12 of its 25 members are Advanced Labourers in 2024, and at least 70% means 18",
                failingVi: "chỉ 12 trong số 25 thành viên đạt danh hiệu Lao động tiên tiến năm 2024"),
            RuleExample(
                "rated completed only",
                context: ExampleHistory(archive: 2019...2024)
                    .collective(code, name, year: 2022, members: 2, rating: .completed)
                    .people(2, idPrefix: "02710000", year: 2022, titles: ["LDTT"], collective: code).context,
                candidate: candidate(2022), expected: .notEligible,
                failing: "is rated completed in 2022",
                failingVi: "xếp loại hoàn thành nhiệm vụ năm 2022"),
            RuleExample(
                "a year before the archive", context: ExampleHistory(archive: 2019...2024).context,
                candidate: candidate(2018), expected: .cannotVerify,
                failing: "the collective's record in 2018 cannot be verified before 2019",
                failingVi: "hồ sơ của tập thể năm 2018 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2019"),
        ]
    }
}
