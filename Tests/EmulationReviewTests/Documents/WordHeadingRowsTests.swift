import XCTest

@testable import EmulationReviewRun

/// The Word tables' heading rows, marked to repeat on every page: which rows, and which tables are left alone.
final class WordHeadingRowsTests: XCTestCase {
    private static let look = "<w:tblPr><w:tblLook w:firstRow=\"0\" /></w:tblPr>"
    private static let bold =
        "<w:tc><w:p><w:pPr><w:jc w:val=\"center\" /></w:pPr><w:r><w:rPr><w:bCs /><w:b /></w:rPr><w:t>Năm</w:t></w:r></w:p></w:tc>"
    /// A group's row: bold, but set to the left.
    private static let group =
        "<w:tc><w:p><w:pPr><w:jc w:val=\"left\" /></w:pPr><w:r><w:rPr><w:b /></w:rPr><w:t>Cụm 1</w:t></w:r></w:p></w:tc>"
    private static let plain = "<w:tc><w:p><w:r><w:t>2021</w:t></w:r></w:p></w:tc>"
    private static let marked = "<w:tr><w:trPr><w:tblHeader w:val=\"true\" /></w:trPr>"

    func testTheLeadingBoldRowsOfATableAreMarked() {
        let table =
            "<w:tbl>\(Self.look)<w:tr>\(Self.bold)\(Self.bold)</w:tr><w:tr>\(Self.plain)\(Self.bold)</w:tr></w:tbl>"
        let result = WordHeadingRows.mark("<w:body><w:p/>\(table)<w:p/></w:body>")
        XCTAssertEqual(
            result,
            "<w:body><w:p/><w:tbl>\(Self.look)\(Self.marked)\(Self.bold)\(Self.bold)</w:tr>"
                + "<w:tr>\(Self.plain)\(Self.bold)</w:tr></w:tbl><w:p/></w:body>",
            "the heading row only: the next has a plain cell")
    }

    func testAHeadingWithALineBreakIsAHeading() {
        let broken =
            "<w:tc><w:p><w:pPr><w:jc w:val=\"center\" /></w:pPr><w:r><w:rPr><w:b /></w:rPr><w:t>Số năm</w:t></w:r>"
            + "<w:r><w:br /></w:r><w:r><w:rPr><w:b /></w:rPr><w:t>chấm</w:t></w:r></w:p></w:tc>"
        let table = "<w:tbl>\(Self.look)<w:tr>\(Self.bold)\(broken)</w:tr><w:tr>\(Self.plain)</w:tr></w:tbl>"
        XCTAssertTrue(WordHeadingRows.mark(table).hasPrefix("<w:tbl>\(Self.look)\(Self.marked)"))
    }

    func testAFormsHeadingRowsAreMarkedUpToThree() {
        let rows = String(repeating: "<w:tr>\(Self.bold)</w:tr>", count: 5)
        let result = WordHeadingRows.mark("<w:tbl>\(Self.look)\(rows)</w:tbl>")
        XCTAssertEqual(result.components(separatedBy: "<w:tblHeader").count - 1, WordHeadingRows.maximumRows)
    }

    func testAnExistingRowPropertyKeepsOneElement() {
        let table = "<w:tbl>\(Self.look)<w:tr><w:trPr><w:cantSplit /></w:trPr>\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordHeadingRows.mark(table),
            "<w:tbl>\(Self.look)<w:tr><w:trPr><w:tblHeader w:val=\"true\" /><w:cantSplit /></w:trPr>\(Self.bold)</w:tr>"
                + "</w:tbl>")
    }

    func testTablesWithPandocsHeadingOrWithoutABoldFirstRowAreLeftAlone() {
        let letterhead =
            "<w:tbl><w:tblPr><w:tblLook w:firstRow=\"1\" /></w:tblPr>\(Self.marked)\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(WordHeadingRows.mark(letterhead), letterhead)
        let noHeading = "<w:tbl>\(Self.look)<w:tr>\(Self.plain)</w:tr><w:tr>\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(WordHeadingRows.mark(noHeading), noHeading)
        let grouped = "<w:tbl>\(Self.look)<w:tr>\(Self.bold)</w:tr><w:tr>\(Self.group)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordHeadingRows.mark(grouped),
            "<w:tbl>\(Self.look)\(Self.marked)\(Self.bold)</w:tr><w:tr>\(Self.group)</w:tr></w:tbl>",
            "a group's row after the heading is not repeated")
        let empty = "<w:tbl>\(Self.look)<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        XCTAssertEqual(WordHeadingRows.mark(empty), empty, "a row without text is no heading")
        XCTAssertEqual(WordHeadingRows.mark("<w:tbl><w:tr>"), "<w:tbl><w:tr>", "an unclosed table is left as it is")
    }
}
