import EmulationReview
import Foundation
import XCTest

final class TitleListTests: XCTestCase {
    /// Awards and decisions are kept once each however many titles name them, past the few found by a look along
    /// the list; every title reads back as it was given.
    func testTitlesReadBackAsGiven() {
        let titles = (0..<40).map { n in
            TitleGiven(
                award: ["LDTT", "CSTDCS", "BK-TGD"][n % 3], decision: "\(n % 13)/QĐ-BHXH của Tổng Giám đốc",
                date: Day(year: 2020 + n % 5, month: 1 + n % 12, day: 1 + n % 28),
                location: Location(line: n + 1, column: 7))
        }
        let list = TitleList(titles)
        XCTAssertEqual(Array(list), titles)
        XCTAssertEqual(list.count, 40)
        XCTAssertEqual(list[12].decision, "12/QĐ-BHXH của Tổng Giám đốc")
        XCTAssertEqual(list[39].location.line, 40)
        XCTAssertEqual(TitleList([]).count, 0)
        XCTAssertEqual(TitleList([]), [])
        XCTAssertNotEqual(list, TitleList(Array(titles.dropLast())))
        XCTAssertEqual(Set([list, TitleList(titles)]).count, 1)
    }
}
