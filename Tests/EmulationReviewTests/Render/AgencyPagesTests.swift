import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// Each agency's page: one per agency the report shows, a merged agency's years on its successor's page.
final class AgencyPagesTests: XCTestCase {
    func testAMergedAgencysYearsAreOnItsSuccessorsPage() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.mergerYears()
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
