import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The mailer against a real SMTP server on 127.0.0.1 (aiosmtpd, STARTTLS required, AUTH required), with what
/// arrives read back by Python's email package.
final class MailerTests: XCTestCase {
    private var servers: [SMTPTestServer] = []

    override func tearDown() {
        for server in servers { server.stop() }
        servers = []
        super.tearDown()
    }

    private func startServer(_ options: [String] = []) throws -> SMTPTestServer {
        let server = try SMTPTestServer(options)
        servers.append(server)
        return server
    }

    static let date = MailSamples.date

    static func settings(
        _ server: SMTPTestServer?, url: String? = nil, starttls: MailSettings.StartTLS = .required,
        password: String = SMTPTestServer.password, caFile: String?? = nil,
        timeouts: MailSettings.Timeouts = .init(connect: 5, total: 20)
    ) throws -> MailSettings {
        try MailSettings(
            url: url ?? server!.url, starttls: starttls, username: SMTPTestServer.user, password: password,
            caFile: caFile ?? server?.certificate, from: "Ban Thi đua - Khen thưởng <thidua@example.vn>",
            to: ["Lãnh đạo Bảo hiểm xã hội Việt Nam <lanhdao@example.vn>", "vanthu@example.vn"],
            timeouts: timeouts)
    }

    static func simpleMessage(_ settings: MailSettings, subject: String = "Thử gửi thư") -> MailMessage {
        MailMessage(
            from: settings.from, to: settings.to, subject: subject, body: "Nội dung thử.\n", date: date,
            messageID: MessageID.make(subject: "test", digest: Digest.sha256(subject), time: "0", host: "test.local"))
    }

    private func mailer() throws -> Mailer {
        Mailer(runtime: try MailerRuntime())
    }

    // (a) A report with attachments over STARTTLS and AUTH: headers decode, attachments are byte-identical.
    func testReportWithAttachmentsArrivesIntactOverStartTLSWithLogin() throws {
        let server = try startServer()
        let settings = try Self.settings(server)
        let files = MailSamples.reportFiles(csvCount: 6)
        let message = try ReportMail.reportMessage(
            period: "2016-2020", headline: ["Số người tham gia BHXH, BHYT, BHTN: 86.400.000 (98,14% kế hoạch)"],
            completeness: "355 đơn vị phải báo cáo: 353 đã nhận, 1 bị từ chối, 1 chưa gửi, 1 gửi muộn",
            revised: nil, files: files, filesLocation: "/srv/reports/2016-2020", settings: settings, date: Self.date,
            messageID: "<2016-2020.report@review.example.vn>")

        let outcome = try mailer().send(message, settings: settings)
        guard case .sent(let reply) = outcome else { return XCTFail("not sent: \(outcome)") }
        XCTAssertTrue(reply.hasPrefix("250"), reply)
        XCTAssertTrue(reply.contains("0001"), "the reply is the server's answer to the data: \(reply)")

        let received = try server.received()
        XCTAssertEqual(received.count, 1)
        let envelope = try server.envelope(of: received[0])
        XCTAssertEqual(envelope.from, "thidua@example.vn")
        XCTAssertEqual(envelope.recipients, ["lanhdao@example.vn", "vanthu@example.vn"])

        let mail = try SMTPTestServer.inspect(received[0])
        XCTAssertEqual(mail.defects, [], "Python's parser found defects")
        XCTAssertTrue(mail.asciiOnly, "everything on the wire is 7-bit: encoded headers, quoted-printable, base64")
        XCTAssertEqual(mail.headers["Subject"], "Báo cáo tổng kết thi đua, khen thưởng 2016-2020")
        XCTAssertEqual(mail.fromName, "Ban Thi đua - Khen thưởng")
        XCTAssertEqual(mail.fromAddress, "thidua@example.vn")
        XCTAssertEqual(mail.toNames, ["Lãnh đạo Bảo hiểm xã hội Việt Nam", ""])
        XCTAssertEqual(mail.toAddresses, ["lanhdao@example.vn", "vanthu@example.vn"])
        XCTAssertEqual(mail.headers["Date"], "Sun, 29 Nov 2026 08:45:00 +0700")
        XCTAssertEqual(mail.dateParsed, "2026-11-29T08:45:00+07:00")
        XCTAssertEqual(mail.headers["Message-ID"], message.messageID)
        XCTAssertEqual(mail.headers["MIME-Version"], "1.0")
        XCTAssertEqual(mail.contentType, "multipart/mixed")
        for line in mail.rawHeaderLines where line.contains("=?") {
            XCTAssertLessThanOrEqual(line.count, 76, "RFC 2047 line limit: \(line)")
        }
        XCTAssertTrue(mail.rawHeaderLines.contains { $0.hasPrefix("Subject: =?UTF-8?B?") })
        XCTAssertEqual(mail.bodyCharset, "utf-8")
        XCTAssertEqual(mail.body?.replacingOccurrences(of: "\r\n", with: "\n"), message.body)

        XCTAssertEqual(mail.attachments.map { $0.filename ?? "" }, ["review.html", "2016-2020-csv.zip"])
        let html = try XCTUnwrap(mail.attachments.first)
        XCTAssertEqual(html.contentType, "text/html")
        XCTAssertEqual(html.transferEncoding, "base64")
        XCTAssertEqual(html.sha256, files.first { $0.name == "review.html" }!.data.sha256Hex)
        let zip = try XCTUnwrap(mail.attachments.last)
        XCTAssertEqual(zip.contentType, "application/zip")
        XCTAssertNil(zip.zipTest, "a member of the zip is corrupt")
        let csv = files.filter { $0.name.hasSuffix(".csv") }.sorted { $0.name < $1.name }
        XCTAssertEqual(zip.members?.map(\.name), csv.map(\.name))
        XCTAssertEqual(zip.members?.map(\.sha256), csv.map(\.data.sha256Hex))
        XCTAssertEqual(zip.members?.first?.dateTime, [2000, 1, 1, 0, 0, 0])
    }

