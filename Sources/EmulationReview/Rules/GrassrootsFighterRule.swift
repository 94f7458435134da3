/// Grassroots Emulation Fighter: an Advanced Labourer of the year who, from 2024 (Law 06/2022), completed tasks
/// excellently or has a recognised initiative; before 2024, who has an initiative. Accepted research also
/// qualifies in both regimes but is not in the submissions, so a failure says so.
public struct GrassrootsFighterRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.grassroots-fighter"
    public let summary = Bilingual(
        "Chiến sĩ thi đua cơ sở phải đạt danh hiệu Lao động tiên tiến trong năm và có sáng kiến (từ năm 2024: hoặc hoàn thành xuất sắc nhiệm vụ).",
        "A Grassroots Emulation Fighter holds Advanced Labourer that year and has an initiative (from 2024: or an excellent rating)."
    )
    public let awards: Set<String> = [AwardCode.grassrootsFighter]
    public let reach = HistoryReach.awardYear

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        guard let regime = context.rulebook.regime(on: candidate.date) else { return .noRegime(on: candidate.date) }
        let law2022 = LegalRegime.isLaw2022(regime)
        let requirement =
            law2022
            ? Bilingual(
                "đạt danh hiệu Lao động tiên tiến trong năm, đồng thời hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận, hoặc có đề tài nghiên cứu khoa học được nghiệm thu",
                "Advanced Labourer that year, and an excellent rating, a recognised initiative or accepted research")
            : Bilingual(
                "đạt danh hiệu Lao động tiên tiến trong năm và có sáng kiến hoặc đề tài nghiên cứu khoa học được nghiệm thu",
                "Advanced Labourer that year plus an initiative or accepted research")
        var assessment = Assessment(candidate, context.history, requirement: requirement)
        let year = candidate.year
        switch PersonFacts(candidate, context.history).record(year) {
        case .known(let person):
            if !context.history.person(candidate.recipient, holds: AwardCode.advancedLabourer, in: year) {
                assessment.fail(
                    Bilingual(
                        "không có danh hiệu Lao động tiên tiến năm đó", "holds no Advanced Labourer title that year"))
            }
            let excellent = law2022 && person.rating == .excellent
            if !excellent && person.initiatives.isEmpty {
                let rating = law2022 ? "is rated \(person.rating.rawValue), not excellent, and " : ""
                let ratingVi = law2022 ? "xếp loại \(person.rating.vi) (chưa đạt hoàn thành xuất sắc nhiệm vụ) và " : ""
                assessment.fail(
                    Bilingual(
                        "\(ratingVi)không có sáng kiến được công nhận năm \(year) (đề tài nghiên cứu khoa học được nghiệm thu không có trong báo cáo: nếu có, đơn vị cần gửi kèm)",
                        "\(rating)has no recognised initiative in \(year) (accepted research is not recorded in the submissions: if there is some, the agency must attach it)"
                    ))
            }
        case .unknown(let gap):
            assessment.gaps(Need.personRecord, [(year, gap)])
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000002"
        let name = "Trần Văn Bình"
        let candidate = { (year: Int) in ExampleHistory.candidate(id, name, "CSTDCS", year: year) }
        return [
            RuleExample(
                "an Advanced Labourer with a unit initiative (2019)",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, year: 2019, titles: ["LDTT", "CSTDCS"], initiatives: [.unit]).context,
                candidate: candidate(2019), expected: .eligible),
            RuleExample(
                "no Advanced Labourer title that year",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, year: 2019, titles: ["CSTDCS"], initiatives: [.unit]).context,
                candidate: candidate(2019), expected: .notEligible,
                failing: "holds no Advanced Labourer title that year",
                failingVi: "không có danh hiệu Lao động tiên tiến năm đó"),
            RuleExample(
                "2023, Decree 91/2017: an excellent rating without an initiative is not enough",
                context: ExampleHistory(archive: 2019...2024)
                    .person(id, name, year: 2023, rating: .excellent, titles: ["LDTT", "CSTDCS"]).context,
                candidate: candidate(2023), expected: .notEligible,
                failing: "has no recognised initiative in 2023",
                failingVi: "không có sáng kiến được công nhận năm 2023"),
            RuleExample(
                "2024, Decree 98/2023: an excellent rating without an initiative is enough",
                context: ExampleHistory(archive: 2019...2024)
                    .person(id, name, year: 2024, rating: .excellent, titles: ["LDTT", "CSTDCS"]).context,
                candidate: candidate(2024), expected: .eligible),
            RuleExample(
                "2024: rated good without an initiative",
                context: ExampleHistory(archive: 2019...2024)
                    .person(id, name, year: 2024, rating: .good, titles: ["LDTT", "CSTDCS"]).context,
                candidate: candidate(2024), expected: .notEligible,
                failing: "is rated good, not excellent, and has no recognised initiative in 2024",
                failingVi:
                    "xếp loại hoàn thành tốt nhiệm vụ (chưa đạt hoàn thành xuất sắc nhiệm vụ) và không có sáng kiến được công nhận năm 2024"
            ),
            RuleExample(
                "a decision for a year before the archive",
                context: ExampleHistory(archive: 2015...2019).context,
                candidate: ExampleHistory.candidate(id, name, "CSTDCS", year: 2014, source: .decision),
                expected: .cannotVerify,
                failing: "the person's record in 2014 cannot be verified before 2015",
                failingVi: "hồ sơ của cá nhân năm 2014 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2015"),
        ]
    }
}
