import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// A year folder full of one agency's stray files: the highest revision still counts, memory holds only what can
/// count, and the review lists a bounded number of the rest and says how many it left out.
final class StrayFilesTests: XCTestCase {
    func testStrayFilesAreBoundedAndTheHighestRevisionStillCounts() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        let agencies: [TinyInputs.Agency] = [
            .init(code: "01", participants: 120, target: 100), .init(code: "03", participants: 12, target: 10),
        ]
        try tiny.year(2025, agencies)
        for revision in 2...51 {
            let participants = revision == 51 ? 151 : 100 + revision
            try tiny.write(
                "2025/01-r\(revision).xml",
                tiny.submission(
                    .init(code: "01", participants: participants, target: 100), year: 2025, revision: revision))
        }
        for index in 0..<30 { try tiny.write("2025/junk-\(index).xml", "not xml \(index)") }

        let input = try ReviewLoader(ingestor: TestSupport.ingestor).load(
            period: Period(first: 2025, last: 2025), inputs: tiny.root.path, asOf: nil)
        let files = input.files.filter { InputFolder.folderYear(of: $0.path) == 2025 && $0.format != .board }
        let accepted = files.filter { $0.outcome == .accepted }
        XCTAssertEqual(Set(accepted.map { ($0.path as NSString).lastPathComponent }), ["01-r51.xml", "03.xml"])
        XCTAssertNotNil(accepted.first { $0.path.hasSuffix("01-r51.xml") }?.submission, "the winner keeps its content")
        XCTAssertEqual(files.filter { $0.identity?.agency == "01" && $0.outcome == .superseded }.count, 20)
        XCTAssertEqual(files.filter { $0.identity == nil }.count, 20)
        let dropped = files.flatMap(\.findings).filter { $0.code == "submission.files-dropped" }.map(\.message.en)
        XCTAssertEqual(dropped.count, 2, "\(dropped)")
        XCTAssertTrue(dropped.contains { $0.hasPrefix("30 more superseded or rejected files of agency 01 for 2025") })
        XCTAssertTrue(
            dropped.contains { $0.hasPrefix("10 more superseded or rejected files of no recognisable agency") })
        XCTAssertTrue(
            files.filter { $0.outcome == .superseded }.allSatisfy { $0.content == nil }, "superseded content is dropped"
        )

        let review = Reviewer().review(input)
        let row = review.indicators.first { $0.year == 2025 && $0.code == "01" && $0.indicator == "PARTICIPANTS" }
        XCTAssertEqual(row?.actual, 151)
    }

    /// The content of a lower revision is dropped while a higher one leads; when the highest ones then conflict
    /// (same revision, different bytes: both rejected), the lower revision wins and is read again.
    func testALowerRevisionThatWinsAfterAConflictKeepsItsContent() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2025, [.init(code: "01", participants: 120, target: 100)])
        try tiny.write(
            "2025/01-r2.xml",
            tiny.submission(.init(code: "01", participants: 130, target: 100), year: 2025, revision: 2))
        for (name, participants) in [("01-r3a.xml", 140), ("01-r3b.xml", 141)] {
            try tiny.write(
                "2025/\(name)",
                tiny.submission(.init(code: "01", participants: participants, target: 100), year: 2025, revision: 3))
        }
        let input = try ReviewLoader(ingestor: TestSupport.ingestor).load(
            period: Period(first: 2025, last: 2025), inputs: tiny.root.path, asOf: nil)
        let winner = try XCTUnwrap(input.files.first { $0.outcome == .accepted && $0.format == .submission })
        XCTAssertTrue(winner.path.hasSuffix("01-r2.xml"), winner.path)
        XCTAssertNotNil(winner.submission)
        let row = Reviewer().review(input).indicators.first { $0.code == "01" && $0.indicator == "PARTICIPANTS" }
        XCTAssertEqual(row?.actual, 130)
    }
}
