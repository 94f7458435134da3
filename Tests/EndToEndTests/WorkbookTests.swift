import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// `review.xlsx` of the demo phase, read back with openpyxl (`Tests/xlsx/read_workbook.py`): ids stay text with their
/// leading zeros, numbers are numbers, dates are dates, headers are words, and the forms hold the CSV figures.
final class WorkbookTests: XCTestCase {
    func testTheSameReviewGivesTheSameBytes() throws {
        let review = try DemoReviews.unwrap(DemoReviews.phase)
        let first = try Workbook.make(review, language: .vi)
        let second = try Workbook.make(review, language: .vi)
        XCTAssertEqual(first.prefix(2), Data("PK".utf8), "not a zip file")
        XCTAssertEqual(first, second, "two makes of the same review differ")
        XCTAssertNotEqual(first, try Workbook.make(review, language: .en))
    }

    func testOpenpyxlReadsIdsAsTextNumbersAsNumbersAndDatesAsDates() throws {
        let review = try DemoReviews.unwrap(DemoReviews.phase)
        let tables = Dictionary(
            uniqueKeysWithValues: CSVReports.tables(review, language: .vi).map { ($0.name, $0.make()) })
        let awards = try XCTUnwrap(tables["awards.csv"])
        let submissions = try XCTUnwrap(tables["submissions.csv"])
        let indicators = try XCTUnwrap(tables["indicators.csv"])

        // A person whose id starts with a zero, agency 01, and the sector's 2020 policyholders.
        let awardIndex = try XCTUnwrap(
            review.awards.firstIndex { $0.recipientKind == .person && $0.recipient.hasPrefix("0") },
            "the demo has no person id with a leading zero")
        let submissionIndex = try XCTUnwrap(review.submissions.firstIndex { $0.agency == "01" })
        let indicatorIndex = try XCTUnwrap(
            review.indicators.firstIndex { $0.scope == .sector && $0.indicator == "PARTICIPANTS" && $0.year == 2020 })
        let formSheets = review.forms.map { "Biểu \($0.code)" }
        let sheet = try inspect(
            review, language: .vi,
            rows: [
                "Tóm tắt:*", "Khen thưởng:\(awardIndex + 2)", "Báo cáo đơn vị:\(submissionIndex + 2)",
                "Chỉ tiêu:\(indicatorIndex + 2)",
            ] + formSheets.map { "\($0):*" })

        let names = try XCTUnwrap(sheet["sheets"] as? [String])
        XCTAssertEqual(
            names,
            [
                "Tóm tắt", "Báo cáo đơn vị", "Chỉ tiêu", "Xếp hạng", "Đơn vị", "Khen thưởng", "Thẩm định", "Phong trào",
                "Văn bản",
                "Lỗi và cảnh báo",
            ] + formSheets)
        for name in names {
            XCTAssertLessThanOrEqual(name.count, 31, name)
            XCTAssertFalse(name.contains { "[]:*?/\\".contains($0) }, name)
        }

        let award = try row(sheet, "Khen thưởng:\(awardIndex + 2)")
        let recipient = try XCTUnwrap(awards.header.firstIndex(of: "recipient"))
        XCTAssertEqual(award[recipient].value as? String, review.awards[awardIndex].recipient)
        XCTAssertEqual(award[recipient].type, "str")
        let date = try XCTUnwrap(awards.header.firstIndex(of: "date"))
        XCTAssertEqual(award[date].type, "datetime")
        XCTAssertEqual(award[date].value as? String, "\(review.awards[awardIndex].date)T00:00:00")
        XCTAssertEqual(award[date].format, "dd/mm/yyyy")
        let year = try XCTUnwrap(awards.header.firstIndex(of: "year"))
        XCTAssertEqual(award[year].type, "int")
        XCTAssertEqual(award[year].format, "0")

        let submission = try row(sheet, "Báo cáo đơn vị:\(submissionIndex + 2)")
        let agency = try XCTUnwrap(submissions.header.firstIndex(of: "agency"))
        XCTAssertEqual(submission[agency].value as? String, "01")
        XCTAssertEqual(submission[agency].type, "str")
        let deadline = try XCTUnwrap(submissions.header.firstIndex(of: "deadline"))
        XCTAssertEqual(submission[deadline].type, "datetime")
        // Codes read as words in the workbook; the CSV file keeps the code.
        let status = try XCTUnwrap(submissions.header.firstIndex(of: "status"))
        let state = review.submissions[submissionIndex].state
        XCTAssertEqual(submissions.rows[submissionIndex][status], .text(state.rawValue))
        XCTAssertEqual(
            submission[status].value as? String,
            ["accepted-on-time": "Đúng hạn", "accepted-late": "Gửi muộn"][state.rawValue], "\(state)")
        let kind = try XCTUnwrap(awards.header.firstIndex(of: "recipient_kind"))
        XCTAssertEqual(award[kind].value as? String, "Cá nhân")

        let indicator = try row(sheet, "Chỉ tiêu:\(indicatorIndex + 2)")
        let actual = try XCTUnwrap(indicators.header.firstIndex(of: "actual"))
        XCTAssertEqual(indicator[actual].type, "int")
        XCTAssertEqual(indicator[actual].value as? Int, 86_400_000)
        XCTAssertEqual(indicator[actual].format, "#,##0")
        let fulfilment = try XCTUnwrap(indicators.header.firstIndex(of: "fulfilment_percent"))
        XCTAssertEqual(indicator[fulfilment].format, "0.00%")
        XCTAssertEqual(try XCTUnwrap(indicator[fulfilment].value as? Double), 0.9814, accuracy: 0.00005)
        let scope = try XCTUnwrap(indicators.header.firstIndex(of: "scope"))
        XCTAssertEqual(indicator[scope].value as? String, "Toàn ngành")

        let summary = try XCTUnwrap((sheet["rows"] as? [String: Any])?["Tóm tắt:*"] as? [[[Any]]])
        XCTAssertTrue(
            summary.contains { $0.contains { ($0[0] as? Int) == 86_400_000 && ($0[1] as? String) == "int" } },
            "the summary has no number 86400000")

        // Headers in words, in the report's language, for every table sheet.
        let headers = try XCTUnwrap(sheet["headers"] as? [String: [String]])
        for (file, name) in zip(CSVReports.tables(review, language: .vi).map(\.name), names.dropFirst())
        where !file.hasPrefix("form-") {
            let table = try XCTUnwrap(tables[file])
            let labels = try XCTUnwrap(headers[name])
            XCTAssertEqual(labels.count, table.header.count, name)
            for (label, column) in zip(labels, table.header) {
                XCTAssertNotEqual(label, column, "\(name): the header \(column) is not put in words")
                XCTAssertFalse(label.isEmpty || label.contains("_"), "\(name): \(label)")
            }
            let info = try XCTUnwrap((sheet["info"] as? [String: [String: Any]])?[name])
            XCTAssertEqual(info["freeze"] as? String, "A2", name)
            XCTAssertEqual((info["autofilter"] as? String)?.hasPrefix("A1:"), true, name)
        }
        XCTAssertEqual(headers["Khen thưởng"]?[recipient], "Mã cá nhân, tập thể")
        XCTAssertEqual(headers["Báo cáo đơn vị"]?[agency], "Mã đơn vị")
        XCTAssertTrue(headers["Báo cáo đơn vị"]?.contains("Tên đơn vị") == true)

        // Each form sheet holds the figures of its CSV file, row by row, under its official codes (column B; the
        // section headings between them have no code and no figures).
        for (form, name) in zip(review.forms, formSheets) {
            let table = try XCTUnwrap(tables["form-\(form.code.prefix(4)).csv"])
            let lines = try XCTUnwrap((sheet["rows"] as? [String: Any])?["\(name):*"] as? [[[Any]]])
            let first = try XCTUnwrap(lines.firstIndex { ($0[0][0] as? String) == "A" }, "\(name): no column numbers")
            XCTAssertEqual(lines[first].count, table.header.count, name)
            let coded = lines[(first + 1)...].filter { $0.count > 1 && !(($0[1][0] as? String) ?? "").isEmpty }
            XCTAssertEqual(coded.count, table.rows.count, name)
            for (offset, csvRow) in table.rows.enumerated() {
                let cells = coded[coded.startIndex + offset]
                let rowCode = code(csvRow[0]) ?? ""
                XCTAssertEqual(cells[1][0] as? String, code(csvRow[0]), "\(name) row \(offset + 1)")
                for (cell, value) in zip(cells.dropFirst(2), csvRow.dropFirst(2)) {
                    if case .integer(let number) = value {
                        XCTAssertEqual(cell[0] as? Int, number, "\(name) row \(rowCode)")
                    } else {
                        XCTAssertTrue(cell[0] is NSNull, "\(name) row \(rowCode): \(cell)")
                    }
                }
            }
            // The row of column numbers fits its columns (a long sum is shortened), and a label that wraps has
            // the height of its lines.
            let numbers = lines[first].dropFirst(2).compactMap { $0[0] as? String }
            XCTAssertTrue(numbers.allSatisfy { $0.count <= 12 }, "\(name): \(numbers)")
            let info = try XCTUnwrap((sheet["info"] as? [String: [String: Any]])?[name])
            let heights = try XCTUnwrap(info["heights"] as? [String: Double])
            // Each form prints on one page; one of two figure columns upright, a wider one landscape.
            XCTAssertEqual(info["fitToPage"] as? Bool, true, name)
            XCTAssertEqual(info["pagesTall"] as? Int ?? 1, 1, "\(name): 1 is the default libxlsxwriter leaves out")
            XCTAssertEqual(
                info["orientation"] as? String, form.columns.count > 2 ? "landscape" : "portrait", "\(name)")
            for (offset, line) in lines.enumerated().dropFirst(first + 1) {
                guard let label = line[0][0] as? String, label.count > 50 else { continue }
                XCTAssertGreaterThanOrEqual(
                    heights[String(offset + 1)] ?? 15, 30, "\(name) row \(offset + 1): \(label)")
            }
            let text = lines.flatMap { $0.compactMap { $0[0] as? String } }
            XCTAssertTrue(text.contains("NGƯỜI LẬP BIỂU"), name)
            XCTAssertTrue(text.contains("(Ký, đóng dấu)"), name)
        }
    }

