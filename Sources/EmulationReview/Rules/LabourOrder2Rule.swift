/// Labour Order, Second Class, for a person: a Labour Order, Third Class, then the rulebook's number of
/// consecutive years (`labour-order-2.consecutive-years`) rated good or better with a number of excellent years
/// (`labour-order-2.excellent-years`) and, under Decree 91/2017, of initiatives (`labour-order-2.initiatives`). The
/// thresholds are not in the domain notes: the rulebook gives them as uncertain. Collectives and agencies are not
/// judged (no rule for them is established).
public struct LabourOrder2Rule: EligibilityRule {
    public init() {}

    public let code = "eligibility.labour-order-2"
    public let summary = Bilingual(
        "Cá nhân được tặng Huân chương Lao động hạng Nhì phải từng được tặng Huân chương Lao động hạng Ba, sau đó có số năm liên tục hoàn thành tốt nhiệm vụ trở lên theo bộ quy tắc, trong đó có số năm hoàn thành xuất sắc nhiệm vụ theo bộ quy tắc (trước năm 2024: kèm số sáng kiến theo bộ quy tắc); các ngưỡng chưa chắc chắn.",
        "A person's Labour Order, Second Class follows a Labour Order, Third Class and then the rulebook's number of consecutive years rated good or better with its number of excellent years (before 2024: and of initiatives); the thresholds are uncertain."
    )
    public let awards: Set<String> = [AwardCode.labourOrder2]
    public let reach = HistoryReach.earlierYears
    static let order = LabourOrderClass(prefix: "labour-order-2", prior: AwardCode.labourOrder3)

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        Self.order.evaluate(candidate, in: context)
    }

    public var examples: [RuleExample] {
        let id = "0101000010"
        let name = "Lý Văn Khoa"
        let candidate = ExampleHistory.candidate(id, name, "HCLD-2", year: 2024, source: .nomination)
        // Third class of 2019, then 2020–2024 rated good, excellent in 2021 and 2023.
        let base = ExampleHistory(archive: 2015...2024)
            .decision(id, "HCLD-3", year: 2019)
            .person(id, name, in: 2020...2024, rating: .good, titles: ["LDTT"])
        let twoExcellent = base.person(id, name, year: 2021, rating: .excellent, titles: ["LDTT"])
            .person(id, name, year: 2023, rating: .excellent, titles: ["LDTT"])
        // Decree 91/2017: 2015–2019 all excellent with initiatives in 2015 and 2017, third class of 2014.
        let earlier = ExampleHistory(archive: 2010...2019)
            .decision(id, "HCLD-3", year: 2014)
            .person(id, name, in: 2015...2019, rating: .excellent, titles: ["LDTT"])
            .person(id, name, year: 2015, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
            .person(id, name, year: 2017, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
        let earlierCandidate = ExampleHistory.candidate(id, name, "HCLD-2", year: 2019, source: .nomination)
        return [
            RuleExample(
                "third class of 2019, then 2020–2024 rated good with two excellent years",
                context: twoExcellent.context, candidate: candidate, expected: .eligible),
            RuleExample(
                "only one excellent year in 2020–2024",
                context: base.person(id, name, year: 2022, rating: .excellent, titles: ["LDTT"]).context,
                candidate: candidate, expected: .notEligible,
                failing: "is rated excellent in 1 of 2020–2024, not 2",
                failingVi: "chỉ có 1 năm hoàn thành xuất sắc nhiệm vụ trong giai đoạn 2020–2024, chưa đủ 2 năm"),
            RuleExample(
                "rated only completed in 2022",
                context: twoExcellent.person(id, name, year: 2022, rating: .completed).context,
                candidate: candidate, expected: .notEligible,
                failing: "is rated below good in 2022",
                failingVi: "xếp loại dưới mức hoàn thành tốt nhiệm vụ trong năm 2022"),
            RuleExample(
                "the only third class is of 2021, inside the years counted",
                context: ExampleHistory(archive: 2015...2024)
                    .decision(id, "HCLD-3", year: 2021)
                    .person(id, name, in: 2020...2024, rating: .excellent, titles: ["LDTT"]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "(the one for 2021 does not precede the years counted)",
                failingVi: "(lần khen thưởng năm 2021 không có trước các năm được tính)"),
            RuleExample(
                "no third class on record in an archive that starts in 2020",
                context: ExampleHistory(archive: 2020...2024)
                    .person(id, name, in: 2020...2024, rating: .excellent, titles: ["LDTT"]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "no Labour Order, Third Class for 2019 or earlier is on record",
                failingVi: "dữ liệu chưa ghi nhận Huân chương Lao động hạng Ba năm 2019 trở về trước"),
            RuleExample(
                "2019, Decree 91/2017: 2015–2019 excellent with two initiatives",
                context: earlier.context, candidate: earlierCandidate, expected: .eligible),
            RuleExample(
                "2019, Decree 91/2017: rated good in 2017",
                context: earlier.person(id, name, year: 2017, rating: .good, titles: ["LDTT"], initiatives: [.unit])
                    .context,
                candidate: earlierCandidate, expected: .notEligible,
                failing: "is not rated excellent in 2017",
                failingVi: "không được xếp loại hoàn thành xuất sắc nhiệm vụ trong năm 2017"),
            RuleExample(
                "2019, Decree 91/2017: one initiative short",
                context: earlier.person(id, name, year: 2017, rating: .excellent, titles: ["LDTT"]).context,
                candidate: earlierCandidate, expected: .notEligible,
                failing: "has 1 initiative in 2015–2019",
                failingVi: "chỉ có 1 sáng kiến trong giai đoạn 2015–2019"),
            RuleExample(
                "collectives are not judged by this rule",
                context: base.context,
                candidate: ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "HCLD-2", year: 2024),
                expected: .notChecked),
        ]
    }
}
