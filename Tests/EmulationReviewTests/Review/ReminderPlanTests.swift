import EmulationReview
import EmulationReviewRun
import Foundation
import XCTest

/// Which reminder stage is due on a day: the latest that has come, a reminder only up to the deadline, nothing once
/// the year has closed.
final class ReminderPlanTests: XCTestCase {
    let plan = ReminderSettings(before: [7, 1], after: [3, 10])
    let deadline = Day(year: 2027, month: 1, day: 15)

    func due(_ month: Int, _ day: Int, year: Int = 2027) -> String? {
        ReminderStage.due(deadline: deadline, today: Day(year: year, month: month, day: day), settings: plan)?.name
    }

    func testTheLatestStageThatHasComeIsDue() {
        XCTAssertNil(due(1, 7), "eight days before: nothing yet")
        XCTAssertEqual(due(1, 8), "before-7")
        XCTAssertEqual(due(1, 13), "before-7")
        XCTAssertEqual(due(1, 14), "before-1")
        XCTAssertEqual(due(1, 15), "before-1", "the deadline day itself")
        XCTAssertNil(due(1, 16), "after the deadline a reminder is too late and a notice not due yet")
        XCTAssertEqual(due(1, 18), "after-3")
        XCTAssertEqual(due(1, 25), "after-10")
        XCTAssertEqual(due(2, 24), "after-10", "thirty days after the last stage")
        XCTAssertNil(due(2, 25), "the year has closed")
        XCTAssertNil(due(1, 20, year: 2028))
    }

    func testDaysAndHanoisCalendar() {
        XCTAssertEqual(Day(year: 2024, month: 2, day: 28).adding(1), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(Day(year: 2026, month: 12, day: 31).adding(1), Day(year: 2027, month: 1, day: 1))
        XCTAssertEqual(Day(year: 2027, month: 1, day: 15).adding(-15), Day(year: 2026, month: 12, day: 31))
        // 17:30 UTC on 14 Jan is already 15 Jan in Hanoi.
        XCTAssertEqual(
            Day.hanoi(ISO8601DateFormatter().date(from: "2027-01-14T17:30:00Z")!), Day(year: 2027, month: 1, day: 15))
    }
}
