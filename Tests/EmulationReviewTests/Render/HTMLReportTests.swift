import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// `review.html` rendered from the demo inputs: the seed report's figures, escaping of submitted text, no
/// network or script, the same bytes every time, (the Nu checker runs in EndToEndTests).
final class HTMLReportTests: XCTestCase {
    private static let phase = DemoReviews.phase
    private static let year = DemoReviews.year

    private func demo(_ loaded: (review: Review?, problem: String?)) throws -> Review {
        try DemoReviews.unwrap(loaded)
    }

    private func html(_ review: Review, _ language: Language) throws -> String {
        String(decoding: try HTMLReport.render(review, language: language), as: UTF8.self)
    }

    // MARK: (a) the seed report's figures, formatted for each language

    func testPhaseHeadlineInVietnamese() throws {
        let page = try html(try demo(Self.phase), .vi)
        for expected in [
            "<html lang=\"vi\">", "<meta charset=\"utf-8\">", "BẢO HIỂM XÃ HỘI VIỆT NAM", "BAN THI ĐUA - KHEN THƯỞNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 09 tháng 10 năm 2020",
            "Tổng kết công tác thi đua, khen thưởng giai đoạn 2016–2020",
            "70.200.000", "86.500.000", "86.400.000", "98,14%", "786.173",
            "20 (2016), 55 (2017), 48 (2018), 25 (2019), 25 (2020)",
            "4 do Thủ tướng Chính phủ phát động, 2 theo giai đoạn, 5 hằng năm, 10 chuyên đề",
            "Huân chương Lao động: 11 tập thể, 6 cá nhân", "Cờ thi đua của Chính phủ: 8 tập thể",
            "Bằng khen của Thủ tướng Chính phủ: 7 tập thể, 14 cá nhân",
            "355 lượt đơn vị phải báo cáo: 353 được chấp nhận (1 gửi muộn), 1 bị từ chối, 1 không gửi",
            "Biểu 0701.N", "Biểu 0702.N", "Biểu 0703.N", "role=\"img\"",
            // The reward fund says what it leaves out: the Giấy khen, which the rulebook gives no multiple.
            "9.044.052.000<span class=\"cell-note\">trong đó 619 khen thưởng chưa có hệ số tiền thưởng</span>",
            "chưa tính 619 khen thưởng chưa có hệ số tiền thưởng trong bộ quy tắc: Giấy khen (619).",
        ] {
            XCTAssertTrue(page.contains(expected), "the Vietnamese report lacks \(expected)")
        }
        XCTAssertFalse(page.contains("86,500,000"), "Vietnamese groups digits with dots")
        // Every award at sector level and above is listed by name, agency-level titles only counted.
        XCTAssertTrue(page.contains("Ngoài ra, 11.726 danh hiệu"))
    }

    func testPhaseHeadlineInEnglish() throws {
        let page = try html(try demo(Self.phase), .en)
        for expected in [
            "<html lang=\"en\">", "VIETNAM SOCIAL SECURITY", "SOCIALIST REPUBLIC OF VIET NAM", "Hanoi, 9 Oct 2020",
            "70,200,000", "86,500,000", "86,400,000", "98.14%", "786,173",
            "Labour Order: 11 collectives, 6 individuals", "Government Emulation Flag: 8 collectives",
            "9,044,052,000<span class=\"cell-note\">of which 619 awards without a multiple</span>",
            "leaves out 619 awards without a multiple in the rulebook: Commendation paper of the unit head (619).",
            "Prime Minister's Certificate of Merit: 7 collectives, 14 individuals".replacingOccurrences(
                of: "'", with: "&#39;"),
        ] {
            XCTAssertTrue(page.contains(expected), "the English report lacks \(expected)")
        }
        XCTAssertFalse(page.contains("98,14%"))
    }

    func testOneYearReport() throws {
        let page = try html(try demo(Self.year), .vi)
        XCTAssertTrue(page.contains("Tổng kết công tác thi đua, khen thưởng năm 2020"))
        XCTAssertTrue(page.contains("86.400.000"))
        XCTAssertTrue(page.contains("98,14%"))
        XCTAssertTrue(page.contains("86.500.000 người năm 2019 (−0,12%)"))
        XCTAssertTrue(page.contains("<title>Báo cáo Tổng kết công tác thi đua, khen thưởng năm 2020"))
        // No phase total nor growth over a phase in a one-year report.
        XCTAssertFalse(page.contains("Cả giai đoạn"))
        XCTAssertFalse(page.contains("Tăng trưởng cả giai đoạn"))
    }

