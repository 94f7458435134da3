import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The feedback email as it arrives through a real SMTP server, and the unattended run's choice of when and to whom
/// it goes: one email per agency and year, to the registry's contacts, never to an address only the file gives.
final class FeedbackDeliveryTests: XCTestCase {
    private var servers: [SMTPTestServer] = []
    private var folders: [URL] = []

    override func tearDown() {
        for server in servers { server.stop() }
        servers = []
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders = []
        unsetenv("MAIL_PASSWORD")
        super.tearDown()
    }

    static let contacts = ["vanphong@03.vss.gov.vn", "lanhdao@03.vss.gov.vn"]

    /// Tiny inputs for 2025 (agencies 01 and 03, both accepted), a server, and a configuration that mails through it.
    private func setUpRun() throws -> (tiny: TinyInputs, server: SMTPTestServer, config: URL, work: URL) {
        let tiny = try TinyInputs()
        folders.append(tiny.root)
        try tiny.year(
            2025, [.init(code: "01", participants: 120, target: 100), .init(code: "03", participants: 12, target: 10)])
        let work = try TestSupport.temporaryDirectory()
        folders.append(work)
        let server = try SMTPTestServer()
        servers.append(server)
        let config = work.appendingPathComponent("emulation-review.yaml")
        try MailDeliveryTests.configuration(inputs: tiny.root, work: work, server: server)
            .write(to: config, atomically: true, encoding: .utf8)
        setenv("MAIL_PASSWORD", SMTPTestServer.password, 1)
        return (tiny, server, config, work)
    }

