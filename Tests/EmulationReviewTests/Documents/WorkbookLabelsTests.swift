import EmulationReview
import TestSupport
import XCTest

@testable import EmulationReviewRun

/// The workbook's words for the CSV files' machine names, and the cell rules that need no workbook to check.
final class WorkbookLabelsTests: XCTestCase {
    /// A new CSV column needs its header words here too: the fallback (the name made readable) is for safety only.
    func testEveryCSVColumnHasHeaderWordsInBothLanguages() throws {
        let review = try DemoReviews.unwrap(DemoReviews.year)
        for (file, make) in CSVReports.tables(review, language: .vi) where !file.hasPrefix("form-") {
            XCTAssertNotNil(WorkbookLabels.sheets[file], "\(file) has no sheet name")
            XCTAssertNotNil(WorkbookLabels.holds[file], "\(file) has no description for the summary")
            let header = make().header
            for column in header {
                XCTAssertNotNil(
                    WorkbookLabels.byFile[file]?[column] ?? WorkbookLabels.common[column],
                    "\(file): the column \(column) has no header words")
            }
            for language in Language.allCases {
                let labels = header.map { WorkbookLabels.header($0, in: file, language: language) }
                XCTAssertEqual(Set(labels).count, labels.count, "\(file): two columns read the same in \(language)")
            }
        }
        XCTAssertEqual(WorkbookLabels.header("agency", in: "awards.csv", language: .vi), "Mã đơn vị")
        XCTAssertEqual(WorkbookLabels.header("agency_name", in: "awards.csv", language: .en), "Agency")
        XCTAssertEqual(WorkbookLabels.header("code", in: "movements.csv", language: .vi), "Mã phong trào")
        XCTAssertEqual(WorkbookLabels.header("new_column", in: "awards.csv", language: .vi), "New column")
    }

    func testSheetNamesAreSafeShortAndUnique() {
        var names = SheetNames()
        XCTAssertEqual(names.make("Tóm tắt"), "Tóm tắt")
        XCTAssertEqual(names.make("a[b]:c*d?e/f\\g"), "a-b--c-d-e-f-g")
        XCTAssertEqual(names.make("'quoted'"), "quoted")
        XCTAssertEqual(names.make("TÓM TẮT"), "TÓM TẮT (2)")
        let long = names.make(String(repeating: "Khen thưởng ", count: 5))
        XCTAssertEqual(long.unicodeScalars.count, 31)
        XCTAssertEqual(names.make(String(repeating: "Khen thưởng ", count: 5)).suffix(4), " (2)")
        XCTAssertEqual(names.make(""), "Sheet")
    }

    func testShownLengthIsTheCharacterCount() {
        let texts = [
            "", "Nguyễn Thị Hồng Nhung", "Đắk Lắk", "Bảo hiểm xã hội tỉnh Thừa Thiên Huế", "a\tb\nc", "a\r\nb",
            "\r\n\r\n", "\r", "©\u{200D}®", "Nguye\u{302}\u{303}n", "e\u{301}", "ỹ\u{301}", "👩‍👩‍👧", "🇻🇳",
            "한국", "\u{7F}\u{85}\u{AD}", "A\u{2028}B", "Ỹ",
        ]
        for text in texts {
            XCTAssertEqual(TableSheet.shownLength(text), text.count, text.debugDescription)
        }
    }

    func testCellRules() {
        XCTAssertEqual(TableSheet.kind(of: "deadline"), .date)
        XCTAssertEqual(TableSheet.kind(of: "submitted"), .dateTime)
        XCTAssertEqual(TableSheet.kind(of: "year"), .plain)
        XCTAssertEqual(TableSheet.kind(of: "women_percent"), .percent)
        XCTAssertEqual(TableSheet.kind(of: "agency"), .general)
        let time = TableSheet.localTime("2021-01-14T09:30:00+07:00")
        XCTAssertEqual(time?.0, Day(year: 2021, month: 1, day: 14))
        XCTAssertEqual(time?.1, 9)
        XCTAssertEqual(time?.2, 30)
        XCTAssertNil(TableSheet.localTime("2021-01-14"))
        XCTAssertNil(TableSheet.localTime("2021-01-14T25:00:00Z"))
        XCTAssertEqual(TableSheet.printable("Hà Nội – 01"), "Hà Nội – 01")
        XCTAssertEqual(TableSheet.printable("a\nb\u{85}"), "a\\nb\\u{85}")
        XCTAssertEqual(TableSheet.digits(86_400_000, grouped: true), 10)
        XCTAssertEqual(TableSheet.digits(2020, grouped: false), 4)
        for value in [0, 9, 10, 999, 1000, -1, -1000, 123_456_789, Int.max, Int.min] {
            let count = String(value.magnitude).count
            XCTAssertEqual(TableSheet.digits(value, grouped: true), count + (count - 1) / 3 + (value < 0 ? 1 : 0))
            XCTAssertEqual(TableSheet.digits(value, grouped: false), count + (value < 0 ? 1 : 0))
        }
        XCTAssertEqual(TableSheet.lines("Mã cụm, khối thi đua", width: 14), 2)
    }
}
