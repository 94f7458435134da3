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

    /// The page's template reads each row through its table of fields: a stored property missing from the table
    /// would render as nothing. Every table names exactly the type's stored properties, and an optional field reads
    /// as its value or as nothing, as the template library's own lookup gives.
    func testThePageModelsFieldTablesNameEveryStoredProperty() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.mergerYears()
        let review = try tiny.review("2025-2026")
        let model = ModelFormatter(review: review, language: .en).agencyPage("01", rows: AgencyRows(review))
        var checked: [String] = []
        func check<Value: TemplateFields>(_ value: Value?) {
            guard let value else { return }
            let stored = Mirror(reflecting: value).children.compactMap(\.label)
            XCTAssertEqual(Set(Value.fields.keys), Set(stored), "\(Value.self)")
            checked.append("\(Value.self)")
        }
        check(model)
        check(model.years.first)
        check(model.years.first?.lines.first)
        check(model.ranks.first)
        check(model.submissions.first)
        check(model.awards.first)
        check(model.notable.first)
        check(model.verdicts.first)
        XCTAssertGreaterThanOrEqual(checked.count, 5, "the page has rows of most kinds: \(checked)")
        for (name, field) in [("includes", model.includes), ("clusterNote", model.clusterNote)] {
            let read = model.child(named: name)
            XCTAssertEqual(read == nil, field == nil, "\(name): an absent optional reads as nothing")
            if let read { XCTAssertTrue(type(of: read) == String.self, "\(name) reads as its value") }
        }
        XCTAssertNil(model.child(named: "noSuchField"))
    }
}
