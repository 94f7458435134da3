import EmulationReview
import XCTest

@testable import EmulationReviewRun

/// The cron run's decisions on plain values: what changed, which reports that affects, what was already sent.
final class ChangeScanTests: XCTestCase {
    private func state(_ path: String, size: Int64 = 10, modified: Int64 = 1, sha256: String, year: Int?) -> FileState {
        FileState(
            path: path, size: size, modified: modified, sha256: sha256, year: year, format: "submission",
            outcome: "accepted", agency: nil, findings: [])
    }

    func testAnUnchangedFileIsNotReadAgain() {
        let known = ["in/2020/01.xml": state("in/2020/01.xml", sha256: "aa", year: 2020)]
        let scan = ChangeScan.compare(
            [ListedFile(path: "in/2020/01.xml", size: 10, modified: 1, year: 2020)], known: known,
            years: [2020]
        ) { path in
            XCTFail("\(path) was read although size and time are unchanged")
            return ""
        }
        XCTAssertEqual(scan.changedFiles, 0)
        XCTAssertEqual(scan.changedYears, [])
        XCTAssertEqual(scan.current["in/2020/01.xml"]?.sha256, "aa")
    }

    func testATouchedFileWithTheSameBytesIsNotAChange() {
        let known = ["in/2020/01.xml": state("in/2020/01.xml", sha256: "aa", year: 2020)]
        let scan = ChangeScan.compare(
            [ListedFile(path: "in/2020/01.xml", size: 10, modified: 2, year: 2020)], known: known,
            years: [2020]
        ) { _ in "aa" }
        XCTAssertEqual(scan.changedFiles, 0)
        XCTAssertEqual(scan.current["in/2020/01.xml"]?.modified, 2, "the new time is remembered")
    }

    func testNewChangedAndRemovedFilesChangeTheirYears() {
        let known = [
            "in/2019/01.xml": state("in/2019/01.xml", sha256: "old", year: 2019),
            "in/2018/01.xml": state("in/2018/01.xml", sha256: "gone", year: 2018),
        ]
        let listing = [
            ListedFile(path: "in/2019/01.xml", size: 11, modified: 1, year: 2019),
            ListedFile(path: "in/2020/02.xml", size: 10, modified: 1, year: 2020),
        ]
        let scan = ChangeScan.compare(listing, known: known, years: [2018, 2019, 2020]) { "new-" + $0 }
        XCTAssertEqual(scan.changedFiles, 3)
        XCTAssertEqual(scan.changedYears, [2018, 2019, 2020])
        XCTAssertEqual(scan.current["in/2020/02.xml"]?.sha256, "new-in/2020/02.xml")
        XCTAssertNil(scan.current["in/2018/01.xml"])
    }

    func testAChangedReferenceFileChangesEveryYear() {
        let known = ["in/reference/registry.xml": state("in/reference/registry.xml", sha256: "a", year: nil)]
        let scan = ChangeScan.compare(
            [ListedFile(path: "in/reference/registry.xml", size: 12, modified: 1, year: nil)],
            known: known, years: [2016, 2017]
        ) { _ in "b" }
        XCTAssertEqual(scan.changedYears, [2016, 2017])
    }
}

final class AffectedPeriodsTests: XCTestCase {
    func testAChangedYearRebuildsItselfTheYearsThatReadItAndItsPhases() {
        let phases = [Period(first: 2016, last: 2020), Period(first: 2021, last: 2025)]
        let periods = AffectedPeriods.periods(changedYears: [2019], years: Array(2015...2031), phases: phases)
        // A year's report reads ten history years before the year before it: 2019 is read up to 2030.
        XCTAssertEqual(
            periods.map(\.description),
            (2019...2030).map(String.init) + ["2016-2020", "2021-2025"])
    }

    func testNothingChangedRebuildsNothing() {
        XCTAssertEqual(
            AffectedPeriods.periods(changedYears: [], years: [2020], phases: [Period(first: 2016, last: 2020)]), [])
    }

    func testPeriodsSortYearsFirstThenPhases() {
        let sorted = ["2021-2025", "2020", "2016-2020", "2019"].compactMap(Period.init).sorted().map(\.description)
        XCTAssertEqual(sorted, ["2019", "2020", "2016-2020", "2021-2025"])
    }
}

final class DeliveryLedgerTests: XCTestCase {
    private func delivery(
        _ id: Int64, _ kind: DeliveryKind = .report, period: String = "2020", digest: String,
        _ status: DeliveryStatus
    ) -> Delivery {
        Delivery(
            id: id, kind: kind, period: period, digest: digest, recipients: ["a@example.vn"], messageID: "<\(id)@x>",
            status: status, reply: "r\(id)", attempts: 1, updatedAt: "t\(id)")
    }

    func testSentIsAnsweredPerKindPeriodAndContent() {
        let ledger = DeliveryLedger([delivery(1, digest: "d1", .sent), delivery(2, .feedback, digest: "d2", .sent)])
        XCTAssertTrue(ledger.wasSent(.report, period: "2020", digest: "d1"))
        XCTAssertFalse(ledger.wasSent(.report, period: "2019", digest: "d1"))
        XCTAssertFalse(ledger.wasSent(.report, period: "2020", digest: "d2"), "a feedback is not a report")
        XCTAssertTrue(ledger.wasSent(.feedback, digest: "d2"))
    }

    func testARefusalSettlesAndAPendingRetryReusesItsMessage() {
        let ledger = DeliveryLedger([
            delivery(1, digest: "d1", .failed), delivery(2, digest: "d2", .pending),
            delivery(3, digest: "d2", .sending),
        ])
        XCTAssertTrue(ledger.isSettled(.report, period: "2020", digest: "d1"))
        XCTAssertFalse(ledger.wasSent(.report, period: "2020", digest: "d1"))
        XCTAssertFalse(ledger.isSettled(.report, period: "2020", digest: "d2"))
        XCTAssertEqual(ledger.unfinished(.report, period: "2020", digest: "d2")?.messageID, "<3@x>")
        XCTAssertNil(ledger.unfinished(.report, period: "2020", digest: "d1"))
    }

    func testStateInWordsForStatus() {
        let ledger = DeliveryLedger([delivery(1, digest: "d1", .pending), delivery(2, digest: "d1", .sent)])
        XCTAssertEqual(ledger.state(.report, period: "2020", digest: "d1"), Bilingual("đã gửi t2", "sent t2"))
        XCTAssertEqual(
            DeliveryLedger([delivery(1, digest: "d1", .pending)]).state(.report, period: "2020", digest: "d1"),
            Bilingual("chờ gửi lại (r1)", "pending (r1)"))
        XCTAssertNil(ledger.state(.report, period: "2020", digest: "other"))
    }
}