    /// Binary bytes, CR and LF in odd places, lines starting with a dot (SMTP's end-of-data marker), an empty file,
    /// a Vietnamese file name and a long Vietnamese subject: all arrive exactly as given.
    func testAwkwardContentArrivesByteIdentical() throws {
        let server = try startServer()
        let settings = try Self.settings(server)
        var binary = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
        binary.append(contentsOf: Array("\r\n.\r\n.\n\r\n..\r\n".utf8))
        let dotted = Data(".\r\n..\r\n.trailing\r\n\r\n.\r\n".utf8)
        let subject = String(
            repeating: "Báo cáo tổng kết thi đua, khen thưởng của Bảo hiểm xã hội Việt Nam; ", count: 3
        )
        .trimmingCharacters(in: .whitespaces)
        let body =
            "Dòng một\n.\n.. dòng bắt đầu bằng dấu chấm\n" + String(repeating: "Thi đua yêu nước ", count: 30)
            + "\r\nDòng cuối có CRLF\r\n"
        let message = MailMessage(
            from: settings.from, to: ["Nguyễn Thị \"Hoa\", kế toán <hoa@example.vn>"], subject: subject, body: body,
            attachments: [
                MailAttachment(filename: "binary.bin", data: binary, mimeType: "application/octet-stream"),
                MailAttachment(filename: "dots.txt", data: dotted, mimeType: "text/plain"),
                MailAttachment(filename: "empty.csv", data: Data(), mimeType: "text/csv"),
                MailAttachment(
                    filename: "Báo cáo tổng kết.html", data: Data("<p>Xin chào</p>".utf8), mimeType: "text/html"),
            ],
            date: Self.date, messageID: "<awkward.1@test.local>")

        let outcome = try mailer().send(message, settings: settings)
        guard case .sent = outcome else { return XCTFail("not sent: \(outcome)") }
        let mail = try SMTPTestServer.inspect(try XCTUnwrap(server.received().first))
        XCTAssertEqual(mail.defects, [])
        XCTAssertEqual(mail.headers["Subject"], subject)
        XCTAssertEqual(mail.toNames, ["Nguyễn Thị \"Hoa\", kế toán"])
        XCTAssertEqual(mail.toAddresses, ["hoa@example.vn"])
        for line in mail.rawHeaderLines where line.contains("=?") {
            XCTAssertLessThanOrEqual(line.count, 76, line)
        }
        XCTAssertEqual(
            mail.body, body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        XCTAssertEqual(
            mail.attachments.map { $0.filename ?? "" },
            ["binary.bin", "dots.txt", "empty.csv", "Báo cáo tổng kết.html"])
        XCTAssertEqual(mail.attachments.map(\.sha256), message.attachments.map(\.data.sha256Hex))
        XCTAssertEqual(mail.attachments.map(\.size), message.attachments.map(\.data.count))
    }

    // (b) A wrong password: refused for good, in the server's words, and the password is nowhere in the text.
    func testWrongPasswordIsAPermanentFailureThatNeverShowsThePassword() throws {
        let server = try startServer()
        let wrong = "hunter2-wrong-Mật-khẩu"
        let settings = try Self.settings(server, password: wrong)
        let outcome = try mailer().send(Self.simpleMessage(settings), settings: settings)
        guard case .permanentFailure(let text) = outcome else {
            return XCTFail("expected a permanent failure: \(outcome)")
        }
        XCTAssertTrue(text.contains("refused the login"), text)
        XCTAssertTrue(text.contains("535"), "the server's reply: \(text)")
        XCTAssertFalse(text.contains(wrong), text)
        XCTAssertFalse(String(describing: outcome).contains(wrong))
        XCTAssertEqual(outcome.exitStatus, .unavailable)
        XCTAssertEqual(try server.received(), [])
    }

    // (c) Nobody listening: try again later.
    func testClosedPortIsATemporaryFailure() throws {
        let port = try SMTPTestServer.closedPort()
        let settings = try Self.settings(nil, url: "smtp://127.0.0.1:\(port)", caFile: .some(nil))
        let outcome = try mailer().send(Self.simpleMessage(settings), settings: settings)
        guard case .temporaryFailure(let text) = outcome else {
            return XCTFail("expected a temporary failure: \(outcome)")
        }
        XCTAssertTrue(text.contains("cannot reach the mail server smtp://127.0.0.1:\(port)"), text)
        XCTAssertEqual(outcome.exitStatus, .tryAgain)
    }

    // (d) The server's answer to the data decides: 451 is temporary, 554 permanent.
    func testA451ReplyIsTemporaryAndA554ReplyIsPermanent() throws {
        let deferring = try startServer(["--data-reply", "451 4.3.0 Mail system busy, try again later"])
        let settings451 = try Self.settings(deferring)
        let deferred = try mailer().send(Self.simpleMessage(settings451), settings: settings451)
        guard case .temporaryFailure(let text451) = deferred else { return XCTFail("451: \(deferred)") }
        XCTAssertTrue(text451.contains("451 4.3.0 Mail system busy"), text451)
        XCTAssertEqual(deferred.exitStatus, .tryAgain)

        let refusing = try startServer(["--data-reply", "554 5.6.0 Message rejected by policy"])
        let settings554 = try Self.settings(refusing)
        let refused = try mailer().send(Self.simpleMessage(settings554), settings: settings554)
        guard case .permanentFailure(let text554) = refused else { return XCTFail("554: \(refused)") }
        XCTAssertTrue(text554.contains("554 5.6.0 Message rejected by policy"), text554)
        XCTAssertTrue(text554.contains("refused the message"), text554)
        XCTAssertEqual(refused.exitStatus, .unavailable)
    }

    // (e) STARTTLS required, server without TLS: nothing is sent, not even the login.
    func testRequiredStartTLSAgainstAPlainServerSendsNothing() throws {
        let server = try startServer(["--no-tls"])
        let settings = try Self.settings(server, caFile: .some(nil))
        let outcome = try mailer().send(Self.simpleMessage(settings), settings: settings)
        guard case .permanentFailure(let text) = outcome else {
            return XCTFail("expected a permanent failure: \(outcome)")
        }
        XCTAssertTrue(text.contains("does not offer STARTTLS"), text)
        XCTAssertEqual(try server.received(), [])
    }

    /// The same plain server accepts the message when STARTTLS is only opportunistic.
    func testOpportunisticStartTLSGoesOnWithoutTLS() throws {
        let server = try startServer(["--no-tls"])
        let settings = try Self.settings(server, starttls: .opportunistic, caFile: .some(nil))
        let outcome = try mailer().send(Self.simpleMessage(settings), settings: settings)
        guard case .sent = outcome else { return XCTFail("not sent: \(outcome)") }
        XCTAssertEqual(try server.received().count, 1)
    }

    /// A certificate the client does not trust (no caFile for the self-signed one) is a permanent failure.
    func testUntrustedCertificateIsAPermanentFailure() throws {
        let server = try startServer()
        let settings = try Self.settings(server, caFile: .some(nil))
        let outcome = try mailer().send(Self.simpleMessage(settings), settings: settings)
        guard case .permanentFailure(let text) = outcome else {
            return XCTFail("expected a permanent failure: \(outcome)")
        }
        XCTAssertTrue(text.contains("not trusted"), text)
        XCTAssertTrue(text.contains("libcurl error 60"), text)
        XCTAssertEqual(try server.received(), [])
    }

    /// smtps:// (TLS from the first byte, port 465 in real life) works too.
    func testImplicitTLSSends() throws {
        let server = try startServer(["--implicit-tls"])
        let settings = try Self.settings(server, url: "smtps://127.0.0.1:\(server.port)")
        let outcome = try mailer().send(Self.simpleMessage(settings, subject: "smtps"), settings: settings)
        guard case .sent = outcome else { return XCTFail("not sent: \(outcome)") }
        let mail = try SMTPTestServer.inspect(try XCTUnwrap(server.received().first))
        XCTAssertEqual(mail.headers["Subject"], "smtps")
    }

    /// One mailer, several threads: each send has its own libcurl handle.
    func testSeveralThreadsSendAtOnce() throws {
        let server = try startServer()
        let settings = try Self.settings(server)
        let mailer = try mailer()
        final class Outcomes: @unchecked Sendable {
            let lock = NSLock()
            var list: [DeliveryOutcome] = []
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let outcome = mailer.send(Self.simpleMessage(settings, subject: "Thư số \(index)"), settings: settings)
            outcomes.lock.lock()
            outcomes.list.append(outcome)
            outcomes.lock.unlock()
        }
        XCTAssertEqual(outcomes.list.count, 4)
        for outcome in outcomes.list {
            guard case .sent = outcome else { return XCTFail("not sent: \(outcome)") }
        }
        let subjects = try server.received().map { try SMTPTestServer.inspect($0).headers["Subject"] ?? "" }
        XCTAssertEqual(subjects.sorted(), (0..<4).map { "Thư số \($0)" })
    }

    /// The password never shows in the settings' descriptions, mirror or errors.
    func testSettingsKeepThePasswordSecret() throws {
        let secret = "s3cr3t-Mật-khẩu"
        let settings = try MailSettings(
            url: "smtp://mail.example.vn:587", username: "reports", password: secret,
            from: "Ban Thi đua - Khen thưởng <thidua@example.vn>", to: ["lanhdao@example.vn"])
        var dumped = ""
        dump(settings, to: &dumped)
        for text in [
            settings.description, settings.debugDescription, String(describing: settings),
            String(reflecting: settings), "\(settings)", dumped,
        ] {
            XCTAssertFalse(text.contains(secret), text)
            XCTAssertTrue(text.contains("(secret)"), text)
        }
        XCTAssertThrowsError(
            try MailSettings(
                url: "smtp://reports:\(secret)@mail.example.vn", password: secret,
                from: "thidua@example.vn", to: ["a@example.vn"])
        ) { error in
            XCTAssertFalse(String(describing: error).contains(secret))
        }
        XCTAssertThrowsError(
            try MailSettings(url: "http://mail.example.vn", from: "thidua@example.vn", to: ["a@example.vn"]))
        XCTAssertThrowsError(try MailSettings(url: "smtp://mail.example.vn", from: "Ban Thi đua", to: ["a@example.vn"]))
        XCTAssertThrowsError(try MailSettings(url: "smtp://mail.example.vn", from: "thidua@example.vn", to: []))
        XCTAssertThrowsError(
            try MailSettings(
                url: "smtp://mail.example.vn", from: "thidua@example.vn",
                to: ["a@example.vn\r\nBcc: x@evil.example"]))
    }
}
