import EmulationReview
import Foundation
import TestSupport
import XCTest

/// What the statistics forms split awards by comes from the board's decisions: the recipient's category
/// (enterprise, household, business person), the method (including seniority and resistance) and the proposer.
final class RecipientCategoryTests: XCTestCase {
    func testTheFormsCountEnterprisesHouseholdsMethodAndProposer() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let agencies: [TinyInputs.Agency] = [.init(code: "01", participants: 100, target: 100)]
        try tiny.year(
            2024, agencies,
            decisions: """
                <decision number="301/QĐ-TTg" date="2024-06-01" authority="prime-minister" award="CTD-CP" kind="seniority" proposer="province">
                  <recipient kind="collective" agency="01" id="01-01" name="Công ty Cổ phần Một" category="enterprise"/>
                  <recipient kind="collective" agency="01" id="01-02" name="Hộ gia đình ông Nguyễn Văn Hai" category="household"/>
                  <recipient kind="collective" agency="01" id="01-03" name="Phòng Thu"/>
                </decision>
                """)
        let review = try tiny.review("2024")
        let form = try XCTUnwrap(review.forms.first { $0.code == "0602.N" })
        func total(_ code: String) -> Int? { form.rows.first { $0.code == code }?.values.first }
        XCTAssertEqual(total("01"), 3, "every recipient")
        XCTAssertEqual(total("02"), 0, "none proposed centrally")
        XCTAssertEqual(total("03"), 3, "all proposed by a province")
        XCTAssertEqual(total("06"), 2, "the collectives, households apart")
        XCTAssertEqual(total("07"), 1, "of which the enterprise")
        XCTAssertEqual(total("08"), 1, "the household")
        XCTAssertEqual(total("15"), 0, "none regular")
        XCTAssertEqual(total("20"), 3, "all for seniority")
        let awards = review.awards.filter { $0.decision == "301/QĐ-TTg" }
        XCTAssertEqual(awards.map(\.category), [.enterprise, .household, nil])
        XCTAssertEqual(Set(awards.map(\.proposer)), [.province])
    }
}
