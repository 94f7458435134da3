import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// Unattended runs delivering through a real SMTP server (aiosmtpd on 127.0.0.1, STARTTLS required, a
/// password): exactly one email per report content, revisions, failures and feedback to agencies.
final class MailDeliveryTests: XCTestCase {
    private var tiny: TinyInputs!
    private var work: URL!
    private var server: SMTPTestServer?

    override func setUpWithError() throws {
        tiny = try TinyInputs()
        try tiny.year(
            2025, [.init(code: "01", participants: 120, target: 100), .init(code: "03", participants: 12, target: 10)])
        work = try TestSupport.temporaryDirectory()
        server = try SMTPTestServer()
        try configure(server!)
        setenv("MAIL_PASSWORD", SMTPTestServer.password, 1)
    }

    override func tearDownWithError() throws {
        unsetenv("MAIL_PASSWORD")
        server?.stop()
        tiny.remove()
        try? FileManager.default.removeItem(at: work)
    }

    private var reports: URL { work.appendingPathComponent("reports") }
    private var config: URL { work.appendingPathComponent("emulation-review.yaml") }

    private func configure(_ server: SMTPTestServer, url: String? = nil) throws {
        try Self.configuration(inputs: tiny.root, work: work, server: server, url: url)
            .write(to: config, atomically: true, encoding: .utf8)
    }

    /// A run's configuration: inputs, reports and state under `work`, mail through `server` (or `url`), feedback on.
    static func configuration(inputs: URL, work: URL, server: SMTPTestServer, url: String? = nil) -> String {
        """
        inputs: \(inputs.path)
        reports: \(work.appendingPathComponent("reports").path)
        state: \(work.appendingPathComponent("state").path)
        phases: []
        lang: vi
        mail:
          url: \(url ?? server.url)
          starttls: required
          username: \(SMTPTestServer.user)
          caFile: \(server.certificate)
          from: "Ban Thi đua - Khen thưởng <thidua@example.vn>"
          to: ["lanhdao@example.vn", "vanphong@example.vn"]
          feedback: true
        """
    }

    /// A run with this configuration, its messages and reports in `lang` (the report emails follow the reports).
    private func job(_ extra: [String] = [], lang: String = "en") throws -> TestSupport.Output {
        try TestSupport.run(["run", "--lang", lang, "--config", config.path] + extra)
    }

    func testFirstRunDeliversOneEmailWithThePublishedFilesThenNothing() throws {
        // The sector's language: Vietnamese reports, a Vietnamese email, Vietnamese lines.
        let first = try job(lang: "vi")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(
            first.stdout.contains("2025: đã gửi báo cáo tới lanhdao@example.vn, vanphong@example.vn"), first.stdout)
        let messages = try XCTUnwrap(server).received()
        XCTAssertEqual(messages.count, 1)
        let envelope = try XCTUnwrap(server).envelope(of: messages[0])
        XCTAssertEqual(envelope.recipients, ["lanhdao@example.vn", "vanphong@example.vn"])
        let mail = try SMTPTestServer.inspect(messages[0])
        XCTAssertTrue(
            mail.headers["Subject"]?.contains("Báo cáo tổng kết thi đua, khen thưởng") == true, "\(mail.headers)")
        XCTAssertNotNil(mail.headers["Date"])
        XCTAssertNotNil(mail.headers["Message-ID"])
        XCTAssertTrue(mail.body?.contains("Người tham gia BHXH, BHYT, BHTN: 132 người") == true, mail.body ?? "")
        // Every attachment is byte-identical to the published file.
        let folder = reports.appendingPathComponent("2025")
        let html = try XCTUnwrap(mail.attachments.first { $0.filename == "review.html" })
        XCTAssertEqual(html.sha256, Digest.sha256(try Data(contentsOf: folder.appendingPathComponent("review.html"))))
        let zip = try XCTUnwrap(mail.attachments.first { $0.filename?.hasSuffix(".zip") == true })
        let members = try XCTUnwrap(zip.members)
        let csvs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
            .sorted()
        XCTAssertEqual(members.map(\.name), csvs)
        for member in members {
            XCTAssertEqual(
                member.sha256, Digest.sha256(try Data(contentsOf: folder.appendingPathComponent(member.name))),
                member.name)
        }
        // A second run sends nothing; a manual rerun of an identical report sends nothing either.
        XCTAssertEqual(try job(lang: "vi").stdout, "không có gì thay đổi kể từ lần chạy trước\n")
        let rerun = try job(["--period", "2025"], lang: "vi")
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertFalse(rerun.stdout.contains("đã gửi"), rerun.stdout)
        XCTAssertEqual(try XCTUnwrap(server).received().count, 1)
        // The password is nowhere in what the program printed or stored in its status.
        let status = try TestSupport.run(["status", "--lang", "en", "--config", config.path])
        XCTAssertTrue(status.stdout.contains("email: sent"), status.stdout)
        for text in [first.stdout, first.stderr, status.stdout] {
            XCTAssertFalse(text.contains(SMTPTestServer.password))
        }
    }

