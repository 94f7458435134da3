import EmulationReview
import EmulationReviewRun
import XCTest

final class DayTests: XCTestCase {
    func testParsesAndPrintsISODates() {
        XCTAssertEqual(Day(iso: "2020-08-31"), Day(year: 2020, month: 8, day: 31))
        XCTAssertEqual(Day(iso: "2020-08-31+07:00")?.description, "2020-08-31")
        XCTAssertNil(Day(iso: "2020-13-01"))
        XCTAssertNil(Day(iso: "31/08/2020"))
        XCTAssertLessThan(Day(year: 2019, month: 12, day: 31), Day(year: 2020, month: 1, day: 1))
    }

    func testZonedTimestampsCompareAcrossZones() throws {
        let hanoi = try XCTUnwrap(ZonedTimestamp(iso: "2021-01-15T23:30:00+07:00"))
        let utc = try XCTUnwrap(ZonedTimestamp(iso: "2021-01-15T16:30:00Z"))
        XCTAssertEqual(hanoi.epochSeconds, utc.epochSeconds)
        XCTAssertEqual(utc.epochSeconds, 1_610_728_200)
        XCTAssertEqual(hanoi.localDay, Day(year: 2021, month: 1, day: 15))
        XCTAssertNil(ZonedTimestamp(iso: "2021-01-15"))
    }
}
