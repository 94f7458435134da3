import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// What a report counts as its own: the findings of its years' files, and its date.
final class ReportYearsTests: XCTestCase {
    func testAReportListsOnlyTheFindingsOfItsOwnYearsFiles() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        for year in 2022...2024 {
            try tiny.year(
                year,
                [.init(code: "01", participants: 100, target: 100), .init(code: "02", participants: 50, target: 50)])
            try tiny.write("\(year)/03.xml", "<submission xmlns=\"urn:vn:vss:emulation-review:submission:v1\">")
        }
        let files = { (review: Review) in Set(review.findings.map(\.file)).sorted() }
        let single = try tiny.review("2024")
        XCTAssertFalse(single.findings.isEmpty)
        XCTAssertEqual(
            files(single).map { ($0 as NSString).lastPathComponent }, ["03.xml"],
            "the broken files of 2022 and 2023 were read as history only")
        XCTAssertTrue(files(single).allSatisfy { $0.contains("/2024/") }, "\(files(single))")
        let phase = try tiny.review("2023-2024")
        XCTAssertEqual(
            Set(files(phase).map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent }),
            ["2023", "2024"], "a phase lists its own years, not its baseline's")
    }

    func testTheReportIsDatedByTheLatestDecisionOrSubmissionItReports() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let decision =
            "<decision number=\"9/CTD\" date=\"2025-03-10\" authority=\"general-director\" award=\"CTD-BHXH\">"
            + "<recipient kind=\"agency\" agency=\"01\" name=\"BHXH 01\"/></decision>"
        try tiny.year(2023, [.init(code: "01", participants: 100, target: 100)])
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 110, target: 100, submitted: "2025-01-12T16:00:00+07:00"),
                .init(code: "03", participants: 100, target: 100),
            ],
            decisions: decision)
        try tiny.year(2025, [.init(code: "01", participants: 120, target: 100, submitted: "2026-01-05T08:00:00+07:00")])
        let review = try tiny.review("2024")
        XCTAssertEqual(review.date, Day(year: 2025, month: 3, day: 10), "the decision of 10 Mar 2025 is the latest")
        XCTAssertEqual(review.asOf, Day(year: 2024, month: 12, day: 31), "the figures keep their own date")
        let html = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(html.contains("Hà Nội, ngày 10 tháng 03 năm 2025"), "the dateline is the report's date")
        XCTAssertTrue(html.contains("Số liệu đến ngày 31/12/2024"), "the figures' date is still shown")
        XCTAssertEqual(
            try tiny.review("2023").date, Day(year: 2024, month: 1, day: 10),
            "without a decision, the latest submission time of the year (never a later year's)")
        let dated = try ReviewLoader(ingestor: TestSupport.ingestor).load(
            period: Period(first: 2024, last: 2024), inputs: tiny.root.path, asOf: nil,
            date: Day(year: 2025, month: 4, day: 1))
        XCTAssertEqual(Reviewer().review(dated).date, Day(year: 2025, month: 4, day: 1), "--date wins")
    }

    func testTheConfigurationAndTheEnvironmentSetTheReportsDate() async throws {
        let settings = try await Settings.load(path: nil, environment: ["EMULATION_REVIEW_DATE": "2021-01-20"])
        XCTAssertEqual(settings.date, Day(year: 2021, month: 1, day: 20))
        let unset = try await Settings.load(path: nil, environment: [:])
        XCTAssertNil(unset.date)
        do {
            _ = try await Settings.load(path: nil, environment: ["EMULATION_REVIEW_DATE": "20/01/2021"])
            XCTFail("a date not written YYYY-MM-DD is a configuration error")
        } catch {
            XCTAssertEqual(error.status, .configuration)
        }
    }

    func testAPhaseUnderWayReportsTheYearsItHasSoFar() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        for year in 2023...2024 {
            try tiny.year(
                year,
                [.init(code: "01", participants: 100, target: 100), .init(code: "03", participants: 50, target: 50)])
        }
        let review = try tiny.review("2023-2026")
        XCTAssertEqual(review.lastYear, 2024)
        XCTAssertTrue(review.isUnderWay)
        XCTAssertEqual(review.completeness.map(\.year), [2023, 2024], "2025 and 2026 have not come yet")
        XCTAssertFalse(review.submissions.contains { $0.year > 2024 })
        XCTAssertEqual(review.headline.agenciesMissing, 2, "02 sent nothing for 2023 and 2024, nobody is missing after")
        XCTAssertEqual(review.growth.first { $0.scope == .sector && $0.indicator == "PARTICIPANTS" }?.lastYear, 2024)
        let vi = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(
            vi.contains(
                "Sơ kết công tác thi đua, khen thưởng giai đoạn 2023–2026 (giai đoạn đang diễn ra: số liệu 2023–2024)"))
        XCTAssertTrue(vi.contains("Trong 2 năm có"), "the years so far, not the phase's four")
        let en = String(decoding: try HTMLReport.render(review, language: .en), as: UTF8.self)
        XCTAssertTrue(en.contains("the phase is under way: 2023–2024 so far"))
        let complete = try tiny.review("2023-2024")
        XCTAssertFalse(complete.isUnderWay)
        XCTAssertTrue(
            String(decoding: try HTMLReport.render(complete, language: .vi), as: UTF8.self).contains(
                "Tổng kết công tác thi đua, khen thưởng giai đoạn 2023–2024"))
    }
}