    func testAChangedSubmissionSendsOneRevisedEmail() throws {
        XCTAssertEqual(try job().status, 0)
        try tiny.write(
            "2025/01-r2.xml",
            tiny.submission(.init(code: "01", participants: 125, target: 100), year: 2025, revision: 2))
        let out = try job()
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.contains("(revised)"), out.stdout)
        let messages = try XCTUnwrap(server).received()
        XCTAssertEqual(messages.count, 2)
        let revised = try SMTPTestServer.inspect(messages[1])
        // The report is in English, and so is its email.
        XCTAssertEqual(revised.headers["Subject"], "Emulation and commendation review for 2025 (revised)")
        XCTAssertTrue(revised.body?.contains("What changed since the version sent:") == true, revised.body ?? "")
        XCTAssertTrue(revised.body?.contains("indicators.csv") == true, revised.body ?? "")
        XCTAssertEqual(try job().stdout, "nothing changed since the last run\n")
        XCTAssertEqual(try XCTUnwrap(server).received().count, 2)
    }

    func testAWrongPasswordIsRefusedWithExit69() throws {
        setenv("MAIL_PASSWORD", "wrong password 123", 1)
        let out = try job()
        XCTAssertEqual(out.status, 69, out.stderr)
        XCTAssertTrue(out.stderr.contains("refused"), out.stderr)
        XCTAssertFalse(out.stderr.contains("wrong password 123"))
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: reports.appendingPathComponent("2025/review.html").path),
            "the report is published all the same")
        XCTAssertEqual(try XCTUnwrap(server).received().count, 0)
        let status = try TestSupport.run(["status", "--lang", "en", "--config", config.path])
        XCTAssertTrue(status.stdout.contains("failed"), status.stdout)
    }

    /// Server down: the report is published, the run exits 75; the next run, with the server back, delivers once.
    func testAnUnavailableServerIsRetriedByTheNextRunAndDeliversOnce() throws {
        let closed = try SMTPTestServer.closedPort()
        try configure(try XCTUnwrap(server), url: "smtp://127.0.0.1:\(closed)")
        let down = try job()
        XCTAssertEqual(down.status, 75, down.stderr)
        XCTAssertTrue(down.stderr.contains("the next run will try again"), down.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: reports.appendingPathComponent("2025/review.html").path))
        XCTAssertEqual(try job().status, 75, "still down: still pending")
        try configure(try XCTUnwrap(server))
        let back = try job()
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(try XCTUnwrap(server).received().count, 1)
        XCTAssertEqual(try job().status, 0)
        XCTAssertEqual(try XCTUnwrap(server).received().count, 1, "never a duplicate after a retry")
    }

    /// A report that changed while the server was down is sent once, as it now is; the version never sent is
    /// superseded, not retried, and `status` has nothing left needing attention.
    func testAReportChangedBeforeItWasSentSupersedesTheUnsentVersion() throws {
        let closed = try SMTPTestServer.closedPort()
        try configure(try XCTUnwrap(server), url: "smtp://127.0.0.1:\(closed)")
        XCTAssertEqual(try job().status, 75)
        try tiny.write(
            "2025/01-r2.xml",
            tiny.submission(.init(code: "01", participants: 125, target: 100), year: 2025, revision: 2))
        XCTAssertEqual(try job().status, 75, "the new version is pending too")
        try configure(try XCTUnwrap(server))
        let back = try job()
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(try XCTUnwrap(server).received().count, 1, "only the report as it now is")
        let status = try TestSupport.run(["status", "--lang", "en", "--config", config.path])
        XCTAssertTrue(status.stdout.contains("deliveries needing attention:\n  none\n"), status.stdout)
        XCTAssertEqual(try job().status, 0)
        XCTAssertEqual(try XCTUnwrap(server).received().count, 1, "the superseded version is never sent")
    }

    /// The agency's registered contacts get the findings, and the file's preparer with them, being in their domain.
    func testTheRejectedSubmissionsFindingsReachTheAgencysContactsOnce() throws {
        XCTAssertEqual(try job().status, 0)
        var broken = tiny.submission(
            .init(code: "03", total: 10, women: 12, participants: 12, target: 10), year: 2025, revision: 2)
        broken = broken.replacingOccurrences(of: "thidua@03.vss.gov.vn", with: "canbo.thidua@03.vss.gov.vn")
        try tiny.write("2025/03-r2.xml", broken)
        let out = try job()
        XCTAssertEqual(out.status, 0, out.stderr)
        let recipients = ["vanphong@03.vss.gov.vn", "lanhdao@03.vss.gov.vn", "canbo.thidua@03.vss.gov.vn"]
        XCTAssertTrue(
            out.stdout.contains(
                "agency 03 year 2025: findings of 1 rejected file sent to \(recipients.joined(separator: ", "))"),
            out.stdout)
        let messages = try XCTUnwrap(server).received()
        let feedback = try messages.filter { try XCTUnwrap(server).envelope(of: $0).recipients == recipients }
        XCTAssertEqual(feedback.count, 1)
        let mail = try SMTPTestServer.inspect(feedback[0])
        XCTAssertTrue(mail.body?.contains("2025/03-r2.xml:4:") == true, mail.body ?? "")
        XCTAssertTrue(mail.body?.contains("lỗi: [workforce.exceeds-total] số lao động nữ") == true, mail.body ?? "")
        XCTAssertTrue(mail.body?.contains("chưa được chấp nhận") == true, mail.body ?? "")
        // The same rejected file is never notified twice.
        _ = try job(["--period", "2025"])
        XCTAssertEqual(
            try XCTUnwrap(server).received().filter {
                try XCTUnwrap(server).envelope(of: $0).recipients == recipients
            }.count, 1)
    }
}
