import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The reward fund: multiple × base salary on the decision date, a collective's multiple times the rulebook's
/// collective factor, and the awards the rulebook gives no multiple counted rather than silently left out.
final class RewardFundTests: XCTestCase {
    /// A Labour Order, Third Class to a collective and to a person of 01, and a Giấy khen (no multiple) to a
    /// person, all decided on 2 September 2024 (base salary 2,340,000).
    func testACollectiveOrderGetsTwiceAndAnAwardWithoutAMultipleIsCounted() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        // Two more award forms in the small catalogue: one without a multiple, one order.
        let catalogueURL = tiny.root.appendingPathComponent("reference/catalogue.xml")
        let catalogue = try String(contentsOf: catalogueURL, encoding: .utf8).replacingOccurrences(
            of: "<awards>\n",
            with: """
                <awards>
                    <award code="GK" name="Giấy khen" nameEn="Commendation paper of the unit head" kind="commendation-paper" level="agency" recipients="both" rank="1"/>
                    <award code="HCLD-3" name="Huân chương Lao động hạng Ba" kind="order" level="state" recipients="both" rank="8"/>

                """)
        try catalogue.write(to: catalogueURL, atomically: true, encoding: .utf8)
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        let boardURL = tiny.root.appendingPathComponent("2024/board.xml")
        let board = try String(contentsOf: boardURL, encoding: .utf8).replacingOccurrences(
            of: "<decisions/>",
            with: """
                <decisions>
                    <decision number="100/QĐ-CTN" date="2024-09-02" authority="president" award="HCLD-3">
                      <recipient kind="collective" agency="01" id="01-05" name="Phòng Thu"/>
                      <recipient kind="person" agency="01" id="0100000001" name="Nguyễn Văn Bình" gender="male"/>
                    </decision>
                    <decision number="7/QĐ-BHXH" date="2024-09-02" authority="general-director" award="GK">
                      <recipient kind="person" agency="01" id="0100000002" name="Trần Thị Cúc" gender="female"/>
                    </decision>
                  </decisions>
                """)
        try tiny.write("2024/board.xml", board)
        let review = try tiny.review("2024")

        let order = review.awards.filter { $0.award == "HCLD-3" }
        let collective = try XCTUnwrap(order.first { $0.recipientKind == .collective })
        let person = try XCTUnwrap(order.first { $0.recipientKind == .person })
        XCTAssertEqual(person.bonusMultiple, 4.5)
        XCTAssertEqual(person.rewardAmount, 10_530_000, "4.5 × 2,340,000")
        XCTAssertEqual(collective.bonusMultiple, 9, "a collective gets twice an individual's multiple")
        XCTAssertEqual(collective.rewardAmount, 21_060_000)

        let paper = try XCTUnwrap(review.awards.first { $0.award == "GK" })
        XCTAssertNil(paper.bonusMultiple)
        XCTAssertNil(paper.rewardAmount)
        let summary = Dictionary(uniqueKeysWithValues: review.awardSummary.map { ($0.award, $0) })
        XCTAssertEqual(summary["GK"]?.withoutMultiple, 1)
        XCTAssertEqual(summary["GK"]?.rewardTotal, 0)
        XCTAssertEqual(summary["HCLD-3"]?.withoutMultiple, 0)
        XCTAssertEqual(summary["HCLD-3"]?.rewardTotal, 31_590_000)

        // The report says the total leaves the Giấy khen out, in either language.
        let vi = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(vi.contains("trong đó 1 khen thưởng chưa có hệ số tiền thưởng"))
        XCTAssertTrue(vi.contains("Giấy khen (1)"))
        let en = String(decoding: try HTMLReport.render(review, language: .en), as: UTF8.self)
        XCTAssertTrue(en.contains("of which 1 award without a multiple"))
        XCTAssertTrue(en.contains("Commendation paper of the unit head (1)"))
    }

    /// A bonus without `collectiveFactor` gives a collective the individual's multiple.
    func testTheCollectiveFactorDefaultsToOne() {
        XCTAssertEqual(Bonus(multiple: 1.5).multiple(collective: true), 1.5)
        XCTAssertEqual(Bonus(multiple: 4.5, collectiveFactor: 2).multiple(collective: true), 9)
        XCTAssertEqual(Bonus(multiple: 4.5, collectiveFactor: 2).multiple(collective: false), 4.5)
    }

    /// The demo phase: every award of the catalogue but the Giấy khen has a multiple; the award counts are the
    /// seed report's.
    func testTheDemoPhaseFund() throws {
        let review = try DemoReviews.unwrap(DemoReviews.phase)
        let summary = review.awardSummary
        XCTAssertEqual(summary.map { $0.collectives + $0.individuals }.reduce(0, +), 12_418)
        XCTAssertEqual(summary.filter { $0.withoutMultiple > 0 }.map(\.award), ["GK"])
        XCTAssertEqual(summary.map(\.withoutMultiple).reduce(0, +), 619)
        XCTAssertEqual(summary.map(\.rewardTotal).reduce(0, +), 9_044_052_000)
        XCTAssertEqual(review.awards.compactMap(\.rewardAmount).reduce(0, +), 9_044_052_000)
    }
}
