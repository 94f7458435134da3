import Foundation
import TestSupport
import XCTest

/// Receipts, reminders, past-due notices, the board's list and scorecards through the real binary and a real SMTP
/// server, with the run's clock set (`EMULATION_REVIEW_NOW`): each sent once, on its day, to whom it concerns.
final class AgencyNoticeTests: XCTestCase {
    func testRemindersReceiptsAndScorecardsAreSentOnceOnTheirDay() throws {
        let mail = try MailRun()
        defer { mail.stop() }
        // Agency 01 has not reported yet; 03's only file is rejected (more women than staff). 02 merged into 01.
        try mail.tiny.year(2026, [])
        try mail.tiny.write(
            "2026/03.xml",
            mail.tiny.submission(
                .init(
                    code: "03", total: 10, women: 50, participants: 10, target: 10,
                    submitted: "2027-01-06T09:00:00+07:00"), year: 2026))
        var config = try String(contentsOf: mail.config, encoding: .utf8)
        config = config.replacingOccurrences(
            of: "phases: []", with: "phases: []\nreminders:\n  before: [7]\n  after: [3]")
        config += "\n  feedback: true\n  scorecards: true\n"
        try config.write(to: mail.config, atomically: true, encoding: .utf8)
        func run(at instant: String) throws -> [SMTPTestServer.Inspection] {
            let before = try mail.server.received().count
            let out = try TestSupport.run(
                ["run", "--lang", "en", "--config", mail.config.path], environment: ["EMULATION_REVIEW_NOW": instant])
            XCTAssertEqual(out.status, 0, out.stderr + out.stdout)
            return try mail.server.received().dropFirst(before).map(SMTPTestServer.inspect)
        }
        func subjects(_ mails: [SMTPTestServer.Inspection]) -> [String] {
            mails.map { ($0.headers["Subject"] ?? "") + " → " + $0.toAddresses.joined(separator: ",") }.sorted()
        }

        // 9 Jan 2027, six days before the 15 Jan deadline: the "7 days before" stage has come.
        let first = try run(at: "2027-01-09T08:00:00+07:00")
        XCTAssertEqual(
            subjects(first).filter {
                !$0.hasPrefix("Emulation and commendation review") && !$0.hasPrefix("Kết quả thi đua")
            },
            [
                "Báo cáo thi đua, khen thưởng năm 2026 của đơn vị 03 (Bảo hiểm xã hội tỉnh Ba) chưa được chấp nhận (\(mail.tiny.root.path)/2026/03.xml) → vanphong@03.vss.gov.vn,lanhdao@03.vss.gov.vn,thidua@03.vss.gov.vn",
                "Các đơn vị chưa gửi báo cáo thi đua, khen thưởng năm 2026 (còn 7 ngày đến hạn) → lanhdao@example.vn",
                "Nhắc gửi báo cáo thi đua, khen thưởng năm 2026 (hạn 15/01/2027) → thidua@01.vss.gov.vn",
                "Nhắc gửi báo cáo thi đua, khen thưởng năm 2026 (hạn 15/01/2027) → vanphong@03.vss.gov.vn,lanhdao@03.vss.gov.vn",
            ])
        let reminder = try XCTUnwrap(
            first.first {
                $0.headers["Subject"]?.hasPrefix("Nhắc") == true
                    && $0.toAddresses == ["vanphong@03.vss.gov.vn", "lanhdao@03.vss.gov.vn"]
            })
        XCTAssertTrue(try XCTUnwrap(reminder.body).contains("các tệp đã gửi đều bị từ chối: 03.xml"))
        let list = try XCTUnwrap(first.first { $0.headers["Subject"]?.hasPrefix("Các đơn vị") == true }?.body)
        XCTAssertTrue(list.contains("01 (Bảo hiểm xã hội tỉnh Một): chưa gửi"), list)
        XCTAssertTrue(list.contains("03 (Bảo hiểm xã hội tỉnh Ba): đã gửi nhưng bị từ chối"), list)
        XCTAssertFalse(list.contains("02 ("), "02 merged away in 2025 is not expected for 2026")
        // The same day again: nothing is sent twice.
        XCTAssertEqual(try run(at: "2027-01-09T17:00:00+07:00").count, 0)

        // 01 reports on 17 Jan, after the deadline; on 19 Jan the "3 days after" stage has come.
        try mail.tiny.write(
            "2026/01.xml",
            mail.tiny.submission(
                .init(code: "01", participants: 100, target: 100, submitted: "2027-01-17T10:00:00+07:00"), year: 2026))
        let second = try run(at: "2027-01-19T08:00:00+07:00")
        let receipt = try XCTUnwrap(second.first { $0.headers["Subject"]?.hasPrefix("Đã nhận") == true })
        XCTAssertEqual(receipt.toAddresses, ["thidua@01.vss.gov.vn"])
        XCTAssertTrue(
            try XCTUnwrap(receipt.body).contains("đã nhận và chấp nhận báo cáo thi đua, khen thưởng năm 2026"))
        let chasers = second.filter { $0.headers["Subject"]?.hasPrefix("Quá hạn") == true }
        XCTAssertEqual(
            chasers.map(\.toAddresses), [["vanphong@03.vss.gov.vn", "lanhdao@03.vss.gov.vn"]],
            "no notice to 01, which has reported")
        XCTAssertTrue(try XCTUnwrap(chasers.first?.body).contains("tất cả đều bị từ chối"), "received but rejected")
        XCTAssertEqual(
            second.filter { $0.headers["Subject"]?.hasPrefix("Các đơn vị") == true }.count, 1, "the board's list")
        let scorecards = second.filter {
            $0.headers["Subject"]?.hasPrefix("Kết quả thi đua năm 2026 của đơn vị 01") == true
        }
        XCTAssertEqual(scorecards.count, 1, "01's page of the revised 2026 report")
        XCTAssertEqual(scorecards.first?.attachments.first?.filename, "ket-qua-thi-dua-2026-01.html")
        XCTAssertEqual(try run(at: "2027-01-19T09:00:00+07:00").count, 0, "nothing sent twice")
        // Long after the year has closed, nobody is chased again.
        XCTAssertEqual(try run(at: "2027-03-30T09:00:00+07:00").count, 0)
        let status = try TestSupport.run(["status", "--lang", "en", "--config", mail.config.path])
        XCTAssertTrue(status.stdout.contains("reminder"), status.stdout)
    }
}
