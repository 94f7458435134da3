import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// Unusual values: a change unlike the cluster's, across the lineage, and a rate outside its usual range.
final class UnusualValuesTests: XCTestCase {
    func testAChangeIsJudgedAgainstTheFormerAgenciesAddedUp() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year2024BeforeTheMerger()
        // 01 took 02 in on 1 Jul 2025: 250 against 140 is 1.8 times, not unusual; 03's 25 against 10 is.
        try tiny.year(
            2025, [.init(code: "01", participants: 250, target: 250), .init(code: "03", participants: 25, target: 10)])
        let review = try tiny.review("2025")
        let flagged = review.findings.filter { $0.code == "indicator.unusual-change" }
        XCTAssertEqual(flagged.map { ($0.file as NSString).lastPathComponent }, ["03.xml"])
        XCTAssertEqual(flagged.first?.severity, .warning, "a warning, never a rejection")
        XCTAssertEqual(
            flagged.first?.message.en,
            "PARTICIPANTS is 2.5 times last year's 10 (25 in 2025), unlike the other agencies of the cluster; check it (if it is right, nothing needs doing)"
        )
        XCTAssertTrue(flagged.first?.message.vi.contains("gấp 2,5 lần năm trước (10)") == true)
    }

    func testARateOutsideItsUsualRangeIsFlagged() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let catalogue = tiny.root.appendingPathComponent("reference/catalogue.xml")
        let text = try String(contentsOf: catalogue, encoding: .utf8).replacingOccurrences(
            of: "unit=\"percent\" better=\"lower\"", with: "unit=\"percent\" better=\"lower\" min=\"0\" max=\"10\"")
        try text.write(to: catalogue, atomically: true, encoding: .utf8)
        try tiny.year(
            2024,
            [
                .init(code: "01", participants: 100, target: 100, arrears: "12.50"),
                .init(code: "03", participants: 10, target: 10),
            ])
        let review = try tiny.review("2024")
        let flagged = review.findings.filter { $0.code == "indicator.out-of-range" }
        XCTAssertEqual(flagged.map { ($0.file as NSString).lastPathComponent }, ["01.xml"])
        XCTAssertEqual(
            flagged.first?.message.en,
            "ARREARS-RATE is 12.50 in 2024, outside its usual range 0–10 in the catalogue; check it (if it is right, nothing needs doing)"
        )
    }

    func testTheRobustScoreIgnoresASectorThatMovesTogether() {
        XCTAssertEqual(UnusualValues.median([3, 1, 2]), 2)
        XCTAssertEqual(UnusualValues.median([4, 1, 2, 3]), Decimal(string: "2.5"))
    }
}
