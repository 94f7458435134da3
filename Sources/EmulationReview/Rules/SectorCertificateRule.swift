/// The General Director's Certificate of Merit (the sector's Certificate of Merit) for a person: N consecutive
/// Grassroots Emulation Fighter titles, or two consecutive excellent years with two initiatives in them.
/// Both paths' figures are rulebook parameters. Whether an initiative was already used for another title is not in
/// the data: such reuse is not detected.
public struct SectorCertificateRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.sector-certificate"
    public let summary = Bilingual(
        "Cá nhân được tặng Bằng khen của Tổng Giám đốc phải có số lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở theo bộ quy tắc, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến được công nhận.",
        "A person's General Director's Certificate of Merit needs the rulebook's number of consecutive Grassroots Emulation Fighter titles, or 2 consecutive excellent years with 2 recognised initiatives."
    )
    public let awards: Set<String> = [AwardCode.sectorCertificate]
    public let reach = HistoryReach.earlierYears
    static let parameter = "sector-certificate.consecutive-grassroots"
    /// The second path: consecutive excellent years, with initiatives in them.
    static let excellentParameter = "sector-certificate.excellent-years"
    static let initiativesParameter = "sector-certificate.initiatives"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        guard let count = context.rulebook.count(Self.parameter, on: candidate.date) else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        guard let excellentCount = context.rulebook.count(Self.excellentParameter, on: candidate.date) else {
            return .missingParameter(Self.excellentParameter, on: candidate.date)
        }
        guard let initiativesNeeded = context.rulebook.count(Self.initiativesParameter, on: candidate.date) else {
            return .missingParameter(Self.initiativesParameter, on: candidate.date)
        }
        let facts = PersonFacts(candidate, context.history)
        let titleYears = window(count, endingWith: candidate.year)
        let excellentYears = window(excellentCount, endingWith: candidate.year)
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "\(count) lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (\(yearList(titleYears).vi)), hoặc hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(excellentYears)), với \(initiativesNeeded) sáng kiến trong thời gian đó",
                "\(count) consecutive Grassroots Emulation Fighter titles (\(yearList(titleYears).en)), or an excellent rating in \(yearList(excellentYears).en) with \(initiativesNeeded) initiatives in those years"
            )
        )

        // First path: the grassroots titles.
        let titles = facts.split(titleYears) { facts.holds(AwardCode.grassrootsFighter, in: $0) }
        if titles.no.isEmpty && titles.unknown.isEmpty { return .eligible }

        // Second path: excellent years with initiatives.
        let excellent = facts.split(excellentYears, where: { $0.rating == .excellent })
        let initiatives = facts.initiatives(in: excellentYears).count
        let enoughInitiatives = initiatives >= initiativesNeeded
        if excellent.no.isEmpty && excellent.unknown.isEmpty && enoughInitiatives { return .eligible }

        let titlesFail = !titles.no.isEmpty
        let excellenceFail = !excellent.no.isEmpty || (excellent.unknown.isEmpty && !enoughInitiatives)
        if titlesFail && excellenceFail {
            assessment.fail(
                Bilingual(
                    "không có danh hiệu Chiến sĩ thi đua cơ sở \(inYearsVi(titles.no))",
                    "holds no Grassroots Emulation Fighter title for \(yearList(titles.no).en)"))
            if !excellent.no.isEmpty {
                assessment.fail(notRatedExcellent(in: excellent.no))
            } else {
                assessment.fail(initiativeCount(initiatives, in: excellentYears))
            }
        } else {
            // One path is still open: say what the archive lacks for it.
            if !titlesFail { assessment.gaps(Need.grassrootsFighter, titles.unknown) }
            if !excellenceFail {
                assessment.gaps(
                    Bilingual("kết quả xếp loại, sáng kiến", "the rating and initiatives"), excellent.unknown)
            }
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000006"
        let name = "Vũ Thị Mai"
        let candidate = ExampleHistory.candidate(id, name, "BK-TGD", year: 2019, source: .nomination)
        let fighter = ["LDTT", "CSTDCS"]
        return [
            RuleExample(
                "Grassroots Emulation Fighter in 2018 and 2019",
                context: ExampleHistory(archive: 2015...2019).person(id, name, in: 2018...2019, titles: fighter)
                    .context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "excellent in 2018 and 2019 with an initiative each year, no grassroots title",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, in: 2018...2019, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
                    .context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "one grassroots title and a good rating in 2018",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, year: 2018, rating: .good, titles: ["LDTT"])
                    .person(id, name, year: 2019, rating: .excellent, titles: fighter, initiatives: [.unit]).context,
                candidate: candidate, expected: .notEligible,
                failing: "is not rated excellent in 2018",
                failingVi: "không được xếp loại hoàn thành xuất sắc nhiệm vụ trong năm 2018"),
            RuleExample(
                "excellent twice but a single initiative",
                context: ExampleHistory(archive: 2015...2019)
                    .person(id, name, year: 2018, rating: .excellent, titles: ["LDTT"])
                    .person(id, name, year: 2019, rating: .excellent, titles: ["LDTT"], initiatives: [.unit]).context,
                candidate: candidate, expected: .notEligible,
                failing: "has 1 initiative in 2018 and 2019",
                failingVi: "chỉ có 1 sáng kiến trong các năm 2018 và 2019"),
            RuleExample(
                "the archive starts in 2019: the 2018 title cannot be seen",
                context: ExampleHistory(archive: 2019...2019).person(id, name, year: 2019, titles: fighter).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "Grassroots Emulation Fighter in 2018 cannot be verified before 2019",
                failingVi:
                    "danh hiệu Chiến sĩ thi đua cơ sở năm 2018 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2019"
            ),
        ]
    }
}
