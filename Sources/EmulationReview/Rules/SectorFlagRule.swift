/// The Emulation Flag of Vietnam Social Security for an agency: the leading unit of its emulation cluster that year
/// by the review's own ranking, or the leader of a thematic movement lasting the rulebook's number of years
/// (`sector-flag.thematic-years`) or more. The submissions say which movements an agency took part in but not who
/// led them, so an agency that is not first but took part in such a movement cannot be verified, never refused.
/// Collectives inside an agency are not ranked, so they are not judged.
public struct SectorFlagRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.sector-flag"
    public let summary = Bilingual(
        "Cờ thi đua của Bảo hiểm xã hội Việt Nam tặng đơn vị dẫn đầu cụm thi đua trong năm (theo bảng xếp hạng của đợt tổng kết), hoặc đơn vị dẫn đầu phong trào thi đua theo chuyên đề kéo dài từ số năm theo bộ quy tắc trở lên.",
        "The VSS Emulation Flag goes to the leading unit of its emulation cluster that year (by the review's ranking), or to the leader of a thematic movement lasting the rulebook's number of years or more."
    )
    public let awards: Set<String> = [AwardCode.sectorFlag]
    public let reach = HistoryReach.awardYear
    static let parameter = "sector-flag.thematic-years"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .agency else { return nil }
        guard let years = context.rulebook.count(Self.parameter, on: candidate.date) else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        let year = candidate.year
        var assessment = Assessment(
            candidate, context.history,
            requirement: Bilingual(
                "dẫn đầu cụm thi đua năm \(year) theo bảng xếp hạng của đợt tổng kết, hoặc dẫn đầu một phong trào thi đua theo chuyên đề kéo dài từ \(years) năm trở lên",
                "first in its emulation cluster in \(year) by the review's ranking, or the leader of a thematic movement of \(years) years or more"
            ))
        let standings = context.standings
        guard let standing = standings.standing(for: candidate, history: context.history, into: &assessment),
            standing.rank != 1
        else { return assessment.verdict }
        let rank = standings.rankText(standing, year: year)
        let long = standing.thematic.filter { $0.years >= years }
        if long.isEmpty {
            assessment.fail(
                Bilingual(
                    "\(rank.vi) và không tham gia phong trào thi đua theo chuyên đề nào kéo dài từ \(years) năm trở lên",
                    "\(rank.en) and took part in no thematic movement of \(years) years or more"))
        } else {
            let codes = long.map { "\($0.code) (\($0.years))" }.joined(separator: ", ")
            assessment.gap(
                Bilingual(
                    "\(rank.vi); việc đơn vị có dẫn đầu phong trào thi đua theo chuyên đề \(codes.replacingOccurrences(of: ")", with: " năm)")) hay không không xác minh được vì báo cáo không ghi đơn vị dẫn đầu phong trào",
                    "\(rank.en); whether it led the thematic movement \(codes.replacingOccurrences(of: ")", with: " years)")) cannot be verified: the submissions do not say who led a movement"
                ))
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let name = "BHXH tỉnh Bắc Ninh"
        let candidate = ExampleHistory.agencyCandidate(name, "CTD-BHXH", year: 2019)
        let long = Standing.Movement(code: "TH-04", years: 5)
        let short = Standing.Movement(code: "TH-01", years: 2)
        let cluster = ExampleHistory(archive: 2015...2019)
            .standing(agency: "24", year: 2019, cluster: "C05", rank: 1)
        return [
            RuleExample(
                "first in its cluster in 2019",
                context: ExampleHistory(archive: 2015...2019).standing(year: 2019, cluster: "C05", rank: 1).context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "third in its cluster, in no long thematic movement",
                context: cluster.standing(year: 2019, cluster: "C05", rank: 3, thematic: [short]).context,
                candidate: candidate, expected: .notEligible,
                failing: "ranks 3 in cluster C05 in 2019 (led by agency 24) and took part in no thematic movement",
                failingVi: "xếp thứ 3 trong cụm thi đua C05 năm 2019 (đơn vị dẫn đầu: 24)"),
            RuleExample(
                "second in its cluster but in a five-year thematic movement: who led it is not on file",
                context: cluster.standing(year: 2019, cluster: "C05", rank: 2, thematic: [long, short]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "whether it led the thematic movement TH-04 (5 years) cannot be verified",
                failingVi: "dẫn đầu phong trào thi đua theo chuyên đề TH-04 (5 năm) hay không không xác minh được"),
            RuleExample(
                "the agency's report for the year was rejected",
                context: cluster.context, candidate: candidate, expected: .cannotVerify,
                failing: "agency 27 has no accepted submission for 2019",
                failingVi: "đơn vị 27 không có báo cáo được chấp nhận năm 2019"),
            RuleExample(
                "a year the review does not rank",
                context: cluster.context,
                candidate: ExampleHistory.agencyCandidate(name, "CTD-BHXH", year: 2014, source: .decision),
                expected: .cannotVerify,
                failing: "the cluster ranking of 2014 cannot be verified: the review does not rank 2014",
                failingVi:
                    "thứ hạng trong cụm thi đua năm 2014 không xác minh được vì đợt tổng kết không xếp hạng năm 2014"),
            RuleExample(
                "a division inside an agency is not ranked",
                context: cluster.context,
                candidate: ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "CTD-BHXH", year: 2019),
                expected: .notChecked),
        ]
    }
}
