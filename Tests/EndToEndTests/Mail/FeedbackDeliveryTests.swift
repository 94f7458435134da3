import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The feedback email as it arrives through a real SMTP server.
final class FeedbackDeliveryTests: XCTestCase {
    private var servers: [SMTPTestServer] = []

    override func tearDown() {
        for server in servers { server.stop() }
        servers = []
        super.tearDown()
    }

    // (f) The feedback email through a real server: Vietnamese subject and body, findings verbatim, to the preparer.
    func testFeedbackEmailArrivesAtThePreparer() throws {
        let server = try SMTPTestServer()
        servers.append(server)
        let settings = try MailerTests.settings(server)
        let message = ReportMail.feedbackMessage(
            to: "Trần Văn Nam <nam.tv@bhxh-bacninh.example.vn>", agency: "27 (Bảo hiểm xã hội tỉnh Bắc Ninh)",
            year: 2018,
            file: "Inputs/2018/27.xml", findings: MailSamples.findings, settings: settings, date: MailSamples.date,
            messageID: "<feedback.27.2018@review.example.vn>")
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
