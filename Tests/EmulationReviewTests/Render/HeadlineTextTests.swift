import EmulationReview
import TestSupport
import XCTest

/// The report email's headline reads the same review facts as the HTML summary: the seed's figures.
final class HeadlineTextTests: XCTestCase {
    func testThePhaseHeadlineHasTheSeedFiguresInBothLanguages() throws {
        let review = try DemoReviews.unwrap(DemoReviews.phase)
        let vi = HeadlineText.lines(review)
        XCTAssertEqual(
            vi.first,
            "Người tham gia BHXH, BHYT, BHTN: 86.400.000 người (đến 31/08/2020), bằng 98,14% kế hoạch năm 2020.")
        XCTAssertTrue(vi.contains("Năm gốc 2015: 70.200.000 người."), "\(vi)")
        XCTAssertTrue(vi.contains("Người tham gia BHXH tự nguyện: 786.173 người."), "\(vi)")
        // The classes of the Labour Order count together, as the summary and the sector report them.
        XCTAssertTrue(vi.contains { $0.hasPrefix("Huân chương Lao động: ") }, "\(vi)")
        let en = HeadlineText.lines(review, language: .en)
        XCTAssertEqual(en.first, "SI, HI and UI policyholders: 86,400,000 (at 31 Aug 2020), 98.14% of the 2020 plan.")
        XCTAssertTrue(en.contains { $0.hasPrefix("Labour Order: ") }, "\(en)")
        XCTAssertEqual(vi.count, en.count)
    }
}
