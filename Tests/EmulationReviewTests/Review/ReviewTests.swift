import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

final class ReviewTests: XCTestCase {
    func testPeriodParsing() {
        XCTAssertEqual(Period("2020"), Period(first: 2020, last: 2020))
        XCTAssertEqual(Period("2016-2020")?.baselineYear, 2015)
        XCTAssertEqual(Period("2016-2020")?.years, [2016, 2017, 2018, 2019, 2020])
        XCTAssertNil(Period("2020-2016"))
        XCTAssertNil(Period("20"))
        XCTAssertNil(Period("2016-"))
        XCTAssertNil(Period("1999"))
    }

    func testTheCatalogueDecidesWhichSpansArePhases() throws {
        let load = TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs)
        let catalogue = try XCTUnwrap(load.data).catalogue
        XCTAssertEqual(catalogue.phases.map(\.description), ["2011-2015", "2016-2020", "2021-2025", "2026-2030"])
        XCTAssertTrue(catalogue.allows(Period(first: 2016, last: 2020)))
        XCTAssertTrue(catalogue.allows(Period(first: 2022, last: 2022)), "any single year")
        XCTAssertFalse(catalogue.allows(Period(first: 2016, last: 2022)))
        var open = catalogue
        open.phases = []
        XCTAssertTrue(open.allows(Period(first: 2016, last: 2022)), "a catalogue without phases accepts any span")
    }

    func testLateSupersededRejectedAndMissingSubmissions() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(
            2023,
            [
                .init(code: "01", participants: 100, target: 100), .init(code: "02", participants: 50, target: 50),
                .init(code: "03", participants: 10, target: 10),
            ])
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 110, target: 100, submitted: "2025-01-16T00:30:00+07:00"),
                .init(code: "02", participants: 60, target: 50, submitted: "2025-01-15T23:59:00+07:00"),
            ])
        // 02 corrects its report with revision 2; 03 sends a broken file; nobody else is missing.
        try tiny.write(
            "2024/02-r2.xml", tiny.submission(.init(code: "02", participants: 55, target: 50), year: 2024, revision: 2))
        try tiny.write("2024/03.xml", "<submission xmlns=\"urn:vn:vss:emulation-review:submission:v1\">")
        let review = try tiny.review("2024")
        let states = Dictionary(grouping: review.submissions, by: \.agency).mapValues {
            $0.map(\.state.rawValue).sorted()
        }
        XCTAssertEqual(states["01"], ["accepted-late"], "16 Jan 00:30 in Hanoi is after the 15 Jan deadline")
        XCTAssertEqual(states["02"], ["accepted-on-time", "superseded"])
        XCTAssertEqual(states["03"], ["rejected"])
        let summary = try XCTUnwrap(review.completeness.first)
        XCTAssertEqual(
            [
                summary.expected, summary.accepted, summary.late, summary.rejected, summary.missing,
                summary.supersededFiles,
            ],
            [3, 2, 1, 1, 0, 1])
        // The revision that counts is the second: 110 + 55.
        let sector = try XCTUnwrap(
            review.indicators.first { $0.scope == .sector && $0.indicator == "PARTICIPANTS" && $0.year == 2024 })
        XCTAssertEqual(sector.actual, 165)
        XCTAssertEqual(sector.previousActual, 160)
        XCTAssertEqual(sector.change, 5)
        XCTAssertEqual(sector.plan, 150, "the plan counts every agency with a target, reporting or not")
        XCTAssertEqual(sector.fulfilment, 110)
        XCTAssertEqual(sector.reporting, 2)
    }

    func testMissingAgencyIsListed() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        let review = try tiny.review("2024")
        XCTAssertEqual(review.submissions.filter { $0.state == .missing }.map(\.agency), ["02", "03"])
    }

    func testLowerIsBetterIndicatorsAndTheCap() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        // 01: arrears 0.75 against a ceiling of 1.50 → 200%, capped at 120 in the score.
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 100, target: 100, arrears: "0.75"),
                .init(code: "03", participants: 90, target: 100, arrears: "3.00"),
            ])
        let review = try tiny.review("2024")
        let arrears = try XCTUnwrap(
            review.indicators.first { $0.scope == .agency && $0.code == "01" && $0.indicator == "ARREARS-RATE" })
        XCTAssertEqual(arrears.fulfilment, 200)
        let ranking = review.rankings.filter { $0.year == 2024 }
        XCTAssertEqual(ranking.map(\.agency), ["01", "03"])
        XCTAssertEqual(ranking[0].score, 104, "(80 × 100 + 20 × 120) / 100")
        XCTAssertEqual(ranking[1].score, 82, "(80 × 90 + 20 × 50) / 100")
        XCTAssertTrue(ranking[0].isLeader)
    }

    /// Equal scores: the agency whose staff are at least 70% women comes first (Decree 98/2023 Art. 4), then the code.
    func testTiesPreferWomenThenCode() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(
            2024,
            [
                .init(code: "01", women: 50, participants: 100, target: 100),
                .init(code: "02", women: 50, participants: 100, target: 100),
                .init(code: "03", women: 70, participants: 100, target: 100),
            ])
        let ranking = try tiny.review("2024").rankings.filter { $0.year == 2024 }
        XCTAssertEqual(ranking.map(\.agency), ["03", "01", "02"])
        XCTAssertEqual(ranking.map(\.tieBreak), [nil, "women", "code"])
        XCTAssertEqual(Set(ranking.map(\.score)), [104], "(80 × 100 + 20 × min(150, 120)) / 100")
    }

    /// The flags are judged against the review's own ranking of the year: 01 leads the cluster and reaches both
    /// plans; 03 is second; 02 leads nothing and misses a plan.
    func testFlagsAreJudgedAgainstTheReviewsRanking() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        func flag(_ award: String, _ agencies: [String]) -> String {
            let recipients = agencies.map { "<recipient kind=\"agency\" agency=\"\($0)\" name=\"BHXH \($0)\"/>" }
            return
                "<decision number=\"1/\(award)\" date=\"2024-12-20\" authority=\"general-director\" award=\"\(award)\">\(recipients.joined())</decision>"
        }
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 110, target: 100, arrears: "1.00"),
                .init(code: "02", participants: 90, target: 100, arrears: "1.00"),
                .init(code: "03", participants: 100, target: 100, arrears: "1.40"),
            ],
            decisions: flag("CTD-BHXH", ["01", "03"]) + flag("CTD-CP", ["01", "02"]))
        let review = try tiny.review("2024")
        XCTAssertEqual(review.rankings.filter { $0.year == 2024 }.map(\.agency), ["01", "03", "02"])
        let verdicts = Dictionary(
            uniqueKeysWithValues: review.nominations.map { ("\($0.candidate.award) \($0.candidate.recipient)", $0) })
        XCTAssertEqual(verdicts["CTD-BHXH 01"]?.verdict, .eligible)
        XCTAssertEqual(verdicts["CTD-CP 01"]?.verdict, .eligible)
        // 03 took part in the annual movement only: not first, and no long thematic movement.
        XCTAssertEqual(verdicts["CTD-BHXH 03"]?.verdict, .notEligible)
        let reason = try XCTUnwrap(verdicts["CTD-BHXH 03"]?.results.first?.verdict.reason?.en)
        XCTAssertTrue(reason.contains("ranks 2 in cluster") && reason.contains("(led by agency 01)"), reason)
        XCTAssertEqual(verdicts["CTD-CP 02"]?.verdict, .notEligible)
        let government = try XCTUnwrap(verdicts["CTD-CP 02"]?.results.first?.verdict.reason?.en)
        XCTAssertTrue(
            government.contains("ranks 3 in cluster") && government.contains("reached the plan of 1 of its 2"),
            government)
    }

    /// 02 merged into 01 on 30 June 2025: the phase report rolls its figures into 01 and says so.
    func testMergedAgencyRollsIntoItsSuccessorInAPhase() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.mergerYears()
        let review = try tiny.review("2025-2026")
        XCTAssertEqual(review.reorganisations.map { "\($0.agency)→\($0.successors.joined(separator: " "))" }, ["02→01"])
        let baseline = try XCTUnwrap(
            review.indicators.first {
                $0.year == 2024 && $0.scope == .agency && $0.code == "01" && $0.indicator == "PARTICIPANTS"
            })
        XCTAssertEqual(baseline.actual, 140, "02's 2024 figures count for 01")
        XCTAssertFalse(review.indicators.contains { $0.scope == .agency && $0.code == "02" })
        let growth = try XCTUnwrap(review.growth.first { $0.scope == .sector && $0.indicator == "PARTICIPANTS" })
        XCTAssertEqual(growth.baseline, 150)
        XCTAssertEqual(growth.last, 173)
        XCTAssertEqual(growth.growthPercent, 15.33)
        // 2025 and 2026 expect only 01 and 03: 02, merged away at the end of June 2025, is reported for by 01.
        XCTAssertEqual(review.completeness.map(\.expected), [2, 2])
        XCTAssertEqual(review.submissions.filter { $0.state == .missing }.map { "\($0.year)/\($0.agency)" }, [])
        XCTAssertEqual(
            review.submissions.filter { $0.state == .reportedBySuccessor }.map {
                "\($0.year)/\($0.agency)→\($0.reportedBy ?? "")"
            }, ["2025/02→01"])
        let phaseRank = try XCTUnwrap(review.rankings.first { $0.year == nil && $0.agency == "01" })
        XCTAssertEqual(phaseRank.yearsScored, 2, "one score a year for 01 with 02 inside, not 02's scores besides")
        XCTAssertEqual(phaseRank.formerAgencies, ["02"])
        // A single-year report does not roll up.
        let year = try tiny.review("2024")
        XCTAssertTrue(year.indicators.contains { $0.scope == .agency && $0.code == "02" })
    }

    func testNoInputsForThePeriod() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        XCTAssertThrowsError(try tiny.review("2030")) { error in
            XCTAssertEqual((error as? RunFailure)?.status, .noInput)
        }
    }

    func testStateAwardsCountTheClassesOfAnOrderTogether() throws {
        let review = try DemoReviews.unwrap(DemoReviews.year)
        let families = review.headline.stateAndGovernmentAwards
        XCTAssertEqual(
            families.map(\.family), ["HCLD", "CTD-CP", "BK-TTG"], "the catalogue's family, then awards on their own")
        let order = try XCTUnwrap(families.first)
        XCTAssertEqual([order.name, order.nameEn], ["Huân chương Lao động", "Labour Order"])
        XCTAssertEqual([order.collectives, order.individuals], [11, 6])
    }
}
