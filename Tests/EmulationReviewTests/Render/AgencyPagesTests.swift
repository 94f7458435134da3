import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// Each agency's page: one per agency the report shows, a merged agency's years on its successor's page.
final class AgencyPagesTests: XCTestCase {
    func testAMergedAgencysYearsAreOnItsSuccessorsPage() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 100, target: 100), .init(code: "02", participants: 40, target: 40),
                .init(code: "03", participants: 10, target: 10),
            ])
        try tiny.year(
            2025, [.init(code: "01", participants: 150, target: 150), .init(code: "03", participants: 12, target: 10)])
        try tiny.year(
            2026, [.init(code: "01", participants: 160, target: 150), .init(code: "03", participants: 13, target: 10)])
        let review = try tiny.review("2025-2026")
        let pages = try AgencyPages.render(review, language: .en)
        XCTAssertEqual(pages.map(\.name), ["agencies/01.html", "agencies/03.html"], "02 has no page of its own")
        let page = String(decoding: try XCTUnwrap(pages.first?.data), as: UTF8.self)
        XCTAssertTrue(page.contains("Includes the figures of the former"), "the page says whom it includes")
        XCTAssertTrue(page.contains("href=\"../review.html\""), "the page links back to the review")
        XCTAssertTrue(page.contains("(02)"), "the former agency is named on 01's page")
        XCTAssertTrue(page.contains("<svg"), "the page has its chart")
        XCTAssertFalse(page.contains("{{"), "no template tag is left")
        // Deterministic: the same review gives the same bytes.
        XCTAssertEqual(try AgencyPages.render(review, language: .en).map(\.data), pages.map(\.data))
        // The review links each page.
        let html = String(decoding: try HTMLReport.render(review, language: .en), as: UTF8.self)
        XCTAssertTrue(html.contains("href=\"agencies/01.html\"") && html.contains("href=\"agencies/03.html\""))
    }
}
