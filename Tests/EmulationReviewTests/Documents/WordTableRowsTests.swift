import XCTest

@testable import EmulationReviewRun

/// The Word tables' rows after pandoc: which rows repeat as headings on every page, every row kept whole on one
/// page, and what is left alone.
final class WordTableRowsTests: XCTestCase {
    private static let look = "<w:tblPr><w:tblLook w:firstRow=\"0\" /></w:tblPr>"
    private static let bold =
        "<w:tc><w:p><w:pPr><w:jc w:val=\"center\" /></w:pPr><w:r><w:rPr><w:bCs /><w:b /></w:rPr><w:t>Năm</w:t></w:r></w:p></w:tc>"
    /// A group's row: bold, but set to the left.
    private static let group =
        "<w:tc><w:p><w:pPr><w:jc w:val=\"left\" /></w:pPr><w:r><w:rPr><w:b /></w:rPr><w:t>Cụm 1</w:t></w:r></w:p></w:tc>"
    private static let plain = "<w:tc><w:p><w:r><w:t>2021</w:t></w:r></w:p></w:tc>"
    private static let heading = "<w:tr><w:trPr><w:tblHeader w:val=\"true\" /><w:cantSplit /></w:trPr>"
    private static let row = "<w:tr><w:trPr><w:cantSplit /></w:trPr>"

    func testTheLeadingHeadingRowRepeatsAndNoRowBreaks() {
        let table =
            "<w:tbl>\(Self.look)<w:tr>\(Self.bold)\(Self.bold)</w:tr><w:tr>\(Self.plain)\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordTableRows.mark("<w:body><w:p/>\(table)<w:p/></w:body>"),
            "<w:body><w:p/><w:tbl>\(Self.look)\(Self.heading)\(Self.bold)\(Self.bold)</w:tr>"
                + "\(Self.row)\(Self.plain)\(Self.bold)</w:tr></w:tbl><w:p/></w:body>",
            "the heading row only: the next has a plain cell")
    }

    func testAHeadingWithALineBreakIsAHeading() {
        let broken =
            "<w:tc><w:p><w:pPr><w:jc w:val=\"center\" /></w:pPr><w:r><w:rPr><w:b /></w:rPr><w:t>Số năm</w:t></w:r>"
            + "<w:r><w:br /></w:r><w:r><w:rPr><w:b /></w:rPr><w:t>chấm</w:t></w:r></w:p></w:tc>"
        let table = "<w:tbl>\(Self.look)<w:tr>\(Self.bold)\(broken)</w:tr><w:tr>\(Self.plain)</w:tr></w:tbl>"
        XCTAssertTrue(WordTableRows.mark(table).hasPrefix("<w:tbl>\(Self.look)\(Self.heading)"))
    }

    func testAFormsHeadingRowsRepeatUpToThree() {
        let rows = String(repeating: "<w:tr>\(Self.bold)</w:tr>", count: 5)
        let result = WordTableRows.mark("<w:tbl>\(Self.look)\(rows)</w:tbl>")
        XCTAssertEqual(result.components(separatedBy: "<w:tblHeader").count - 1, WordTableRows.maximumRows)
        XCTAssertEqual(result.components(separatedBy: "<w:cantSplit />").count - 1, 5)
    }

    func testAGroupsRowAfterTheHeadingDoesNotRepeat() {
        let grouped =
            "<w:tbl>\(Self.look)<w:tr>\(Self.bold)</w:tr><w:tr>\(Self.group)</w:tr><w:tr>\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordTableRows.mark(grouped),
            "<w:tbl>\(Self.look)\(Self.heading)\(Self.bold)</w:tr>\(Self.row)\(Self.group)</w:tr>"
                + "\(Self.row)\(Self.bold)</w:tr></w:tbl>",
            "only leading rows are headings")
    }

    func testAnExistingRowPropertyKeepsOneElement() {
        let table = "<w:tbl>\(Self.look)<w:tr><w:trPr><w:jc w:val=\"center\" /></w:trPr>\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordTableRows.mark(table),
            "<w:tbl>\(Self.look)\(Self.heading.dropLast("</w:trPr>".count))<w:jc w:val=\"center\" /></w:trPr>"
                + "\(Self.bold)</w:tr></w:tbl>")
    }

    func testPandocsOwnHeadingsAndRowsWithoutAHeadingAreOnlyKeptWhole() {
        let letterhead =
            "<w:tbl><w:tblPr><w:tblLook w:firstRow=\"1\" /></w:tblPr><w:tr><w:trPr><w:tblHeader w:val=\"true\" />"
            + "</w:trPr>\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordTableRows.mark(letterhead),
            "<w:tbl><w:tblPr><w:tblLook w:firstRow=\"1\" /></w:tblPr><w:tr><w:trPr><w:cantSplit />"
                + "<w:tblHeader w:val=\"true\" /></w:trPr>\(Self.bold)</w:tr></w:tbl>")
        let noHeading = "<w:tbl>\(Self.look)<w:tr>\(Self.plain)</w:tr><w:tr>\(Self.bold)</w:tr></w:tbl>"
        XCTAssertEqual(
            WordTableRows.mark(noHeading),
            "<w:tbl>\(Self.look)\(Self.row)\(Self.plain)</w:tr>\(Self.row)\(Self.bold)</w:tr></w:tbl>")
        let empty = "<w:tbl>\(Self.look)<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
        XCTAssertEqual(
            WordTableRows.mark(empty), "<w:tbl>\(Self.look)\(Self.row)<w:tc><w:p/></w:tc></w:tr></w:tbl>",
            "a row without text is no heading")
        XCTAssertEqual(WordTableRows.mark("<w:tbl><w:tr>"), "<w:tbl><w:tr>", "an unclosed table is left as it is")
        XCTAssertEqual(
            WordTableRows.mark("<w:p><w:r><w:t>no table</w:t></w:r></w:p>"), "<w:p><w:r><w:t>no table</w:t></w:r></w:p>"
        )
    }
}
