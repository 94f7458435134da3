/// The Government Emulation Flag for an agency: outstanding among the cluster leaders and exceeding its targets,
/// read as the leading unit of its cluster that year by the review's own ranking with every planned indicator at
/// or above its plan. Collectives inside an agency are not ranked, so they are not judged.
public struct GovernmentFlagRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.government-flag"
    public let summary = Bilingual(
        "Cờ thi đua của Chính phủ tặng đơn vị tiêu biểu trong số các đơn vị dẫn đầu cụm thi đua, hoàn thành vượt mức các chỉ tiêu: đơn vị xếp thứ nhất cụm thi đua trong năm (theo bảng xếp hạng của đợt tổng kết) và đạt kế hoạch mọi chỉ tiêu được giao.",
        "The Government Emulation Flag goes to an outstanding cluster leader that exceeded its targets: first in its emulation cluster that year (by the review's ranking) with every planned indicator at or above its plan."
    )
    public let awards: Set<String> = [AwardCode.governmentFlag]
    public let reach = HistoryReach.awardYear

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .agency else { return nil }
        let year = candidate.year
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "dẫn đầu cụm thi đua năm \(year) theo bảng xếp hạng của đợt tổng kết và đạt kế hoạch mọi chỉ tiêu được giao",
                "first in its emulation cluster in \(year) by the review's ranking, with every planned indicator at or above its plan"
            ))
        let standings = context.standings
        guard let standing = standings.standing(for: candidate, history: context.history, into: &assessment) else {
            return assessment.verdict
        }
        if standing.rank != 1 { assessment.fail(standings.rankText(standing, year: year)) }
        if standing.planned == 0 {
            assessment.gap(
                Bilingual(
                    "việc hoàn thành chỉ tiêu năm \(year) không xác minh được vì đơn vị không có chỉ tiêu nào có kế hoạch",
                    "the targets of \(year) cannot be verified: the agency has no indicator with a plan"))
        } else if standing.fulfilled < standing.planned {
            assessment.fail(
                Bilingual(
                    "chỉ đạt kế hoạch \(standing.fulfilled) trên \(standing.planned) chỉ tiêu năm \(year)",
                    "reached the plan of \(standing.fulfilled) of its \(standing.planned) indicators in \(year)"))
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let name = "BHXH tỉnh Bắc Ninh"
        let candidate = ExampleHistory.agencyCandidate(name, "CTD-CP", year: 2020)
        let cluster = ExampleHistory(archive: 2016...2020).standing(agency: "24", year: 2020, cluster: "C05", rank: 1)
        return [
            RuleExample(
                "first in its cluster with all six indicators at or above plan",
                context: ExampleHistory(archive: 2016...2020).standing(year: 2020, cluster: "C05", rank: 1).context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "first in its cluster but short of the plan on one indicator",
                context: ExampleHistory(archive: 2016...2020)
                    .standing(year: 2020, cluster: "C05", rank: 1, planned: 6, fulfilled: 5).context,
                candidate: candidate, expected: .notEligible,
                failing: "reached the plan of 5 of its 6 indicators in 2020",
                failingVi: "chỉ đạt kế hoạch 5 trên 6 chỉ tiêu năm 2020"),
            RuleExample(
                "second in its cluster",
                context: cluster.standing(year: 2020, cluster: "C05", rank: 2).context,
                candidate: candidate, expected: .notEligible,
                failing: "ranks 2 in cluster C05 in 2020 (led by agency 24)",
                failingVi: "xếp thứ 2 trong cụm thi đua C05 năm 2020 (đơn vị dẫn đầu: 24)"),
            RuleExample(
                "an agency the ranking could not score",
                context: cluster.submission(year: 2020).context, candidate: candidate, expected: .cannotVerify,
                failing: "agency 27 is not scored in 2020",
                failingVi: "đơn vị 27 không được chấm điểm năm 2020"),
            RuleExample(
                "a division inside an agency is not ranked",
                context: cluster.context,
                candidate: ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "CTD-CP", year: 2020),
                expected: .notChecked),
        ]
    }
}
