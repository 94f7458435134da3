/// Labour Order, Third Class, for a person (from 2024): a PM's Certificate of Merit, then N consecutive years
/// (`labour-order-3.consecutive-years`) rated good or better with at least one excellent year and three Grassroots
/// Emulation Fighter titles (`labour-order-3.grassroots-titles`). Under Law 2003/2013 (Decree 91/2017): a PM's
/// Certificate of Merit, then those years all rated excellent (`labour-order-3.excellent-years`) with a number of
/// initiatives (`labour-order-3.initiatives`); the domain notes call that rule uncertain, and the rulebook says so.
public struct LabourOrder3Rule: EligibilityRule {
    public init() {}

    public let code = "eligibility.labour-order-3"
    public let summary = Bilingual(
        "Từ năm 2024, cá nhân được tặng Huân chương Lao động hạng Ba phải từng được tặng Bằng khen của Thủ tướng Chính phủ, sau đó có số năm liên tục hoàn thành tốt nhiệm vụ trở lên theo bộ quy tắc, trong đó có ít nhất một năm hoàn thành xuất sắc nhiệm vụ và 3 lần đạt danh hiệu Chiến sĩ thi đua cơ sở. Trước năm 2024 (Nghị định 91/2017/NĐ-CP, chưa chắc chắn): Bằng khen của Thủ tướng Chính phủ, sau đó các năm đó đều hoàn thành xuất sắc nhiệm vụ, với số sáng kiến theo bộ quy tắc.",
        "From 2024, a person's Labour Order, Third Class follows a PM's Certificate of Merit and then the rulebook's number of consecutive years rated good or better, at least one of them excellent, and 3 Grassroots Emulation Fighter titles. Before 2024 (Decree 91/2017, uncertain): a PM's Certificate of Merit, then those years all rated excellent with the rulebook's number of initiatives."
    )
    public let awards: Set<String> = [AwardCode.labourOrder3]
    public let reach = HistoryReach.earlierYears
    static let parameter = "labour-order-3.consecutive-years"
    /// Grassroots Emulation Fighter titles needed in the years.
    static let titlesParameter = "labour-order-3.grassroots-titles"
    /// The rule under Law 2003/2013.
    static let earlier = LabourOrderClass(prefix: "labour-order-3", prior: AwardCode.pmCertificate)

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        guard let regime = context.rulebook.regime(on: candidate.date) else { return .noRegime(on: candidate.date) }
        guard LegalRegime.isLaw2022(regime) else { return Self.earlier.evaluate(candidate, in: context) }
        guard let count = context.rulebook.count(Self.parameter, on: candidate.date) else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        guard let titles = context.rulebook.count(Self.titlesParameter, on: candidate.date) else {
            return .missingParameter(Self.titlesParameter, on: candidate.date)
        }
        let facts = PersonFacts(candidate, context.history)
        let years = window(count, endingWith: candidate.year)
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "có Bằng khen của Thủ tướng Chính phủ năm \(years[0] - 1) trở về trước, sau đó hoàn thành tốt nhiệm vụ trở lên trong \(inYearsVi(years)), trong đó có ít nhất một năm hoàn thành xuất sắc nhiệm vụ và \(titles) lần đạt danh hiệu Chiến sĩ thi đua cơ sở",
                "a PM's Certificate of Merit for \(years[0] - 1) or earlier, then \(yearList(years).en) rated good or excellent with at least one excellent year and \(titles) Grassroots Emulation Fighter titles"
            )
        )
        PriorAward.check(AwardCode.pmCertificate, before: years[0], facts, into: &assessment)
        let rated = facts.split(years, where: { $0.rating == .excellent || $0.rating == .good })
        if !rated.no.isEmpty { assessment.fail(ratedBelowGood(in: rated.no)) }
        assessment.gaps(Need.rating, rated.unknown)
        // Years without a record are already reported as rating gaps.
        let excellent = facts.split(years, where: { $0.rating == .excellent })
        if excellent.yes.isEmpty && excellent.unknown.isEmpty {
            assessment.fail(
                Bilingual(
                    "không năm nào được xếp loại hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(years))",
                    "is never rated excellent in \(yearList(years).en)"))
        }
        PriorAward.checkTitles(titles, in: years, facts, into: &assessment)
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000008"
        let name = "Bùi Thị Thu"
        let fighter = ["LDTT", "CSTDCS"]
        let candidate = ExampleHistory.candidate(id, name, "HCLD-3", year: 2024, source: .nomination)
        // PM's certificate of 2019, then 2020–2024 rated good with grassroots titles in 2020, 2022 and 2024.
        let base = ExampleHistory(archive: 2015...2024)
            .decision(id, "BK-TTG", year: 2019)
            .person(id, name, in: 2020...2024, rating: .good, titles: ["LDTT"])
            .person(id, name, year: 2020, rating: .good, titles: fighter, initiatives: [.unit])
            .person(id, name, year: 2024, rating: .good, titles: fighter, initiatives: [.unit])
        return [
            RuleExample(
                "PM's certificate of 2019, 2020–2024 rated good, excellent in 2022, three grassroots titles",
                context: base.person(id, name, year: 2022, rating: .excellent, titles: fighter, initiatives: [.unit])
                    .context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "never rated excellent in 2020–2024",
                context: base.person(id, name, year: 2022, rating: .good, titles: fighter, initiatives: [.unit])
                    .context,
                candidate: candidate, expected: .notEligible,
                failing: "is never rated excellent in 2020–2024",
                failingVi: "không năm nào được xếp loại hoàn thành xuất sắc nhiệm vụ trong giai đoạn 2020–2024"),
            RuleExample(
                "only two grassroots titles",
                context: base.person(id, name, year: 2022, rating: .excellent, titles: ["LDTT"]).context,
                candidate: candidate, expected: .notEligible,
                failing: "holds 2 Grassroots Emulation Fighter titles in 2020–2024, not 3",
                failingVi: "chỉ có 2 lần đạt danh hiệu Chiến sĩ thi đua cơ sở trong giai đoạn 2020–2024, chưa đủ 3 lần"),
            RuleExample(
                "the archive starts in 2022: the PM's certificate and 2020–2021 cannot be seen",
                context: ExampleHistory(archive: 2022...2024)
                    .person(id, name, in: 2022...2024, rating: .excellent, titles: fighter, initiatives: [.unit])
                    .context,
                candidate: candidate, expected: .cannotVerify,
                failing: "one given before 2022, when the archive starts, cannot be verified",
                failingVi: "nếu được tặng trước năm 2022 (năm bắt đầu của dữ liệu lưu trữ) thì không xác minh được"),
            RuleExample(
                "2023, Decree 91/2017: PM's certificate of 2018, 2019–2023 excellent with five initiatives",
                context: ExampleHistory(archive: 2015...2024)
                    .decision(id, "BK-TTG", year: 2018)
                    .person(id, name, in: 2019...2023, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
                    .context,
                candidate: ExampleHistory.candidate(id, name, "HCLD-3", year: 2023, source: .nomination),
                expected: .eligible),
            RuleExample(
                "2023, Decree 91/2017: rated good in 2020 and 2021",
                context: ExampleHistory(archive: 2015...2024)
                    .decision(id, "BK-TTG", year: 2018)
                    .person(id, name, in: 2019...2023, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
                    .person(id, name, in: 2020...2021, rating: .good, titles: ["LDTT"], initiatives: [.unit])
                    .context,
                candidate: ExampleHistory.candidate(id, name, "HCLD-3", year: 2023, source: .nomination),
                expected: .notEligible,
                failing: "is not rated excellent in 2020 and 2021",
                failingVi: "không được xếp loại hoàn thành xuất sắc nhiệm vụ trong các năm 2020 và 2021"),
            RuleExample(
                "2019, Decree 91/2017: the archive starts in 2016, so the PM's certificate and 2015 cannot be seen",
                context: ExampleHistory(archive: 2016...2019)
                    .person(id, name, in: 2016...2019, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
                    .context,
                candidate: ExampleHistory.candidate(id, name, "HCLD-3", year: 2019, source: .decision),
                expected: .cannotVerify,
                failing: "the rating in 2015 cannot be verified before 2016",
                failingVi: "kết quả xếp loại năm 2015 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2016"),
        ]
    }
}
