import EmulationReview
import Foundation
import TestSupport
import XCTest

/// The statistics forms as data: `Inputs/reference/forms.xml` loads and validates, the layout in force is chosen by
/// the statistics year, and the forms come out with the official row codes, in the HTML, the CSV and the model.
final class FormLayoutTests: XCTestCase {
    func testTheDemoLayoutsLoad() throws {
        let load = TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs)
        let data = try XCTUnwrap(load.data, load.problem?.en ?? "")
        let file = try XCTUnwrap(load.files.first { $0.path.hasSuffix("forms.xml") })
        XCTAssertEqual(file.outcome, .accepted)
        XCTAssertEqual(file.findings.map(\.code), [])
        XCTAssertEqual(
            data.forms.forms.map { "\($0.code) \($0.circular)" },
            [
                "0601.N 02/2023/TT-BNV", "0602.N 02/2023/TT-BNV", "0603.N 02/2023/TT-BNV", "0604.N 02/2023/TT-BNV",
                "0605.N 02/2023/TT-BNV",
                "0701.N 03/2018/TT-BNV", "0702.N 03/2018/TT-BNV", "0703.N 03/2018/TT-BNV",
            ])
        func inForce(_ year: Int) -> [String] {
            data.forms.inForce(on: Day(year: year, month: 11, day: 30)).map {
                "\($0.code)\($0.appliedEarly ? "*" : "")"
            }
        }
        XCTAssertEqual(inForce(2020), ["0701.N", "0702.N", "0703.N"])
        XCTAssertEqual(inForce(2022), ["0701.N", "0702.N", "0703.N"])
        XCTAssertEqual(
            inForce(2023), ["0601.N", "0602.N", "0603.N", "0604.N", "0605.N"], "02/2023 applies from 10 May 2023")
        XCTAssertEqual(inForce(2016), ["0701.N*", "0702.N*", "0703.N*"], "before 03/2018: its layouts, said so")
    }

    func testABrokenLayoutIsAFinding() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let demo = try String(contentsOfFile: TestSupport.demoInputs + "/reference/forms.xml", encoding: .utf8)
        try tiny.write(
            "reference/forms.xml",
            demo.replacingOccurrences(of: "formula=\"2+3\"", with: "formula=\"2+3+9\"")
                .replacingOccurrences(
                    of: "<row code=\"09\" label=\"Chuyên đề\"", with: "<row code=\"08\" label=\"Chuyên đề\""))
        let load = TestSupport.ingestor.loadReference(inputs: tiny.root.path)
        XCTAssertNil(load.data, "a broken layout stops the review like any broken reference file")
        let file = try XCTUnwrap(load.files.first { $0.path.hasSuffix("forms.xml") })
        XCTAssertEqual(Set(file.findings.map(\.code)), ["forms.formula-column", "forms.duplicate-row"])
        let formula = try XCTUnwrap(file.findings.first { $0.code == "forms.formula-column" })
        XCTAssertTrue(formula.message.en.contains("0701.N"), formula.message.en)
    }

    /// Checked against the catalogue when the reference data is at hand (`validate --inputs`).
    func testAnAwardTheCatalogueLacksIsAFinding() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let demo = try String(contentsOfFile: TestSupport.demoInputs + "/reference/forms.xml", encoding: .utf8)
        try tiny.write("forms.xml", demo.replacingOccurrences(of: "award:CSTD-TQ", with: "award:CSTD-XX"))
        let reference = try XCTUnwrap(TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs).data)
        let file = TestSupport.ingestor.ingest(
            path: tiny.root.appendingPathComponent("forms.xml").path, reference: reference)
        XCTAssertEqual(file.findings.map(\.code), ["award.unknown", "award.unknown"], "in 0602.N and 0702.N")
        XCTAssertTrue(file.findings[0].message.en.contains("the layout of form 0602.N: award code CSTD-XX"))
    }

    func testWithoutLayoutsTheReportSaysSo() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try FileManager.default.removeItem(at: tiny.root.appendingPathComponent("reference/forms.xml"))
        try tiny.year(2023, [.init(code: "01", participants: 100, target: 100)])
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        let review = try tiny.review("2024")
        XCTAssertEqual(review.forms, [])
        let html = String(decoding: try HTMLReport.render(review, language: .en), as: UTF8.self)
        XCTAssertTrue(html.contains("The reference data has no form layouts"))
    }

    /// The 2020 demo: the statistics year 1 Dec 2019 – 30 Nov 2020, Circular 03/2018's forms with their official
    /// row codes, totals that are the sums their formulas say.
    func testThe2020DemoForms() throws {
        let review = try DemoReviews.unwrap(DemoReviews.year)
        XCTAssertEqual(review.forms.map(\.code), ["0701.N", "0702.N", "0703.N"])
        for form in review.forms {
            XCTAssertEqual(form.window, Day(year: 2019, month: 12, day: 1)...Day(year: 2020, month: 11, day: 30))
            XCTAssertEqual(form.circular, "03/2018/TT-BNV")
            let codes = form.rows.filter { !$0.isSection }.map(\.code)
            XCTAssertEqual(codes.first, "01", form.code)
            XCTAssertEqual(codes, codes.sorted(), form.code)
            XCTAssertEqual(Set(codes).count, codes.count, form.code)
            let total = try XCTUnwrap(form.columns.first)
            XCTAssertFalse(total.formula.isEmpty, "\(form.code): column 1 adds up the others")
            for row in form.rows where !row.isSection {
                let parts = total.formula.compactMap { number in form.columns.firstIndex { $0.code == number } }
                XCTAssertEqual(row.values[0], parts.map { row.values[$0] }.reduce(0, +), "\(form.code) \(row.code)")
            }
        }
        let movements = review.forms[0]
        XCTAssertEqual(
            movements.rows.filter { !$0.isSection }.map(\.code), (1...10).map { String(format: "%02d", $0) })
        // The state-level awards of 2020 (all decided between February and October) and the year's movements.
        let state = review.forms[1]
        let stateTotal = try XCTUnwrap(state.rows.first { $0.code == "01" })
        let decided = review.awards.filter { $0.level == .state || $0.level == .government }
        XCTAssertEqual(stateTotal.values[0], decided.count)

        let html = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        for expected in [
            "Biểu số 0701.N/BNV-TĐKT", "Ban hành kèm theo Thông tư 03/2018/TT-BNV",
            "Đơn vị báo cáo: Bảo hiểm xã hội Việt Nam",
            "Đơn vị nhận báo cáo: Bộ Nội vụ", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)",
            "Năm thống kê: từ 01/12/2019 đến 30/11/2020", "<td>1 = 2+3</td>", "từ 01/01/2020 đến 31/12/2020",
        ] {
            XCTAssertTrue(html.contains(expected), "the report lacks \(expected)")
        }
    }

    func testTheCSVHasOneRowPerOfficialCode() throws {
        let review = try DemoReviews.unwrap(DemoReviews.year)
        let tables = Dictionary(
            uniqueKeysWithValues: CSVReports.tables(review, language: .vi).map { ($0.name, $0.make) })
        for form in review.forms {
            let table = try XCTUnwrap(tables["form-\(form.code.prefix(4)).csv"], form.code)()
            XCTAssertEqual(table.header, ["row", "label"] + form.columns.map(\.code))
            let codes = table.rows.map { row -> String in
                if case .text(let code) = row[0] { return code }
                return ""
            }
            XCTAssertEqual(codes, form.rows.filter { !$0.isSection }.map(\.code), form.code)
        }
        XCTAssertNil(tables["form-0601.csv"], "the 2020 forms are those of Circular 03/2018")
    }
}
