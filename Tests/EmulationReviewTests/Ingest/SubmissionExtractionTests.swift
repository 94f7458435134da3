import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

final class SubmissionExtractionTests: XCTestCase {
    func testValidSubmissionIsExtractedWhole() throws {
        let file = TestSupport.ingest("valid/submission.xml")
        XCTAssertEqual(file.outcome, .accepted, "\(file.findings.map { $0.formatted(.en) })")
        XCTAssertEqual(file.format, .submission)
        XCTAssertEqual(file.sha256.count, 64)
        let s = try XCTUnwrap(file.submission)
        XCTAssertEqual(s.agency, "79")
        XCTAssertEqual(s.year, 2020)
        XCTAssertEqual(s.revision, 1)
        XCTAssertEqual(s.submitted?.text, "2020-09-10T09:30:00+07:00")
        XCTAssertEqual(s.preparer.name, "Trần Văn Minh")
        XCTAssertEqual(s.preparer.email, "thidua@hcm.vss.gov.vn")
        XCTAssertEqual(s.workforce.total, 120)
        XCTAssertEqual(s.workforce.women, 70)
        XCTAssertEqual(s.indicatorsAsOf, Day(year: 2020, month: 8, day: 31))
        XCTAssertEqual(s.indicators.map(\.code), ["PARTICIPANTS", "HI-COVERAGE"])
        XCTAssertEqual(s.indicators[1].actual, Decimal(string: "91.25"))
        XCTAssertEqual(s.movements.first?.code, "PM-01")
        XCTAssertEqual(s.movements.first?.achievement, "Hỗ trợ xây dựng nông thôn mới tại 3 xã.")
        XCTAssertEqual(s.documents.first?.number, "12/HD-BHXH")
        XCTAssertEqual(s.collectives.first?.titles.first?.award, "TTLDXS")
        XCTAssertEqual(s.people.count, 3)
        XCTAssertEqual(s.people[0].id, "7900000001")
        XCTAssertEqual(s.people[0].name, "Nguyễn Thị Hoa 1")
        XCTAssertEqual(s.people[0].gender, .female)
        XCTAssertEqual(s.people[0].collective, "79-01")
        XCTAssertEqual(s.people[0].titles.map(\.award), ["LDTT"])
        XCTAssertEqual(s.people[0].titles.first?.date, Day(year: 2020, month: 12, day: 20))
        XCTAssertEqual(s.nominations.first?.grounds, "Hoàn thành xuất sắc nhiệm vụ hai năm liền & có sáng kiến.")
        XCTAssertEqual(s.nominations.first?.location.line, 32)
    }

    /// The people of a file share one list of titles; each still reads exactly its own, in the file's order,
    /// and a person without a title reads none.
    func testEachPersonReadsItsOwnTitles() throws {
        var text = try String(contentsOfFile: TestSupport.fixture("valid/submission.xml"), encoding: .utf8)
        let second =
            #"<title award="LDTT" decision="45/QĐ-BHXH" date="2020-12-20"/>"# + "\n    </person>\n"
            + #"    <person id="7900000003""#
        XCTAssertTrue(text.contains(second))
        text = text.replacingOccurrences(
            of: second,
            with: #"<title award="LDTT" decision="45/QĐ-BHXH" date="2020-12-20"/>"#
                + #"<title award="CSTDCS" decision="47/QĐ-BHXH" date="2020-12-21"/>"# + "\n    </person>\n"
                + #"    <person id="7900000003""#)
        let third = #"""
            rating="good" collective="79-01">
                  <title award="LDTT" decision="45/QĐ-BHXH" date="2020-12-20"/>
                </person>
              </people>
            """#
        XCTAssertTrue(text.contains(third))
        text = text.replacingOccurrences(
            of: third, with: "rating=\"good\" collective=\"79-01\">\n    </person>\n  </people>")
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("submission.xml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let file = TestSupport.ingestor.ingest(path: path, reference: nil)
        XCTAssertEqual(file.outcome, .accepted, "\(file.findings.map { $0.formatted(.en) })")
        let s = try XCTUnwrap(file.submission)
        XCTAssertEqual(s.people.map { $0.titles.map(\.award) }, [["LDTT"], ["LDTT", "CSTDCS"], []])
        XCTAssertEqual(s.people[1].titles.last?.date, Day(year: 2020, month: 12, day: 21))
        XCTAssertEqual(s.people[1].titles[1].location.line, 25)
        XCTAssertEqual(s.collectives.first?.titles.map(\.award), ["TTLDXS"])
        // Encoded as a list of its own: the report's digests of what it used do not change with the storage.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        XCTAssertEqual(
            try encoder.encode(s.people[1].titles), try encoder.encode(Array(s.people[1].titles)))
        XCTAssertEqual(s.people[1].titles, TitleList(Array(s.people[1].titles)))
        XCTAssertNotEqual(s.people[0].titles, s.people[1].titles)
    }

    /// UTF-16 with either byte order mark, a UTF-8 BOM and CRLF line ends all give the same submission.
    func testEncodingsAndLineEndsGiveTheSameSubmission() throws {
        let reference = try XCTUnwrap(TestSupport.ingest("valid/submission.xml").submission)
        for name in ["utf8-bom.xml", "crlf.xml", "utf16le-bom.xml", "utf16be-bom.xml"] {
            let file = TestSupport.ingest("valid/\(name)")
            XCTAssertEqual(file.outcome, .accepted, "\(name): \(file.findings.map { $0.formatted(.en) })")
            XCTAssertEqual(file.submission, reference, name)
        }
    }

    func testCrossChecksPassForAValidFileAgainstItsReference() {
        let file = TestSupport.ingest("valid/submission.xml", reference: TestSupport.fixtureReference)
        XCTAssertEqual(file.outcome, .accepted, "\(file.findings.map { $0.formatted(.en) })")
        XCTAssertTrue(file.findings.isEmpty)
    }
}
