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

    /// The bytes' fast path and the general parse agree at the edges of the plain `DDDD-DD-DD` case.
    func testReadsTheSameDaysWhicheverWayItParses() {
        XCTAssertEqual(Day(iso: "0000-01-01"), Day(year: 0, month: 1, day: 1))
        XCTAssertEqual(Day(iso: "2020-02-31T10:00:00Z"), Day(year: 2020, month: 2, day: 31))
        XCTAssertEqual(Day(iso: "2020-08-31"[...]), Day(year: 2020, month: 8, day: 31))
        XCTAssertEqual(Day(iso: "+020-08-31"), Day(year: 20, month: 8, day: 31))
        XCTAssertNil(Day(iso: "2020-08-31\u{301}"), "a combining accent makes the last digit another character")
        XCTAssertNil(Day(iso: "2020-00-10"))
        XCTAssertNil(Day(iso: "2020-01-32"))
        XCTAssertNil(Day(iso: "2020-1-010"))
        XCTAssertNil(Day(iso: "2020-08-3"))
        XCTAssertNil(Day(iso: "２０２０-08-31"))
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
