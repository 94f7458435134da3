/// Excellent Labour Collective: rated excellent; every member completes tasks; a share of members Advanced
/// Labourers (`excellent-collective.min-share`, "at least"); a Grassroots Emulation Fighter among the members, in
/// every regime. Before 2024 (Decree 91/2017) also no member disciplined at warning level or above; Law 06/2022/QH15
/// states no discipline condition for the collective. A submission that lists only some members by name may give the
/// collective's counts (`advancedLabourers`, `grassrootsFighters`, `completedTasks`), which then decide.
public struct ExcellentCollectiveRule: EligibilityRule {
    public init() {}

    public let code = "eligibility.excellent-collective"
    public let summary = Bilingual(
        "Tập thể lao động xuất sắc phải hoàn thành xuất sắc nhiệm vụ, 100% thành viên hoàn thành nhiệm vụ trở lên, có tỷ lệ thành viên đạt danh hiệu Lao động tiên tiến không thấp hơn mức quy định trong bộ quy tắc và có Chiến sĩ thi đua cơ sở (trước năm 2024: đồng thời không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên).",
        "An Excellent Labour Collective is rated excellent, all its members complete tasks, it has the rulebook's share of Advanced Labourers and a Grassroots Emulation Fighter (before 2024: and no member disciplined at warning level or above)."
    )
    public let awards: Set<String> = [AwardCode.excellentCollective]
    public let reach = HistoryReach.awardYear
    static let parameter = "excellent-collective.min-share"

