import EmulationReview
import Foundation
import TestSupport
import XCTest

/// The statistics forms count the statistics year (1 Dec of the year before – 30 Nov), the rest of the review
/// the calendar year.
final class StatisticsYearTests: XCTestCase {
    func testTheWindows() {
        let year = Period(first: 2020, last: 2020)
        XCTAssertEqual(year.statisticsWindow.lowerBound, Day(year: 2019, month: 12, day: 1))
        XCTAssertEqual(year.statisticsWindow.upperBound, Day(year: 2020, month: 11, day: 30))
        XCTAssertEqual(year.calendarWindow.lowerBound, Day(year: 2020, month: 1, day: 1))
        let phase = Period(first: 2016, last: 2020)
        XCTAssertEqual(phase.statisticsWindow.lowerBound, Day(year: 2015, month: 12, day: 1))
        XCTAssertEqual(phase.statisticsWindow.upperBound, Day(year: 2020, month: 11, day: 30))
    }

    /// Certificates of Merit decided on 10 and 20 Dec 2023 count in the forms of 2024, one decided on 5 Dec 2024 in
    /// those of 2025; the awards list of 2024 keeps the calendar year. A movement of December 2023 is in the
    /// forms of 2024, not in the movements of the calendar year.
    func testTheFormsCountTheStatisticsYear() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.write(
            "reference/catalogue.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalogue xmlns="urn:vn:vss:emulation-review:reference:v1">
              <indicators>
                <indicator code="PARTICIPANTS" name="Người tham gia" unit="persons" better="higher"/>
                <indicator code="ARREARS-RATE" name="Tỷ lệ chậm đóng" unit="percent" better="lower"/>
              </indicators>
              <movements>
                <movement code="AN-1" name="Thi đua hằng năm" kind="annual" launchedBy="sector" start="2024-01-01"/>
                <movement code="TH-1" name="Thi đua cuối năm" kind="thematic" launchedBy="sector" start="2023-12-05" end="2023-12-31"/>
              </movements>
              <awards>
                <award code="LDTT" name="Lao động tiên tiến" kind="emulation-title" level="agency" recipients="individual" rank="2"/>
                <award code="BK-TGD" name="Bằng khen của Tổng Giám đốc" kind="certificate-of-merit" level="sector" recipients="both" rank="4"/>
              </awards>
            </catalogue>
            """)
        let agencies: [TinyInputs.Agency] = [.init(code: "01", participants: 100, target: 100)]
        try tiny.year(2023, agencies)
        try tiny.year(2024, agencies)
        try writeBoard(
            tiny, 2023,
            decisions: [
                ("101/QĐ-BHXH", "2023-06-01"), ("102/QĐ-BHXH", "2023-12-10"), ("103/QĐ-BHXH", "2023-12-20"),
            ])
        try writeBoard(tiny, 2024, decisions: [("201/QĐ-BHXH", "2024-06-01"), ("202/QĐ-BHXH", "2024-12-05")])

        let review = try tiny.review("2024")
        XCTAssertEqual(
            review.awards.filter { $0.award == "BK-TGD" }.map(\.decision), ["201/QĐ-BHXH", "202/QĐ-BHXH"],
            "the awards list keeps the calendar year")
        let sector = try XCTUnwrap(review.forms.first { $0.code.hasSuffix("03.N") })
        XCTAssertEqual(sector.rows.first?.values.first, 3, "10 and 20 Dec 2023 and 1 Jun 2024, not 5 Dec 2024")
        let movements = try XCTUnwrap(review.forms.first { $0.code.hasSuffix("01.N") })
        XCTAssertEqual(movements.rows.first?.values.first, 2, "the movement of December 2023 counts in 2024")
        XCTAssertEqual(review.movements.map(\.code), ["AN-1"])

        let html = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(html.contains("từ 01/12/2023 đến 30/11/2024"), "the report states the statistics year")
        XCTAssertTrue(html.contains("từ 01/01/2024 đến 31/12/2024"), "and the calendar year")
        let english = String(decoding: try HTMLReport.render(review, language: .en), as: UTF8.self)
        XCTAssertTrue(english.contains("1 Dec 2023 to 30 Nov 2024"))
        XCTAssertTrue(english.contains("1 Jan 2024 to 31 Dec 2024"))
    }

    private func writeBoard(_ tiny: TinyInputs, _ year: Int, decisions: [(String, String)]) throws {
        var text = ""
        for (number, date) in decisions {
            text += """
                    <decision number="\(number)" date="\(date)" authority="general-director" award="BK-TGD" recognises="\(year)">
                      <recipient kind="collective" agency="01" id="01-01" name="Phòng Thu"/>
                    </decision>

                """
        }
        try tiny.write(
            "\(year)/board.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <board xmlns="urn:vn:vss:emulation-review:board:v1" year="\(year)">
              <plan deadline="\(year + 1)-01-15">
                <target agency="01" indicator="PARTICIPANTS" value="100"/>
                <target agency="01" indicator="ARREARS-RATE" value="1.50"/>
              </plan>
              <decisions>
            \(text)  </decisions>
              <documents/>
            </board>
            """)
    }
}
