/// Labour Order, First Class, for a person: a Labour Order, Second Class, then the rulebook's number of
/// consecutive years (`labour-order-1.consecutive-years`) rated good or better with a number of excellent years
/// (`labour-order-1.excellent-years`) and, under Decree 91/2017, of initiatives (`labour-order-1.initiatives`). The
/// thresholds are not in the domain notes: the rulebook gives them as uncertain. Collectives and agencies are not
/// judged (no rule for them is established).
public struct LabourOrder1Rule: EligibilityRule {
    public init() {}

    public let code = "eligibility.labour-order-1"
    public let summary = Bilingual(
        "Cá nhân được tặng Huân chương Lao động hạng Nhất phải từng được tặng Huân chương Lao động hạng Nhì, sau đó có số năm liên tục hoàn thành tốt nhiệm vụ trở lên theo bộ quy tắc, trong đó có số năm hoàn thành xuất sắc nhiệm vụ theo bộ quy tắc (trước năm 2024: kèm số sáng kiến theo bộ quy tắc); các ngưỡng chưa chắc chắn.",
        "A person's Labour Order, First Class follows a Labour Order, Second Class and then the rulebook's number of consecutive years rated good or better with its number of excellent years (before 2024: and of initiatives); the thresholds are uncertain."
    )
    public let awards: Set<String> = [AwardCode.labourOrder1]
    public let reach = HistoryReach.earlierYears
    static let order = LabourOrderClass(prefix: "labour-order-1", prior: AwardCode.labourOrder2)

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        Self.order.evaluate(candidate, in: context)
    }

    public var examples: [RuleExample] {
        let id = "0101000011"
        let name = "Hà Minh Tuấn"
        let candidate = ExampleHistory.candidate(id, name, "HCLD-1", year: 2024, source: .nomination)
        // Second class of 2019, then 2020–2024 rated good, excellent in 2020, 2022 and 2024.
        let base = ExampleHistory(archive: 2015...2024)
            .decision(id, "HCLD-2", year: 2019)
            .person(id, name, in: 2020...2024, rating: .good, titles: ["LDTT"])
            .person(id, name, year: 2020, rating: .excellent, titles: ["LDTT"])
            .person(id, name, year: 2022, rating: .excellent, titles: ["LDTT"])
        // Decree 91/2017: 2015–2019 all excellent with initiatives in 2015, 2017 and 2019, second class of 2014.
        let earlier = ExampleHistory(archive: 2010...2019)
            .decision(id, "HCLD-2", year: 2014)
            .person(id, name, in: 2015...2019, rating: .excellent, titles: ["LDTT"], initiatives: [.unit])
            .person(id, name, year: 2016, rating: .excellent, titles: ["LDTT"])
            .person(id, name, year: 2018, rating: .excellent, titles: ["LDTT"])
        let earlierCandidate = ExampleHistory.candidate(id, name, "HCLD-1", year: 2019, source: .decision)
        return [
            RuleExample(
                "second class of 2019, then 2020–2024 rated good with three excellent years",
                context: base.person(id, name, year: 2024, rating: .excellent, titles: ["LDTT"]).context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "two excellent years in 2020–2024",
                context: base.context, candidate: candidate, expected: .notEligible,
                failing: "is rated excellent in 2 of 2020–2024, not 3",
                failingVi: "chỉ có 2 năm hoàn thành xuất sắc nhiệm vụ trong giai đoạn 2020–2024, chưa đủ 3 năm"),
            RuleExample(
                "a third class is not the second",
                context: ExampleHistory(archive: 2015...2024)
                    .decision(id, "HCLD-3", year: 2014)
                    .person(id, name, in: 2020...2024, rating: .excellent, titles: ["LDTT"]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "no Labour Order, Second Class for 2019 or earlier is on record",
                failingVi: "dữ liệu chưa ghi nhận Huân chương Lao động hạng Nhì năm 2019 trở về trước"),
            RuleExample(
                "the 2023 record is missing from the agency's submission",
                context: ExampleHistory(archive: 2015...2024)
                    .decision(id, "HCLD-2", year: 2019)
                    .person(id, name, in: 2020...2022, rating: .excellent, titles: ["LDTT"])
                    .person(id, name, year: 2024, rating: .excellent, titles: ["LDTT"])
                    .submission(year: 2023).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "the rating in 2023 cannot be verified",
                failingVi: "kết quả xếp loại năm 2023 không xác minh được"),
            RuleExample(
                "2019, Decree 91/2017: 2015–2019 excellent with three initiatives",
                context: earlier.context, candidate: earlierCandidate, expected: .eligible),
            RuleExample(
                "2019, Decree 91/2017: two initiatives",
                context: earlier.person(id, name, year: 2019, rating: .excellent, titles: ["LDTT"]).context,
                candidate: earlierCandidate, expected: .notEligible,
                failing: "has 2 initiatives in 2015–2019",
                failingVi: "chỉ có 2 sáng kiến trong giai đoạn 2015–2019"),
            RuleExample(
                "agencies are not judged by this rule",
                context: base.context,
                candidate: Candidate(
                    recipientKind: .agency, recipient: "27", agency: "27", name: "BHXH tỉnh Bắc Ninh",
                    award: "HCLD-1", year: 2024, date: Day(year: 2024, month: 12, day: 31), source: .nomination),
                expected: .notChecked),
        ]
    }
}
