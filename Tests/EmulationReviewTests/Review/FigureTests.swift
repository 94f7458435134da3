import EmulationReview
import Foundation
import TestSupport
import XCTest

/// Figures as the specification defines them, where an independent recomputation found them wrong.
final class FigureTests: XCTestCase {
    private func row(_ review: Review, _ year: Int, _ scope: Scope, _ code: String, _ indicator: String)
        -> IndicatorRow?
    {
        review.indicators.first { $0.year == year && $0.scope == scope && $0.code == code && $0.indicator == indicator }
    }

    /// The change is against the year before only: an agency without an accepted report that year has none.
    func testNoChangeAgainstTwoYearsBack() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(
            2023, [.init(code: "01", participants: 100, target: 100), .init(code: "03", participants: 10, target: 10)])
        try tiny.year(2024, [.init(code: "03", participants: 11, target: 10)])
        try tiny.year(
            2025, [.init(code: "01", participants: 130, target: 100), .init(code: "03", participants: 12, target: 10)])
        let review = try tiny.review("2025")
        let agency = try XCTUnwrap(row(review, 2025, .agency, "01", "PARTICIPANTS"))
        XCTAssertEqual(agency.actual, 130)
        XCTAssertNil(agency.previousActual, "01 sent no report for 2024")
        XCTAssertNil(agency.change)
        XCTAssertNil(agency.changePercent)
        XCTAssertEqual(row(review, 2025, .agency, "03", "PARTICIPANTS")?.change, 1)
    }

    /// A year whose sum lacks an agency given a plan (its report missing) keeps the sector's fulfilment against
    /// the whole plan, but is compared with neither the year before nor the year after: the change would be the
    /// missing agency's figure. The agency that did report keeps its change.
    func testASumLackingAnAgencyIsNotCompared() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        for year in 2023...2025 {
            try tiny.year(
                year,
                [
                    .init(code: "01", participants: 100 + year - 2023, target: 100),
                    .init(code: "03", participants: 10 + year - 2023, target: 10),
                ])
        }
        try FileManager.default.removeItem(at: tiny.root.appendingPathComponent("2024/01.xml"))
        let y2024 = try tiny.review("2024")
        for scope in [Scope.sector, .cluster] {
            let partial = try XCTUnwrap(row(y2024, 2024, scope, scope == .sector ? "VSS" : "C01", "PARTICIPANTS"))
            XCTAssertEqual(partial.actual, 11)
            XCTAssertEqual(partial.fulfilment, 10, "11 against the plan of both agencies, 110")
            XCTAssertNil(partial.change, "\(scope): 11 against 110 is not a fall of 90%")
            XCTAssertEqual(
                [partial.partial?.year, partial.partial?.reporting, partial.partial?.planned], [2024, 1, 2])
            XCTAssertTrue(partial.isPartial)
        }
        XCTAssertEqual(row(y2024, 2024, .agency, "03", "PARTICIPANTS")?.change, 1)
        let y2025 = try tiny.review("2025")
        let after = try XCTUnwrap(row(y2025, 2025, .sector, "VSS", "PARTICIPANTS"))
        XCTAssertEqual(after.actual, 114)
        XCTAssertNil(after.change, "114 against 11 is not a rise of 936%")
        XCTAssertFalse(after.isPartial)
        XCTAssertEqual(after.partial?.year, 2024)
        XCTAssertEqual(row(y2025, 2025, .agency, "03", "PARTICIPANTS")?.change, 1)
        // The report says why.
        let html = String(decoding: try HTMLReport.render(y2024, language: .en), as: UTF8.self)
        XCTAssertTrue(html.contains("2024 lacks the figures of "), "no note")
        XCTAssertTrue(html.contains("(01, no report sent)"), "the agency without a report is not named")
        XCTAssertTrue(html.contains("actuals cover 1 of the 2 agencies given a plan"), "no count")
        // The next year's report does not show 2024's rows, but says why its change is blank.
        let next = String(decoding: try HTMLReport.render(y2025, language: .en), as: UTF8.self)
        XCTAssertTrue(
            next.contains("2024 lacks the figures of "), "the 2025 report does not say why it is not compared")
        XCTAssertTrue(next.contains("(1 of the 2 agencies given a plan), so 2025 is not compared with 2024."))
    }

    /// A percentage's mean is compared unrounded with the year before's, and shown with two decimals.
    func testPercentageMeansAreComparedUnroundedAndShownRounded() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 100, target: 100, arrears: "1.006"),
                .init(code: "03", participants: 10, target: 10, arrears: "1.002"),
            ])
        try tiny.year(
            2025,
            [
                .init(code: "01", participants: 100, target: 100, arrears: "1.015"),
                .init(code: "03", participants: 10, target: 10, arrears: "1.014"),
            ])
        let review = try tiny.review("2025")
        let sector = try XCTUnwrap(row(review, 2025, .sector, "VSS", "ARREARS-RATE"))
        // Means 1.004 and 1.0145: the change is 0.0105, shown 0.01 (not 1.0145 − 1.00 = 0.0145).
        XCTAssertEqual(sector.actual, Decimal(string: "1.01"))
        XCTAssertEqual(sector.previousActual, 1)
        XCTAssertEqual(sector.change, Decimal(string: "0.01"))
        XCTAssertEqual(sector.changePercent, Decimal(string: "1.05"))
    }

    /// A file too broken to say when it was sent shows no submission time, not 1970.
    func testABrokenFileHasNoSubmissionTime() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2025, [.init(code: "01", participants: 100, target: 100)])
        try tiny.write(
            "2025/03.xml",
            tiny.submission(.init(code: "03", participants: 10, target: 10, submitted: "10/01/2026 09:00"), year: 2025))
        let review = try tiny.review("2025")
        let broken = try XCTUnwrap(review.submissions.first { $0.agency == "03" })
        XCTAssertEqual(broken.state, .rejected)
        XCTAssertNil(broken.submitted)
    }
}
