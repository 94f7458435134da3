/// The sector caps Grassroots Emulation Fighters at a share of the agency's Advanced Labourers of the year. The
/// share is not certain (15 % is often quoted), so it is the rulebook's `grassroots-fighter.max-share`.
public struct GrassrootsFighterQuotaRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.grassroots-fighter-quota"
    public let summary = Bilingual(
        "Số Chiến sĩ thi đua cơ sở của một đơn vị trong năm không vượt quá tỷ lệ quy định trong bộ quy tắc so với số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị.",
        "An agency's Grassroots Emulation Fighters of a year are at most the rulebook's share of its Advanced Labourers."
    )
    public let awards: Set<String> = [AwardCode.grassrootsFighter]
    public let reach = HistoryReach.awardYear
    static let parameter = "grassroots-fighter.max-share"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        guard let maxShare = context.rulebook.parameter(Self.parameter, on: candidate.date)?.value else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        let history = context.history
        let year = candidate.year
        let share = sharePercent(maxShare)
        var assessment = Assessment(
            candidate, history,
            requirement: Bilingual(
                "số Chiến sĩ thi đua cơ sở không vượt quá \(share.vi) số Lao động tiên tiến của đơn vị",
                "at most \(share.en) of an agency's Advanced Labourers are Grassroots Emulation Fighters"))
        guard history.knows(year), let holders = history.titleHolders[candidate.agency]?[year] else {
            let gap: Gap =
                year < history.archiveStart ? .beforeArchive : year > history.archiveEnd ? .afterArchive : .noSubmission
            assessment.gaps(Bilingual("tỷ lệ khống chế của đơn vị", "the agency's quota"), [(year, gap)])
            return assessment.verdict
        }
        // Agencies list every person with a title, so the submission holds all the titles counted here.
        let advanced = holders[AwardCode.advancedLabourer] ?? 0
        let fighters = holders[AwardCode.grassrootsFighter] ?? 0
        let allowed = Share.atMost(maxShare, of: advanced)
        if fighters > allowed {
            assessment.fail(
                Bilingual(
                    "đơn vị \(candidate.agency) có \(amountVi(fighters)) Chiến sĩ thi đua cơ sở năm \(year), vượt quá mức tối đa \(amountVi(allowed)) người trên \(amountVi(advanced)) Lao động tiên tiến (\(share.vi))",
                    "agency \(candidate.agency) has \(fighters) Grassroots Emulation Fighters in \(year), more than the \(allowed) allowed for its \(advanced) Advanced Labourers (\(share.en))"
                ))
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let id = "0101000003"
        let name = "Lê Thị Hoa"
        let candidate = ExampleHistory.candidate(id, name, "CSTDCS", year: 2019)
        // 20 Advanced Labourers, of whom the candidate and `others` are also Grassroots Emulation Fighters.
        let agency = { (others: Int) in
            ExampleHistory(archive: 2015...2019)
                .person(id, name, year: 2019, titles: ["LDTT", "CSTDCS"], initiatives: [.unit])
                .people(others, idPrefix: "01020000", year: 2019, titles: ["LDTT", "CSTDCS"])
                .people(19 - others, idPrefix: "01030000", year: 2019, titles: ["LDTT"])
        }
        return [
            RuleExample(
                "3 fighters among 20 Advanced Labourers (15%)", context: agency(2).context,
                candidate: candidate, expected: .eligible),
            RuleExample(
                "4 fighters among 20 Advanced Labourers (20%)", context: agency(3).context,
                candidate: candidate, expected: .notEligible,
                failing: "more than the 3 allowed for its 20 Advanced Labourers",
                failingVi: "vượt quá mức tối đa 3 người trên 20 Lao động tiên tiến"),
            RuleExample(
                "the agency has no accepted submission for the year",
                context: ExampleHistory(archive: 2015...2019).person(id, name, year: 2018, titles: ["LDTT"]).context,
                candidate: candidate, expected: .cannotVerify,
                failing: "agency 27 has no accepted submission for 2019",
                failingVi: "đơn vị 27 không có báo cáo được chấp nhận năm 2019"),
            RuleExample(
                "a year before the archive",
                context: ExampleHistory(archive: 2015...2019).context,
                candidate: ExampleHistory.candidate(id, name, "CSTDCS", year: 2014, source: .decision),
                expected: .cannotVerify,
                failing: "the agency's quota in 2014 cannot be verified before 2015",
                failingVi:
                    "tỷ lệ khống chế của đơn vị năm 2014 không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm 2015"),
            RuleExample(
                "the rulebook lacks the cap",
                context: agency(2).context(rulebook: ExampleHistory.rulebook(without: Self.parameter)),
                candidate: candidate, expected: .cannotVerify,
                failing: "no grassroots-fighter.max-share parameter",
                failingVi: "chưa có tham số grassroots-fighter.max-share"),
        ]
    }
}
