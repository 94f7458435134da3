import EmulationReview
import Foundation
import TestSupport
import XCTest

/// Forms 0604.N and 0605.N fill from the optional `<emulationWork>` part of the submissions of the period's last
/// year; a submission without it stays valid and counts nothing.
final class EmulationWorkFormsTests: XCTestCase {
    static let work = """
          <emulationWork>
            <office kind="division" name="Phòng Tổ chức cán bộ"/>
            <office kind="part-time" name="Văn phòng"/>
            <officer gender="female" born="1994" education="university" since="2021"/>
            <officer gender="male" born="1980" education="postgraduate" since="2010"/>
            <officer gender="female" born="1962" education="college" since="2016" dedicated="false"/>
          </emulationWork>
        </submission>
        """

    func testTheFormsFillFromTheLastYearsSubmissions() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let one = TinyInputs.Agency(code: "01", participants: 100, target: 100)
        let three = TinyInputs.Agency(code: "03", participants: 100, target: 100)
        try tiny.year(2023, [one, three])
        try tiny.year(2024, [one, three])
        try tiny.write(
            "2024/01.xml", tiny.submission(one, year: 2024).replacingOccurrences(of: "</submission>", with: Self.work))

        let file = TestSupport.ingestor.ingest(
            path: tiny.root.appendingPathComponent("2024/01.xml").path, reference: nil)
        XCTAssertEqual(file.outcome, .accepted, "\(file.findings.map { $0.formatted(.en) })")
        let work = try XCTUnwrap(file.submission?.emulationWork)
        XCTAssertEqual(work.offices.map(\.kind), [.division, .partTime])
        XCTAssertEqual(work.officers.map(\.dedicated), [true, true, false])
        XCTAssertEqual(work.officers.first?.education, .university)

        let review = try tiny.review("2024")
        XCTAssertEqual(review.forms.map(\.code), ["0601.N", "0602.N", "0603.N", "0604.N", "0605.N"])
        let offices = try XCTUnwrap(review.forms.first { $0.code == "0604.N" })
        XCTAssertEqual(offices.rows.first?.values, [2, 0, 1, 0, 1])
        let people = try XCTUnwrap(review.forms.first { $0.code == "0605.N" })
        func row(_ code: String) -> [Int]? { people.rows.first { $0.code == code }?.values }
        XCTAssertEqual(row("01"), [3, 2], "total and women")
        XCTAssertEqual(row("02"), [1, 1], "30 at 30 Nov 2024")
        XCTAssertEqual(row("04"), [1, 0], "44")
        XCTAssertEqual(row("06"), [0, 0])
        XCTAssertEqual(row("07"), [1, 1], "62")
        XCTAssertEqual(row("10"), [1, 1], "college")
        XCTAssertEqual(row("12"), [1, 0], "postgraduate")
        XCTAssertEqual([row("13"), row("14"), row("15")], [[1, 1], [1, 1], [1, 0]], "3, 8 and 14 years")
        // One of the two agencies lists its work: the forms say whose figures they are.
        XCTAssertTrue(people.counted)
        XCTAssertEqual(
            people.note?.en,
            "Figures of 1 of the 2 agencies whose 2024 submission was accepted; the others do not list this part.")
    }

    /// Without any `<emulationWork>` in the year the forms have no figures: printed blank with a note, not zeros
    /// that a clerk would send on as the sector having no such staff.
    func testNoAgencyListingItsWorkLeavesTheFormsBlank() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let one = TinyInputs.Agency(code: "01", participants: 100, target: 100)
        try tiny.year(2023, [one])
        try tiny.year(2024, [one])
        let review = try tiny.review("2024")
        let forms = review.forms.filter { ["0604.N", "0605.N"].contains($0.code) }
        XCTAssertEqual(forms.map(\.counted), [false, false])
        XCTAssertEqual(review.forms.filter { !$0.counted }.count, 2, "the awards and movements forms count")
        let html = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(
            html.contains(
                "Không có số liệu: không có báo cáo năm 2024 nào được chấp nhận có kê khai tổ chức, người làm")
        )
    }
}
