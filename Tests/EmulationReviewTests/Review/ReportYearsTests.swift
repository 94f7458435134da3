import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// What a report counts as its own: the findings of its years' files.
final class ReportYearsTests: XCTestCase {
    func testAReportListsOnlyTheFindingsOfItsOwnYearsFiles() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        for year in 2022...2024 {
            try tiny.year(
                year,
                [.init(code: "01", participants: 100, target: 100), .init(code: "02", participants: 50, target: 50)])
            try tiny.write("\(year)/03.xml", "<submission xmlns=\"urn:vn:vss:emulation-review:submission:v1\">")
        }
        let files = { (review: Review) in Set(review.findings.map(\.file)).sorted() }
        let single = try tiny.review("2024")
        XCTAssertFalse(single.findings.isEmpty)
        XCTAssertEqual(
            files(single).map { ($0 as NSString).lastPathComponent }, ["03.xml"],
            "the broken files of 2022 and 2023 were read as history only")
        XCTAssertTrue(files(single).allSatisfy { $0.contains("/2024/") }, "\(files(single))")
        let phase = try tiny.review("2023-2024")
        XCTAssertEqual(
            Set(files(phase).map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent }),
            ["2023", "2024"], "a phase lists its own years, not its baseline's")
    }
}
