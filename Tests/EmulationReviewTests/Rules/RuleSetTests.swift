import EmulationReview
import EmulationReviewRun
import XCTest

final class RuleSetTests: XCTestCase {
    private let id = "0101000009", person = "Trịnh Thị Nga"

    func testEligibleWhenEveryRuleAgrees() {
        // One fighter among 20 Advanced Labourers keeps the agency under its quota.
        let context = ExampleHistory(archive: 2015...2019)
            .person(id, person, year: 2019, titles: ["LDTT", "CSTDCS"], initiatives: [.unit])
            .people(19, idPrefix: "01090000", year: 2019, titles: ["LDTT"]).context
        let judgement = RuleSet.judge(ExampleHistory.candidate(id, person, "CSTDCS", year: 2019), in: context)
        XCTAssertEqual(judgement.verdict, .eligible)
        XCTAssertEqual(
            Set(judgement.results.map(\.code)),
            [
                "eligibility.discipline-blocks-award", "eligibility.grassroots-fighter",
                "eligibility.grassroots-fighter-quota",
            ])
        XCTAssertTrue(
            judgement.results.allSatisfy {
                $0.source.en == "Law on Emulation and Commendation 2003/2013, Decree 91/2017/ND-CP"
            })
    }

    func testNotEligibleOutranksCannotVerify() throws {
        // Disciplined (not eligible) and, for the quota, a rulebook without the cap (cannot verify).
        let context = ExampleHistory(archive: 2015...2019)
            .person(id, person, year: 2019, titles: ["LDTT", "CSTDCS"], initiatives: [.unit], discipline: .reprimand)
            .context(rulebook: ExampleHistory.rulebook(without: "grassroots-fighter.max-share"))
        let judgement = RuleSet.judge(ExampleHistory.candidate(id, person, "CSTDCS", year: 2019), in: context)
        XCTAssertEqual(judgement.verdict, .notEligible)
        let kinds = Dictionary(uniqueKeysWithValues: judgement.results.map { ($0.code, $0.verdict.kind) })
        XCTAssertEqual(kinds["eligibility.discipline-blocks-award"], .notEligible)
        XCTAssertEqual(kinds["eligibility.grassroots-fighter"], .eligible)
        XCTAssertEqual(kinds["eligibility.grassroots-fighter-quota"], .cannotVerify)
        let reason = try XCTUnwrap(
            judgement.results.first { $0.code == "eligibility.discipline-blocks-award" }?.verdict.reason?.en)
        XCTAssertTrue(reason.contains("reprimand") && reason.contains(person), reason)
    }

    func testCannotVerifyOutranksEligible() throws {
        // The archive starts in 2019: the 2018 grassroots title cannot be seen, the rest is fine.
        let context = ExampleHistory(archive: 2019...2019)
            .person(id, person, year: 2019, rating: .good, titles: ["LDTT", "CSTDCS"], initiatives: [.unit]).context
        let judgement = RuleSet.judge(
            ExampleHistory.candidate(id, person, "BK-TGD", year: 2019, source: .nomination), in: context)
        XCTAssertEqual(judgement.verdict, .cannotVerify)
        let reason = try XCTUnwrap(
            judgement.results.first { $0.code == "eligibility.sector-certificate" }?.verdict.reason?.en)
        XCTAssertTrue(reason.contains("cannot be verified before 2019: the archive starts in 2019"), reason)
    }

    func testAwardWithoutRuleIsNotChecked() {
        let context = ExampleHistory(archive: 2015...2019).context
        let collective = ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "GK", year: 2019)
        let judgement = RuleSet.judge(collective, in: context)
        XCTAssertEqual(judgement.verdict, .notChecked)
        XCTAssertTrue(judgement.results.isEmpty)
        let flag = ExampleHistory.collectiveCandidate("27-01", "Phòng Thu", "CTD-BHXH", year: 2019)
        XCTAssertEqual(RuleSet.judge(flag, in: context).verdict, .notChecked)
    }

    /// The discipline rule is general: with nothing against the person it checks nothing of a Labour Order, whose
    /// verdict stays not checked; a disciplined person is still not eligible.
    func testGeneralRuleAloneLeavesTheAwardNotChecked() throws {
        let general: [any EligibilityRule] = [DisciplineBlocksAwardRule()]
        let candidate = ExampleHistory.candidate(id, person, "HCLD-2", year: 2019, source: .nomination)
        let clean = ExampleHistory(archive: 2015...2019).person(id, person, year: 2019, rating: .excellent).context
        let judgement = RuleSet.judge(candidate, in: clean, rules: general)
        XCTAssertEqual(judgement.verdict, .notChecked)
        XCTAssertEqual(judgement.results.map(\.code), ["eligibility.discipline-blocks-award"])
        XCTAssertEqual(judgement.results.first?.verdict.kind, .eligible)
        let disciplined = ExampleHistory(archive: 2015...2019)
            .person(id, person, year: 2019, rating: .excellent, discipline: .warning).context
        XCTAssertEqual(RuleSet.judge(candidate, in: disciplined, rules: general).verdict, .notEligible)
        // A person the archive cannot see: the general rule cannot verify, and the award is still not checked.
        let unseen = ExampleHistory(archive: 2015...2019).submission(year: 2019).context
        XCTAssertEqual(RuleSet.judge(candidate, in: unseen, rules: general).verdict, .notChecked)
        // For the Advanced Labourer and the Giấy khen, absence of discipline is the rule the files can show.
        let labourer = ExampleHistory.candidate(id, person, "LDTT", year: 2019)
        XCTAssertEqual(RuleSet.judge(labourer, in: clean, rules: general).verdict, .eligible)
        let paper = ExampleHistory.candidate(id, person, "GK", year: 2019)
        XCTAssertEqual(RuleSet.judge(paper, in: clean, rules: general).verdict, .eligible)
        XCTAssertTrue(RuleSet.all.filter(\.isGeneral).map(\.code) == ["eligibility.discipline-blocks-award"])
    }

    func testIncompleteRosterMessage() throws {
        let context = ExampleHistory(archive: 2019...2019)
            .collective("44-08", "BHXH huyện Yên Thành", year: 2019, agency: "44", members: 25, rating: .good)
            .people(4, idPrefix: "44080000", year: 2019, agency: "44", titles: ["LDTT"], collective: "44-08").context
        let candidate = ExampleHistory.collectiveCandidate(
            "44-08", "BHXH huyện Yên Thành", "TTLDTT", year: 2019, agency: "44")
        let reason = try XCTUnwrap(AdvancedCollectiveRule().evaluate(candidate, in: context)?.reason?.en)
        XCTAssertTrue(
            reason.contains(
                "the 2019 submission lists 4 of 25 members of collective 44-08; the share of Advanced Labourers cannot be computed"
            ), reason)
    }
}