    func testEnglishHeadersAndDates() throws {
        let review = try DemoReviews.unwrap(DemoReviews.year)
        let sheet = try inspect(review, language: .en, rows: ["Awards:2"])
        let names = try XCTUnwrap(sheet["sheets"] as? [String])
        XCTAssertEqual(names.first, "Summary")
        XCTAssertEqual(
            (sheet["headers"] as? [String: [String]])?["Submissions"]?.prefix(3), ["Year", "Agency code", "Agency"])
        let award = try row(sheet, "Awards:2")
        XCTAssertEqual(award[1].type, "datetime")
        XCTAssertEqual(award[1].format, "d mmm yyyy")
    }

    /// Text from a submission is only ever text: a formula stays a string (no `'` needed, unlike in the CSV),
    /// markup comes back as written, control characters written visibly as in the CSV files.
    func testTextFromSubmissionsIsNeverAFormula() throws {
        var review = try DemoReviews.unwrap(DemoReviews.year)
        let hostile = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "<b>&amp;</b> \"q\" \u{1}\u{7}end", "+1", "3.1"]
        for (index, text) in hostile.enumerated() { review.awards[index].recipientName = text }
        let name = try XCTUnwrap(
            CSVReports.tables(review, language: .en).first { $0.name == "awards.csv" }?.make().header
                .firstIndex(of: "recipient_name"))
        let sheet = try inspect(review, language: .en, rows: (2...5).map { "Awards:\($0)" })
        for (index, text) in hostile.enumerated() {
            let cell = try row(sheet, "Awards:\(index + 2)")[name]
            XCTAssertEqual(cell.type, "str", text)
            XCTAssertEqual(cell.value as? String, text.escapingControls)
        }
        XCTAssertEqual(hostile[1].escapingControls, "<b>&amp;</b> \"q\" \\u{1}\\u{7}end")
    }

    /// libxlsxwriter prints numbers with the C library, which follows LC_NUMERIC: in a process set to Vietnamese
    /// (decimal comma) the workbook must still hold `0.9814`, not `0,9814`, so it must be byte for byte the same.
    func testAVietnameseLocaleInTheProcessChangesNoNumber() throws {
        let review = try DemoReviews.unwrap(DemoReviews.year)
        let expected = try Workbook.make(review, language: .vi)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("vi_VN.UTF-8").path
        let made = try TestSupport.runTool("/usr/bin/env", ["localedef", "-i", "vi_VN", "-f", "UTF-8", target])
        guard made.status == 0 else {
            throw MissingTool(
                description: "localedef cannot make the vi_VN locale (run Scripts/bootstrap, which installs "
                    + "locales): \(made.stderr)")
        }
        setenv("LOCPATH", folder.path, 1)
        defer { unsetenv("LOCPATH") }
        guard setlocale(LC_NUMERIC, "vi_VN.UTF-8") != nil else { return XCTFail("the vi_VN locale does not load") }
        defer { setlocale(LC_NUMERIC, "C") }
        XCTAssertEqual(String(cString: localeconv().pointee.decimal_point), ",", "the locale has no decimal comma")
        XCTAssertEqual(try Workbook.make(review, language: .vi), expected)
    }

    // MARK: Reading the workbook back

    private struct MissingTool: Error, CustomStringConvertible {
        let description: String
    }

    private struct Cell {
        let value: Any
        let type: String
        let format: String
    }

    private func code(_ cell: CSVCell) -> String? {
        if case .text(let text) = cell { return text }
        return nil
    }

    private func row(_ sheet: [String: Any], _ request: String) throws -> [Cell] {
        let cells = try XCTUnwrap((sheet["rows"] as? [String: Any])?[request] as? [[[Any]]]).first ?? []
        return cells.map { Cell(value: $0[0], type: $0[1] as? String ?? "", format: $0[2] as? String ?? "") }
    }

    /// Makes the workbook, writes it to a temporary file and runs `Tests/xlsx/read_workbook.py` on it. openpyxl must be
    /// installed — Scripts/bootstrap installs it — so a missing one fails the test instead of skipping it.
    private func inspect(_ review: Review, language: Language, rows: [String]) throws -> [String: Any] {
        let probe = try TestSupport.runTool("/usr/bin/env", ["python3", "-c", "import openpyxl"])
        guard probe.status == 0 else {
            throw MissingTool(description: "openpyxl is not installed (run Scripts/bootstrap): \(probe.stderr)")
        }
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("review.xlsx")
        try Workbook.make(review, language: language).write(to: file)
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/xlsx/read_workbook.py").path
        let out = try TestSupport.runTool("/usr/bin/env", ["python3", script, file.path] + rows)
        XCTAssertEqual(out.status, 0, out.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
        return try XCTUnwrap(json as? [String: Any], out.stdout)
    }
}
