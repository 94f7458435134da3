/// The Prime Minister's Certificate of Merit for a person: a General Director's Certificate of Merit, then N
/// consecutive years (`pm-certificate.consecutive-years`) rated good or better including three Grassroots Emulation
/// Fighter titles (from 2024); under Decree 91/2017, N years rated excellent with five initiatives. A certificate
/// given before the archive cannot be seen, so its absence is never held against the person.
public struct PmCertificateRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.pm-certificate"
    public let summary = Bilingual(
        "Cá nhân được tặng Bằng khen của Thủ tướng Chính phủ phải từng được tặng Bằng khen của Tổng Giám đốc, và có số năm liên tục hoàn thành tốt nhiệm vụ trở lên theo bộ quy tắc (từ năm 2024: trong đó có 3 lần đạt danh hiệu Chiến sĩ thi đua cơ sở; trước năm 2024: các năm đó đều hoàn thành xuất sắc nhiệm vụ và có 5 sáng kiến).",
        "A person's PM's Certificate of Merit follows a General Director's Certificate of Merit and the rulebook's number of consecutive years rated good or better (from 2024: with 3 Grassroots Emulation Fighter titles; before 2024: all of them excellent, with 5 initiatives)."
    )
    public let awards: Set<String> = [AwardCode.pmCertificate]
    public let reach = HistoryReach.earlierYears
    static let parameter = "pm-certificate.consecutive-years"
    /// Grassroots Emulation Fighter titles needed in the years (Law 06/2022/QH15).
    static let titlesParameter = "pm-certificate.grassroots-titles"
    /// Initiatives needed in the years (Decree 91/2017).
    static let initiativesParameter = "pm-certificate.initiatives"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        guard let regime = context.rulebook.regime(on: candidate.date) else { return .noRegime(on: candidate.date) }
        guard let count = context.rulebook.count(Self.parameter, on: candidate.date) else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        let law2022 = LegalRegime.isLaw2022(regime)
        let needed = law2022 ? Self.titlesParameter : Self.initiativesParameter
        guard let threshold = context.rulebook.count(needed, on: candidate.date) else {
            return .missingParameter(needed, on: candidate.date)
        }
        let facts = PersonFacts(candidate, context.history)
        let years = window(count, endingWith: candidate.year)
        let certificate = "có Bằng khen của Tổng Giám đốc Bảo hiểm xã hội Việt Nam năm \(years[0] - 1) trở về trước"
        let requirement =
            law2022
            ? Bilingual(
                "\(certificate), sau đó hoàn thành tốt nhiệm vụ trở lên trong \(inYearsVi(years)), trong đó có \(threshold) lần đạt danh hiệu Chiến sĩ thi đua cơ sở",
                "a General Director's Certificate of Merit for \(years[0] - 1) or earlier, then \(yearList(years).en) rated good or excellent with \(threshold) Grassroots Emulation Fighter titles"
            )
            : Bilingual(
                "\(certificate), sau đó hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(years)), với \(threshold) sáng kiến",
                "a General Director's Certificate of Merit for \(years[0] - 1) or earlier, then \(yearList(years).en) rated excellent with \(threshold) initiatives"
            )
        var assessment = Assessment(candidate, context.history, requirement: requirement)
        PriorAward.check(AwardCode.sectorCertificate, before: years[0], facts, into: &assessment)

        if law2022 {
            let rated = facts.split(years, where: { $0.rating == .excellent || $0.rating == .good })
            if !rated.no.isEmpty { assessment.fail(ratedBelowGood(in: rated.no)) }
            assessment.gaps(Need.rating, rated.unknown)
            PriorAward.checkTitles(threshold, in: years, facts, into: &assessment)
        } else {
            let rated = facts.split(years, where: { $0.rating == .excellent })
            if !rated.no.isEmpty { assessment.fail(notRatedExcellent(in: rated.no)) }
            assessment.gaps(Need.rating, rated.unknown)
            let initiatives = facts.initiatives(in: years).count
            if initiatives < threshold {
                let unknown = facts.gaps(in: years)
                if unknown.isEmpty {
                    assessment.fail(initiativeCount(initiatives, in: years))
                } else {
                    assessment.gaps(Bilingual("sáng kiến", "the initiatives"), unknown)
                }
            }
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000007"
        let name = "Đặng Quốc Huy"
        let fighter = ["LDTT", "CSTDCS"]
        // Rated good 2019–2024, grassroots titles in 2021, 2022 and 2024, certificate of 2018.
        let good = ExampleHistory(archive: 2015...2024)
            .decision(id, "BK-TGD", year: 2018)
            .person(id, name, in: 2019...2024, rating: .good, titles: ["LDTT"])
            .person(id, name, year: 2021, rating: .good, titles: fighter, initiatives: [.unit])
            .person(id, name, year: 2022, rating: .good, titles: fighter, initiatives: [.unit])
            .person(id, name, year: 2024, rating: .good, titles: fighter, initiatives: [.unit])
        let excellent = ExampleHistory(archive: 2015...2024)
            .decision(id, "BK-TGD", year: 2017)
            .person(id, name, in: 2018...2023, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
        return [
            RuleExample(
                "2024: certificate of 2018, then 2020–2024 rated good with three grassroots titles",
                context: good.context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2024, source: .nomination),
                expected: .eligible),
            RuleExample(
                "2024: only two grassroots titles in 2020–2024",
                context: good.person(id, name, year: 2022, rating: .good, titles: ["LDTT"]).context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2024, source: .nomination),
                expected: .notEligible,
                failing: "holds 2 Grassroots Emulation Fighter titles in 2020–2024, not 3",
                failingVi: "chỉ có 2 lần đạt danh hiệu Chiến sĩ thi đua cơ sở trong giai đoạn 2020–2024, chưa đủ 3 lần"),
            RuleExample(
                "2023, Decree 91/2017: 2019–2023 excellent with an initiative each year",
                context: excellent.context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2023, source: .nomination),
                expected: .eligible),
            RuleExample(
                "2023, Decree 91/2017: rated good is not enough, whatever the grassroots titles",
                context: good.person(id, name, year: 2023, rating: .good, titles: fighter, initiatives: [.unit])
                    .context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2023, source: .nomination),
                expected: .notEligible,
                failing: "is not rated excellent in 2019–2023",
                failingVi: "không được xếp loại hoàn thành xuất sắc nhiệm vụ trong giai đoạn 2019–2023"),
            RuleExample(
                "no General Director's certificate in an archive that starts in 2019",
                context: ExampleHistory(archive: 2019...2024)
                    .person(id, name, in: 2019...2024, rating: .excellent, titles: fighter, initiatives: [.unit])
                    .context,
                candidate: ExampleHistory.candidate(id, name, "BK-TTG", year: 2024, source: .decision),
                expected: .cannotVerify,
                failing: "one given before 2019, when the archive starts, cannot be verified",
                failingVi: "nếu được tặng trước năm 2019 (năm bắt đầu của dữ liệu lưu trữ) thì không xác minh được"),
        ]
    }
}