    public func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .collective else { return nil }
        guard let regime = context.rulebook.regime(on: candidate.date) else { return .noRegime(on: candidate.date) }
        guard let minShare = context.rulebook.parameter(Self.parameter, on: candidate.date)?.value else {
            return .missingParameter(Self.parameter, on: candidate.date)
        }
        let law2022 = LegalRegime.isLaw2022(regime)
        let percentage = sharePercent(minShare)
        let share = Bilingual("ít nhất \(percentage.vi)", "at least \(percentage.en)")
        let requirement = Bilingual(
            "hoàn thành xuất sắc nhiệm vụ, mọi thành viên hoàn thành nhiệm vụ, \(share.vi) thành viên đạt danh hiệu Lao động tiên tiến, trong đó có Chiến sĩ thi đua cơ sở",
            "an excellent rating, every member completing tasks, \(share.en) of members Advanced Labourers, a Grassroots Emulation Fighter among them"
        )
        var assessment = Assessment(
            candidate, context.history,
            requirement: law2022
                ? requirement
                : Bilingual(
                    "\(requirement.vi), không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên",
                    "\(requirement.en), no member disciplined at warning level or above")
        )
        let facts = CollectiveFacts(candidate, context.history)
        guard case .known(let record) = facts.record else {
            if case .unknown(let gap) = facts.record {
                assessment.gaps(Need.collectiveRecord, [(candidate.year, gap)])
            }
            return assessment.verdict
        }
        let year = record.year
        let members = record.listedMembers
        let unlisted = max(0, record.collective.members - members.count)
        if record.collective.rating != .excellent {
            assessment.fail(
                Bilingual(
                    "xếp loại \(record.collective.rating.vi) năm \(year), chưa đạt hoàn thành xuất sắc nhiệm vụ",
                    "is rated \(record.collective.rating.rawValue) in \(year), not excellent"))
        }
        for person in members where person.rating == .notCompleted {
            assessment.fail(
                Bilingual(
                    "thành viên \(person.name) (\(person.id)) không hoàn thành nhiệm vụ năm \(year)",
                    "its member \(person.name) (\(person.id)) did not complete tasks in \(year)"))
        }
        if let completed = record.collective.completedTasks {
            if completed < record.collective.members {
                assessment.fail(
                    Bilingual(
                        "chỉ \(amountVi(completed)) trong số \(amountVi(record.collective.members)) thành viên hoàn thành nhiệm vụ trở lên năm \(year)",
                        "only \(completed) of its \(record.collective.members) members completed their tasks in \(year)"
                    ))
            }
        } else if unlisted > 0 {
            assessment.gap(
                Bilingual(
                    "báo cáo năm \(year) chỉ liệt kê \(amountVi(members.count)) trong số \(amountVi(record.collective.members)) thành viên của tập thể \(record.collective.code), nên không kiểm tra được việc mọi thành viên đều hoàn thành nhiệm vụ",
                    "the \(year) submission lists \(members.count) of \(record.collective.members) members of collective \(record.collective.code); whether every member completed tasks cannot be checked"
                ))
        }
        if !law2022 { facts.checkDiscipline(record, atLeast: .warning, into: &assessment) }
        facts.checkAdvancedLabourers(
            record, needed: Share.atLeast(minShare, of: record.collective.members), share: share, into: &assessment)
        // The collective's own count, when given, covers the members it does not list.
        let fighters = record.collective.grassrootsFighters
        if fighters ?? 0 == 0,
            !members.contains(where: { context.history.person($0.id, holds: AwardCode.grassrootsFighter, in: year) })
        {
            if unlisted == 0 || fighters == 0 {
                assessment.fail(
                    Bilingual(
                        "không có thành viên nào đạt danh hiệu Chiến sĩ thi đua cơ sở năm \(year)",
                        "has no Grassroots Emulation Fighter among its members in \(year)"))
            } else {
                assessment.gap(
                    Bilingual(
                        "không thành viên nào có tên trong báo cáo đạt danh hiệu Chiến sĩ thi đua cơ sở năm \(year), và \(amountVi(unlisted)) thành viên không có tên trong báo cáo",
                        "no listed member is a Grassroots Emulation Fighter in \(year), and \(unlisted) members are not listed"
                    ))
            }
        }
        return assessment.verdict
    }

    public var examples: [RuleExample] {
        let code = "27-03"
        let name = "Phòng Chế độ BHXH"
        let candidate = { (year: Int) in ExampleHistory.collectiveCandidate(code, name, "TTLDXS", year: year) }
        /// An excellent collective of 10, all listed: 8 Advanced Labourers, `fighters` of them Grassroots Emulation Fighters.
        let collective = { (year: Int, fighters: Int) in
            ExampleHistory(archive: 2019...2024)
                .collective(code, name, year: year, members: 10, rating: .excellent, titles: ["TTLDXS"])
                .people(
                    fighters, idPrefix: "02730000", year: year, rating: .excellent, titles: ["LDTT", "CSTDCS"],
                    collective: code
                )
                .people(8 - fighters, idPrefix: "02740000", year: year, titles: ["LDTT"], collective: code)
                .people(2, idPrefix: "02750000", year: year, rating: .completed, collective: code)
        }
        /// An excellent collective of 10 in 2024 that lists 3 Advanced Labourers and gives its counts.
        let partial = { (advanced: Int, fighters: Int, completed: Int) in
            ExampleHistory(archive: 2019...2024)
                .collective(
                    code, name, year: 2024, members: 10, rating: .excellent, titles: ["TTLDXS"],
                    advancedLabourers: advanced, grassrootsFighters: fighters, completedTasks: completed
                )
                .people(3, idPrefix: "02740000", year: 2024, titles: ["LDTT"], collective: code)
        }
        let disciplined = { (history: ExampleHistory, year: Int, level: DisciplineLevel) in
            history.person(
                "0275000001", "Đỗ Thị Hạnh", year: year, rating: .completed, discipline: level, collective: code)
        }
        return [
            RuleExample(
                "2024: excellent, 8 of 10 Advanced Labourers, one a Grassroots Emulation Fighter",
                context: collective(2024, 1).context, candidate: candidate(2024), expected: .eligible),
            RuleExample(
                "2024: a Grassroots Emulation Fighter is needed in every regime",
                context: collective(2024, 0).context, candidate: candidate(2024), expected: .notEligible,
                failing: "has no Grassroots Emulation Fighter among its members in 2024",
                failingVi: "không có thành viên nào đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2024"),
            RuleExample(
                "2023, Decree 91/2017: the same collective lacks a Grassroots Emulation Fighter",
                context: collective(2023, 0).context, candidate: candidate(2023), expected: .notEligible,
                failing: "has no Grassroots Emulation Fighter among its members in 2023",
                failingVi: "không có thành viên nào đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2023"),
            RuleExample(
                "2023: with a Grassroots Emulation Fighter", context: collective(2023, 1).context,
                candidate: candidate(2023), expected: .eligible),
            RuleExample(
                "2023, Decree 91/2017: a member under a warning blocks the title",
                context: disciplined(collective(2023, 1), 2023, .warning).context,
                candidate: candidate(2023), expected: .notEligible,
                failing: "was disciplined at warning level in 2023",
                failingVi: "bị kỷ luật hình thức cảnh cáo năm 2023"),
            RuleExample(
                "2023: a reprimand is below warning level",
                context: disciplined(collective(2023, 1), 2023, .reprimand).context,
                candidate: candidate(2023), expected: .eligible),
            RuleExample(
                "2024, Law 06/2022: no discipline condition for the collective",
                context: disciplined(collective(2024, 1), 2024, .warning).context,
                candidate: candidate(2024), expected: .eligible),
            RuleExample(
                "a member who did not complete tasks",
                context: collective(2024, 1)
                    .person("0275000002", "Lý Văn Đức", year: 2024, rating: .notCompleted, collective: code).context,
                candidate: candidate(2024), expected: .notEligible,
                failing: "did not complete tasks in 2024",
                failingVi: "không hoàn thành nhiệm vụ năm 2024"),
            RuleExample(
                "8 of 10 members listed, all Advanced Labourers: completion of the other two is unknown",
                context: ExampleHistory(archive: 2019...2024)
                    .collective(code, name, year: 2024, members: 10, rating: .excellent)
                    .people(8, idPrefix: "02740000", year: 2024, titles: ["LDTT"], collective: code).context,
                candidate: candidate(2024), expected: .cannotVerify,
                failing: "whether every member completed tasks cannot be checked",
                failingVi: "không kiểm tra được việc mọi thành viên đều hoàn thành nhiệm vụ"),
            RuleExample(
                "3 of 10 members listed, the collective's counts show 8 Advanced Labourers, a fighter, all completing",
                context: partial(8, 1, 10).context, candidate: candidate(2024), expected: .eligible),
            RuleExample(
                "the collective's counts: 9 of 10 members completed their tasks",
                context: partial(8, 1, 9).context, candidate: candidate(2024), expected: .notEligible,
                failing: "only 9 of its 10 members completed their tasks in 2024",
                failingVi: "chỉ 9 trong số 10 thành viên hoàn thành nhiệm vụ trở lên năm 2024"),
            RuleExample(
                "the collective's counts: no Grassroots Emulation Fighter",
                context: partial(8, 0, 10).context, candidate: candidate(2024), expected: .notEligible,
                failing: "has no Grassroots Emulation Fighter among its members in 2024",
                failingVi: "không có thành viên nào đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2024"),
            RuleExample(
                "the collective's counts: 6 Advanced Labourers of 10",
                context: partial(6, 1, 10).context, candidate: candidate(2024), expected: .notEligible,
                failing: "only 6 of its 10 members are Advanced Labourers in 2024",
                failingVi: "chỉ 6 trong số 10 thành viên đạt danh hiệu Lao động tiên tiến năm 2024"),
        ]
    }
}
