import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// The source pandoc turns into `review.docx` (`WordSource`): pure, so tested without pandoc; the document itself
/// is tested end to end (`Tests/EndToEndTests/WordDocumentTests.swift`).
final class WordSourceTests: XCTestCase {
    private static let phase = DemoReviews.phase

    func testSourceHoldsTheSeedFiguresAndNamesTheCharts() throws {
        let review = try DemoReviews.unwrap(Self.phase)
        let source = try WordSource.document(review, language: .vi)
        for expected in [
            "<html lang=\"vi\">", "BẢO HIỂM XÃ HỘI VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "86.400.000", "98,14%",
            "Huân chương Lao động: 11 tập thể, 6 cá nhân", "Biểu 0702.N", "Nơi nhận:", "- Lưu: VT, TĐKT.",
            "Số:\u{00A0}", "data-custom-style=\"Board Space\"",
        ] {
            XCTAssertTrue(source.html.contains(expected), "the Word source lacks \(expected)")
        }
        XCTAssertEqual(
            source.charts.map(\.image), ["chart-participants.png", "chart-clusters.png", "chart-awards.png"])
        for chart in source.charts {
            XCTAssertTrue(source.html.contains("<img src=\"\(chart.image)\""), "\(chart.image) is not shown")
            XCTAssertTrue(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" "), "not a standalone SVG")
            XCTAssertEqual(chart.svgFile, chart.image.replacingOccurrences(of: ".png", with: ".svg"))
        }
        XCTAssertFalse(source.html.contains("<svg"), "Word gets the charts as pictures, not inline SVG")
    }

    /// Pandoc 2.17 gives every table one style: the reference document's header-row format takes the borders
    /// away, so only the letterhead and the signature blocks (the review's, and each form's) may have a header row,
    /// and no table a foot.
    func testOnlyTheLetterheadAndTheSignaturesHaveAHeaderRow() throws {
        let review = try DemoReviews.unwrap(Self.phase)
        let html = try WordSource.html(review, language: .en)
        XCTAssertEqual(html.components(separatedBy: "<thead>").count - 1, 2 + review.forms.count)
        XCTAssertFalse(html.contains("<tfoot>") || html.contains("<th>") || html.contains("<th "))
    }

    func testSameReviewSameSourceAndSubmittedTextIsEscaped() throws {
        var review = try DemoReviews.unwrap(Self.phase)
        XCTAssertEqual(try WordSource.html(review, language: .vi), try WordSource.html(review, language: .vi))
        guard let award = review.awards.firstIndex(where: { $0.level != .agency }) else {
            return XCTFail("the demo review has no award at sector level or above")
        }
        review.awards[award].recipientName = "<img src=x onerror=alert(1)> & \"Co\""
        let html = try WordSource.html(review, language: .vi)
        XCTAssertFalse(html.contains("<img src=x"))
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;"))
    }

    /// Mustache renders an unknown key as nothing: every `{{t.key}}` and `{{w.key}}` of the Word templates must
    /// be defined.
    func testEveryWordingTheWordTemplatesUseIsDefined() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/EmulationReview/Templates/Word")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }
        var used: [String: Set<String>] = ["t": [], "w": []]
        let key = try NSRegularExpression(pattern: #"\{\{\{?[#^/&]?\s*([tw])\.([A-Za-z0-9_]+)"#)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in key.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let table = Range(match.range(at: 1), in: text), let word = Range(match.range(at: 2), in: text) {
                    used[String(text[table]), default: []].insert(String(text[word]))
                }
            }
        }
        XCTAssertEqual(used["t"]?.subtracting(HTMLText.entries.map(\.key)).sorted(), [])
        XCTAssertEqual(used["w"]?.subtracting(WordText.entries.map(\.key)).sorted(), [])
        XCTAssertEqual(Set(WordText.entries.map(\.key)).count, WordText.entries.count, "a key is defined twice")
        XCTAssertFalse(used["w"]?.isEmpty ?? true)
    }

    func testColumnWidthsFillTheTable() {
        XCTAssertEqual(WordColumns.split([30], then: 4), ["30%", "17.5%", "17.5%", "17.5%", "17.5%"])
        XCTAssertEqual(WordColumns.split([16, 8], then: 0), ["16%", "8%"])
    }

    /// Each form starts a page with its number, its header lines are paragraphs of their own (a justified body
    /// paragraph stretches a broken line across the page), and a twelve-column form's sum is written short.
    func testTheFormsReadAsPrintedForms() throws {
        let review = try DemoReviews.unwrap(DemoReviews.present)
        let html = try WordSource.html(review, language: .vi)
        XCTAssertEqual(
            html.components(separatedBy: "<div data-custom-style=\"Form Number\"><p>Biểu số 060").count - 1, 5)
        XCTAssertFalse(html.contains("<br>Ban hành kèm theo"), "a header line joined to the form number by <br>")
        XCTAssertTrue(html.contains("<span data-custom-style=\"Column Heading\">1 = 2+…+12</span>"))
        XCTAssertEqual(FormColumn.shortSum("1 = 2+3+4"), "1 = 2+3+4")
        XCTAssertEqual(FormColumn.shortSum("1 = 2+3+4+5"), "1 = 2+…+5")
        XCTAssertEqual(FormColumn.shortSum("A"), "A")
    }
}
