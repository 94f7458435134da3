import XCTest

@testable import EmulationReview
@testable import EmulationReviewRun

/// Newly rejected submissions grouped by agency and year, and the ledger's answer for each file once a group
/// covering it was sent: one email per agency and year, each file content notified once.
final class FeedbackGroupTests: XCTestCase {
    private func rejected(_ path: String, agency: String, year: Int = 2025, email: String) -> IngestedFile {
        let submission = Submission(
            agency: agency, year: year, revision: 2, submitted: ZonedTimestamp(iso: "2026-01-10T09:00:00+07:00")!,
            preparer: Preparer(name: "Nguyễn Văn An", email: email),
            workforce: Workforce(total: 1, women: 2, directWorkers: 0, ethnicMinorities: 0, location: .start),
            indicatorsAsOf: Day(year: year, month: 12, day: 31), indicators: [], movements: [], documents: [],
            collectives: [], people: [], nominations: [], location: .start)
        return IngestedFile(
            path: path, size: 1, sha256: "sha-" + path, format: .submission, content: .submission(submission),
            identity: nil,
            findings: [Finding("workforce.exceeds-total", .error, file: path, at: .start, "women above total")],
            outcome: .rejected)
    }

    private func feedback(_ id: Int64, digest: String, covers: [String], _ status: DeliveryStatus) -> Delivery {
        Delivery(
            id: id, kind: .feedback, period: "2025", digest: digest, recipients: ["a@03.vss.gov.vn"],
            messageID: "<\(id)@x>", status: status, reply: "", attempts: 1, updatedAt: "t", covers: covers)
    }

    func testOneGroupPerAgencyAndYearWithEveryFile() {
        let files =
            (1...60).map { rejected("in/2025/03-\($0).xml", agency: "03", email: "p\($0)@example.org") } + [
                rejected("in/2024/03.xml", agency: "03", year: 2024, email: "x@03.vss.gov.vn"),
                rejected("in/2025/01.xml", agency: "01", email: "x@01.vss.gov.vn"),
            ]
        let (groups, unnamed) = FeedbackGroup.newlyRejected(files.reversed(), ledger: DeliveryLedger([]))
        XCTAssertEqual(unnamed, [])
        XCTAssertEqual(groups.map { "\($0.year)-\($0.agency)" }, ["2024-03", "2025-01", "2025-03"])
        let flood = groups[2]
        XCTAssertEqual(flood.files.count, 60)
        XCTAssertEqual(flood.files.map(\.path), flood.files.map(\.path).sorted())
        XCTAssertEqual(flood.preparers.count, 60)
        XCTAssertEqual(flood.digests, flood.digests.sorted())
        XCTAssertEqual(flood.digest, Digest.sha256(flood.digests.joined(separator: "\n")))
        XCTAssertEqual(flood.files[0].findings.first?.contains("lỗi: [workforce.exceeds-total]"), true)
    }

    /// A sent or refused feedback settles every file it covers; a pending one is retried with its Message-ID.
    func testAFileCoveredByASettledFeedbackIsNotNotifiedAgain() {
        let files = ["a", "b", "c"].map { rejected("in/2025/03-\($0).xml", agency: "03", email: "x@03.vss.gov.vn") }
        let digests = files.map(\.sha256)
        let sent = DeliveryLedger([feedback(1, digest: "g1", covers: Array(digests.prefix(2)), .sent)])
        let (groups, _) = FeedbackGroup.newlyRejected(files, ledger: sent)
        XCTAssertEqual(groups.first?.files.map(\.path), ["in/2025/03-c.xml"], "only the file not yet notified")
        let refused = DeliveryLedger([feedback(1, digest: "g1", covers: digests, .failed)])
        XCTAssertTrue(FeedbackGroup.newlyRejected(files, ledger: refused).groups.isEmpty)
        let all = FeedbackGroup.newlyRejected(files, ledger: DeliveryLedger([])).groups[0]
        let pending = DeliveryLedger([feedback(1, digest: all.digest, covers: digests, .pending)])
        XCTAssertEqual(FeedbackGroup.newlyRejected(files, ledger: pending).groups, [all])
        XCTAssertEqual(pending.unfinished(.feedback, digest: all.digest)?.messageID, "<1@x>")
        XCTAssertEqual(pending.unfinishedFeedback.map(\.id), [1])
        // A feedback recorded before groups existed names its one file by its digest.
        let old = DeliveryLedger([feedback(1, digest: digests[0], covers: [], .sent)])
        XCTAssertEqual(FeedbackGroup.newlyRejected(files, ledger: old).groups[0].files.count, 2)
    }

    func testAFileThatCannotSayWhoseItIsIsSetAside() {
        var broken = rejected("in/2025/x.xml", agency: "", email: "")
        broken.content = nil
        let (groups, unnamed) = FeedbackGroup.newlyRejected([broken], ledger: DeliveryLedger([]))
        XCTAssertEqual(groups, [])
        XCTAssertEqual(unnamed, ["in/2025/x.xml"])
    }
}