    /// A submission of agency 03 for 2025 that is rejected (more women than staff), naming `preparer`.
    private func rejected(_ tiny: TinyInputs, revision: Int, preparer: String = "thidua@03.vss.gov.vn") -> String {
        let escaped = preparer.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "\"", with: "&quot;"
        )
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        return tiny.submission(
            .init(code: "03", total: 10, women: 12, participants: 12, target: 10), year: 2025, revision: revision
        ).replacingOccurrences(of: "email=\"thidua@03.vss.gov.vn\"", with: "email=\"\(escaped)\"")
    }

    /// A run with this configuration, its messages in English (the feedback emails are Vietnamese).
    private func run(_ config: URL, _ extra: [String] = []) throws -> TestSupport.Output {
        try TestSupport.run(["run", "--lang", "en", "--config", config.path] + extra)
    }

    /// The feedback emails received so far (the reports go to the board, the feedback to an agency).
    private func feedback(_ server: SMTPTestServer) throws -> [URL] {
        try server.received().filter {
            try server.envelope(of: $0).recipients != ["lanhdao@example.vn", "vanphong@example.vn"]
        }
    }

    /// The attack: 60 rejected files from one agency for one year, each naming another preparer address, some
    /// outside the agency's domain, some malformed. One email, to the registered contacts and the plain
    /// in-domain preparers only, on the 20 newest files (the review lists no more of one agency and year, and says
    /// so); nothing more on the next runs; a 61st, newer file is notified alone.
    func testAFloodOfRejectedFilesMakesOneEmailToTheRegisteredContacts() throws {
        let (tiny, server, config, _) = try setUpRun()
        XCTAssertEqual(try run(config).status, 0)
        var paths: [String] = []
        var inDomain: [String] = []
        for i in 1...60 {
            let address =
                switch i % 8 {
                case 0: "canbo\(i)@03.vss.gov.vn"
                case 1: "victim\(i)@example.org"
                case 2: "a\(i)@b.vn>x"
                case 3: "a\(i),victim@example.org"
                case 4: "a\(i)\"@b.vn"
                case 5: "x\(i)@03.vss.gov.vn.evil.org"
                case 6: "Can.Bo\(i)@03.VSS.gov.vn"
                default: "a\(i),b@03.vss.gov.vn"
                }
            let name = String(format: "2025/03-f%02d.xml", i)
            if i > 40 {
                if i % 8 == 0 || i % 8 == 6 { inDomain.append(address) }
                paths.append(name)
            }
            try tiny.write(name, rejected(tiny, revision: i + 1, preparer: address))
        }
        let out = try run(config)
        XCTAssertEqual(out.status, 0, out.stderr)
        let recipients = Self.contacts + inDomain
        XCTAssertTrue(
            out.stdout.contains(
                "agency 03 year 2025: findings of 20 rejected files sent to \(recipients.joined(separator: ", "))"),
            out.stdout)
        let received = try feedback(server)
        XCTAssertEqual(received.count, 1)
        XCTAssertEqual(try server.envelope(of: received[0]).recipients, recipients)
        let mail = try SMTPTestServer.inspect(received[0])
        XCTAssertEqual(mail.defects, [])
        XCTAssertEqual(mail.toAddresses, recipients)
        XCTAssertTrue(mail.headers["Subject"]?.hasSuffix("chưa được chấp nhận (20 tệp)") == true, "\(mail.headers)")
        let body = try XCTUnwrap(mail.body).replacingOccurrences(of: "\r\n", with: "\n")
        for path in paths { XCTAssertTrue(body.contains(path + " (revision="), path) }
        XCTAssertFalse(body.contains("2025/03-f40.xml"), "an older file beyond the 20 listed")
        XCTAssertTrue(
            body.contains("[submission.files-dropped] còn 40 tệp bị thay thế hoặc bị từ chối của đơn vị 03"), body)
        XCTAssertTrue(
            body.contains("cảnh báo: [submission.preparer-email] địa chỉ thư điện tử của người lập \"a42@b.vn>x\""),
            body)
        XCTAssertFalse(body.contains(": error: ") || body.contains(": warning: "), "English in the feedback: \(body)")
        XCTAssertTrue(body.contains("Đề nghị đơn vị:"), body)

        XCTAssertEqual(try run(config).stdout, "nothing changed since the last run\n")
        XCTAssertEqual(try run(config, ["--period", "2025"]).status, 0)
        XCTAssertEqual(try feedback(server).count, 1, "no file content is notified twice")

        try tiny.write("2025/03-f61.xml", rejected(tiny, revision: 62))
        XCTAssertEqual(try run(config).status, 0)
        let later = try feedback(server)
        XCTAssertEqual(later.count, 2)
        XCTAssertEqual(try server.envelope(of: later[1]).recipients, Self.contacts + ["thidua@03.vss.gov.vn"])
        let second = try XCTUnwrap(try SMTPTestServer.inspect(later[1]).body)
        XCTAssertTrue(second.contains("2025/03-f61.xml"), second)
        for path in paths { XCTAssertFalse(second.contains(path), path) }
    }

    /// No contacts in the registry: no feedback email at all (the preparer's address alone never decides), a log
    /// line says so, and the run succeeds.
    func testAnAgencyWithoutContactsGetsNoFeedbackAndTheRunSucceeds() throws {
        let (tiny, server, config, _) = try setUpRun()
        let registry = tiny.root.appendingPathComponent("reference/registry.xml")
        let text = try String(contentsOf: registry, encoding: .utf8)
        let without = text.replacingOccurrences(of: " contacts=\"\(Self.contacts.joined(separator: " "))\"", with: "")
        XCTAssertNotEqual(without, text)
        try without.write(to: registry, atomically: true, encoding: .utf8)
        try tiny.write("2025/03-r2.xml", rejected(tiny, revision: 2))
        let out = try run(config)
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(
            out.stderr.contains(
                "feedback for agency 03 year 2025 was not sent because the registry lists no contacts for it"),
            out.stderr)
        XCTAssertFalse(out.stdout.contains("findings"), out.stdout)
        XCTAssertEqual(try server.received().count, 1, "the report only")
        XCTAssertEqual(try feedback(server), [])
    }

    /// Server down: the feedback stays pending (exit 75); the next run, with nothing changed in the inputs, sends it
    /// once with the Message-ID recorded the first time.
    func testAFeedbackThatCouldNotBeSentIsRetriedByTheNextRunWithItsMessageID() throws {
        let (tiny, server, config, work) = try setUpRun()
        try tiny.write("2025/03-r2.xml", rejected(tiny, revision: 2))
        let closed = try SMTPTestServer.closedPort()
        try MailDeliveryTests.configuration(
            inputs: tiny.root, work: work, server: server, url: "smtp://127.0.0.1:\(closed)"
        ).write(to: config, atomically: true, encoding: .utf8)
        let down = try run(config)
        XCTAssertEqual(down.status, 75, down.stderr)
        XCTAssertTrue(down.stderr.contains("the feedback on 1 rejected file could not be sent yet"), down.stderr)
        let state = work.appendingPathComponent("state").path
        let pending = try StateStore(directory: state).deliveries(kind: .feedback)
        XCTAssertEqual(pending.map(\.status), [.pending])
        try MailDeliveryTests.configuration(inputs: tiny.root, work: work, server: server)
            .write(to: config, atomically: true, encoding: .utf8)
        let back = try run(config)
        XCTAssertEqual(back.status, 0, back.stderr)
        let received = try feedback(server)
        XCTAssertEqual(received.count, 1)
        XCTAssertEqual(try SMTPTestServer.inspect(received[0]).headers["Message-ID"], pending[0].messageID)
        let sent = try StateStore(directory: state).deliveries(kind: .feedback)
        XCTAssertEqual(sent.map(\.status), [.sent])
        XCTAssertEqual(sent.map(\.messageID), [pending[0].messageID])
        XCTAssertEqual(try run(config).status, 0)
        XCTAssertEqual(try feedback(server).count, 1, "never a duplicate after a retry")
    }

    /// The files change while a feedback is pending: the unsent email is superseded by one on the new set of
    /// files, and `status` does not list it as needing attention.
    func testAPendingFeedbackWhoseFilesChangedIsSupersededByOneOnTheNewFiles() throws {
        let (tiny, server, config, work) = try setUpRun()
        try tiny.write("2025/03-r2.xml", rejected(tiny, revision: 2))
        let closed = try SMTPTestServer.closedPort()
        try MailDeliveryTests.configuration(
            inputs: tiny.root, work: work, server: server, url: "smtp://127.0.0.1:\(closed)"
        ).write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(config).status, 75)
        try tiny.write("2025/03-r3.xml", rejected(tiny, revision: 3))
        try MailDeliveryTests.configuration(inputs: tiny.root, work: work, server: server)
            .write(to: config, atomically: true, encoding: .utf8)
        let back = try run(config)
        XCTAssertEqual(back.status, 0, back.stderr)
        let received = try feedback(server)
        XCTAssertEqual(received.count, 1)
        let mail = try SMTPTestServer.inspect(received[0])
        XCTAssertTrue(mail.headers["Subject"]?.hasSuffix("(2 tệp)") == true, "\(mail.headers)")
        for name in ["2025/03-r2.xml", "2025/03-r3.xml"] { XCTAssertTrue(mail.body?.contains(name) == true, name) }
        let deliveries = try StateStore(directory: work.appendingPathComponent("state").path)
            .deliveries(kind: .feedback)
        XCTAssertEqual(deliveries.map(\.status), [.superseded, .sent])
        let status = try TestSupport.run(["status", "--lang", "en", "--config", config.path])
        XCTAssertTrue(status.stdout.contains("deliveries needing attention:\n"), status.stdout)
        XCTAssertFalse(status.stdout.contains("  feedback 2025"), status.stdout)
    }

    // (f) The feedback email through a real server: Vietnamese subject and body, findings verbatim, to the preparer.
    func testFeedbackEmailArrivesAtThePreparer() throws {
        let server = try SMTPTestServer()
        servers.append(server)
        let settings = try MailerTests.settings(server)
        let message = ReportMail.feedbackMessage(
            to: ["Trần Văn Nam <nam.tv@bhxh-bacninh.example.vn>"], agency: "27 (Bảo hiểm xã hội tỉnh Bắc Ninh)",
            year: 2018,
            files: [RejectedFile(path: "Inputs/2018/27.xml", revision: nil, findings: MailSamples.findings)],
            settings: settings, date: MailSamples.date, messageID: "<feedback.27.2018@review.example.vn>")
        let outcome = Mailer(runtime: try MailerRuntime()).send(message, settings: settings)
        guard case .sent = outcome else { return XCTFail("not sent: \(outcome)") }
        let received = try XCTUnwrap(server.received().first)
        XCTAssertEqual(try server.envelope(of: received).recipients, ["nam.tv@bhxh-bacninh.example.vn"])
        let mail = try SMTPTestServer.inspect(received)
        XCTAssertEqual(mail.defects, [])
        XCTAssertEqual(mail.headers["Subject"], message.subject)
        XCTAssertEqual(mail.toNames, ["Trần Văn Nam"])
        let body = try XCTUnwrap(mail.body).replacingOccurrences(of: "\r\n", with: "\n")
        XCTAssertEqual(body, message.body)
        XCTAssertTrue(body.hasPrefix("Kính gửi đơn vị 27 (Bảo hiểm xã hội tỉnh Bắc Ninh),"), body)
        for finding in MailSamples.findings { XCTAssertTrue(body.contains(finding), finding) }
        XCTAssertEqual(mail.attachments.count, 0)
    }
}