    /// Mustache renders an unknown key as nothing: a label missing from the wording table shows as an empty
    /// heading, header cell or caption.
    func testNoEmptyHeadings() throws {
        for language in Language.allCases {
            let page = try html(try demo(Self.phase), language)
            let empty = try NSRegularExpression(pattern: "<(h1|h2|h3|th|caption|dt|figcaption|li|a)( [^>]*)?>\\s*</")
            let matches = empty.matches(in: page, range: NSRange(page.startIndex..., in: page))
            let found = matches.prefix(3).compactMap { Range($0.range, in: page).map { String(page[$0]) } }
            XCTAssertTrue(matches.isEmpty, "\(language): empty elements \(found)")
        }
    }

    // MARK: (b) submitted text is escaped

    func testValuesFromSubmissionsAreEscaped() throws {
        var review = try demo(Self.phase)
        let hostile = "<script>alert('x')</script> & \"Co\""
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"
        guard let award = review.awards.firstIndex(where: { $0.level != .agency }),
            let status = review.submissions.firstIndex(where: { $0.state != .onTime })
        else {
            return XCTFail("the demo review has no sector award or no late, rejected or missing submission")
        }
        review.awards[award].recipientName = hostile
        review.awards[award].decision = "<b>1/QĐ</b>"
        review.submissions[status].agencyName = hostile
        // Award names reach the SVG chart too, which the Swift code escapes itself.
        review.awardSummary[0].awardName = "<Huân chương> & \"x\""
        review.findings.append(
            Finding("test.hostile", .warning, file: "Inputs/2020/<x>.xml", at: .start, Bilingual(same: hostile)))
        for language in Language.allCases {
            let page = try html(review, language)
            XCTAssertFalse(page.contains("<script"), "\(language): a submitted value reached the page unescaped")
            XCTAssertFalse(page.contains("<b>1/QĐ</b>"))
            XCTAssertFalse(page.contains("<x>.xml"))
            XCTAssertTrue(page.contains(escaped), "\(language): the hostile name is not shown escaped")
            XCTAssertTrue(page.contains("&lt;b&gt;1/QĐ&lt;/b&gt;"))
            XCTAssertTrue(page.contains("Inputs/2020/&lt;x&gt;.xml"))
        }
        let page = try html(review, .vi)
        XCTAssertTrue(page.contains("&lt;Huân chương&gt; &amp; &quot;x&quot;"), "the chart's labels are not escaped")
        XCTAssertFalse(page.contains("<Huân chương>"))
    }

    private func withVerdicts(_ review: Review) -> Review { DemoReviews.withVerdicts(review) }

    func testEligibilitySectionListsNotEligibleWithReasons() throws {
        let review = withVerdicts(try demo(Self.phase))
        let page = try html(review, .vi)
        XCTAssertTrue(
            page.contains("holds &lt;2&gt; Grassroots Emulation Fighter titles &amp; needs 3 (Decree 91/2017)"))
        XCTAssertTrue(page.contains("eligibility.archive"))
        let unverified = review.nominations.filter { $0.verdict == .cannotVerify }.count
        XCTAssertTrue(page.contains("Chưa đủ dữ liệu để kết luận, theo lý do (\(Language.vi.format(unverified)))"))
        XCTAssertTrue(page.contains(review.nominations[0].candidate.file + ":"))
    }

    // MARK: (c) self-contained

    func testNothingIsFetchedAndNothingRuns() throws {
        for language in Language.allCases {
            let page = try html(try demo(Self.phase), language)
            XCTAssertFalse(page.lowercased().contains("<script"), "\(language): the report has a script")
            XCTAssertFalse(
                page.contains("http://") || page.contains("https://"), "\(language): the report names a network address"
            )
            let fetch = try NSRegularExpression(
                pattern: "(src|href|srcset|action)\\s*=\\s*[\"']?\\s*(//|[a-z]+:)",
                options: .caseInsensitive)
            XCTAssertEqual(
                fetch.numberOfMatches(in: page, range: NSRange(page.startIndex..., in: page)), 0,
                "\(language): the report points outside itself")
            XCTAssertFalse(
                page.contains("@import") || page.contains("url(http") || page.contains("<link"),
                "\(language): the style sheet fetches something")
            XCTAssertFalse(page.contains("<img"), "\(language): charts are inline SVG, not images")
            XCTAssertTrue(page.contains("@page") && page.contains("size: A4"))
        }
    }

    // MARK: (d) deterministic

    func testRenderingTwiceGivesTheSameBytes() throws {
        let review = try demo(Self.phase)
        for language in Language.allCases {
            XCTAssertEqual(
                try HTMLReport.render(review, language: language), try HTMLReport.render(review, language: language))
        }
        let outputs = try ReportFiles.render(review, language: .vi, byteOrderMark: true)
        XCTAssertEqual(outputs.first?.name, "review.html")
    }
}
