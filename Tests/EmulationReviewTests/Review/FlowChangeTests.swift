import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// A flow (an amount over the year) as of a date before the year's end is not compared with a whole year.
final class FlowChangeTests: XCTestCase {
    /// The tiny inputs with PARTICIPANTS declared a flow, and the years whose figures are as of 31 August.
    func inputs(partial: Set<Int>) throws -> TinyInputs {
        let tiny = try TinyInputs()
        let catalogue = tiny.root.appendingPathComponent("reference/catalogue.xml")
        let text = try String(contentsOf: catalogue, encoding: .utf8).replacingOccurrences(
            of: "unit=\"persons\" better=\"higher\"/>", with: "unit=\"persons\" better=\"higher\" measure=\"flow\"/>")
        try text.write(to: catalogue, atomically: true, encoding: .utf8)
        for (year, participants) in [(2023, 300), (2024, 200)] {
            let agencies: [TinyInputs.Agency] = [.init(code: "01", participants: participants, target: 300)]
            try tiny.year(year, agencies)
            if partial.contains(year) {
                try tiny.write(
                    "\(year)/01.xml",
                    tiny.submission(agencies[0], year: year).replacingOccurrences(
                        of: "asOf=\"\(year)-12-31\"", with: "asOf=\"\(year)-08-31\""))
            }
        }
        return tiny
    }

    func testAPartYearFlowIsNotComparedWithAWholeYear() throws {
        let tiny = try inputs(partial: [2024])
        defer { tiny.remove() }
        let review = try tiny.review("2024")
        let flow = try XCTUnwrap(review.indicators.first { $0.scope == .sector && $0.indicator == "PARTICIPANTS" })
        XCTAssertEqual(flow.previousActual, 300, "the year before is still shown")
        XCTAssertNil(flow.change, "200 in eight months against 300 in twelve is not a fall of a third")
        XCTAssertNil(flow.changePercent)
        XCTAssertEqual(flow.withheld?.asOf, Day(year: 2024, month: 8, day: 31))
        XCTAssertEqual(flow.withheld?.previousAsOf, Day(year: 2023, month: 12, day: 31))
        let stock = try XCTUnwrap(review.indicators.first { $0.scope == .sector && $0.indicator == "ARREARS-RATE" })
        XCTAssertNotNil(stock.change, "a rate at a date compares whatever the date")
        XCTAssertFalse(stock.changeWithheld)
        let vi = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(
            vi.contains(
                "Người tham gia là số cộng dồn từ đầu năm: số liệu năm 2024 chỉ tính đến ngày 31/08/2024, không so sánh được với cả năm 2023, nên không tính mức thay đổi năm 2024 so với năm 2023."
            ), vi)
        XCTAssertTrue(vi.contains("không so sánh</td>"))
        let en = String(decoding: try HTMLReport.render(review, language: .en), as: UTF8.self)
        XCTAssertTrue(
            en.contains(
                "is an amount over the year: 2024’s figure runs only to 31 Aug 2024 and does not compare with the whole of 2023"
            )
                || en.contains(
                    "is an amount over the year: 2024&#39;s figure runs only to 31 Aug 2024 and does not compare with the whole of 2023"
                ), en)
        XCTAssertTrue(en.contains("not compared</td>"))
    }

    /// The 2016–2020 demo's collection runs to 31 Aug 2020: no growth from the whole of 2015 (it read +115%).
    func testAPhaseDoesNotGrowAPartYearFlowFromAWholeYear() throws {
        let review = try DemoReviews.unwrap(DemoReviews.phase)
        let flow = try XCTUnwrap(review.growth.first { $0.scope == .sector && $0.indicator == "COLLECTION" })
        XCTAssertNotNil(flow.baseline)
        XCTAssertNotNil(flow.last)
        XCTAssertNil(flow.growthPercent)
        XCTAssertEqual(flow.withheld?.asOf, Day(year: 2020, month: 8, day: 31))
        let stock = try XCTUnwrap(review.growth.first { $0.scope == .sector && $0.indicator == "PARTICIPANTS" })
        XCTAssertNotNil(stock.growthPercent, "a count at a date grows whatever the date")
        let vi = String(decoding: try HTMLReport.render(review, language: .vi), as: UTF8.self)
        XCTAssertTrue(vi.contains("nên không tính tăng/giảm cả giai đoạn"), "no note on the growth left out")
    }

    func testTwoYearsToTheSameDayCompare() throws {
        let tiny = try inputs(partial: [2023, 2024])
        defer { tiny.remove() }
        let flow = try XCTUnwrap(
            try tiny.review("2024").indicators.first { $0.scope == .sector && $0.indicator == "PARTICIPANTS" })
        XCTAssertEqual(flow.change, -100, "31 Aug against 31 Aug")
        XCTAssertFalse(flow.changeWithheld)
    }

    func testTheDemoCatalogueSaysWhichIndicatorsAreFlows() throws {
        let load = TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs)
        let catalogue = try XCTUnwrap(load.data).catalogue
        XCTAssertEqual(catalogue.indicators.filter { $0.measure == .flow }.map(\.code), ["COLLECTION"])
        XCTAssertEqual(catalogue.indicators.filter { $0.measure == .stock }.count, 8)
    }
}
