import EmulationReview
import Foundation
import XCTest

/// The report and feedback emails as built (pure), and the feedback email as it arrives through a real server.
final class ReportMailTests: XCTestCase {
    private var servers: [SMTPTestServer] = []

    override func tearDown() {
        for server in servers { server.stop() }
        servers = []
        super.tearDown()
    }

    /// A published report's files: review.html, `csvCount` CSV files (BOM, Vietnamese, CRLF) and a manifest.
    static func sampleFiles(csvCount: Int, csvSize: Int = 2_000) -> [(name: String, data: Data)] {
        let names = ["submissions", "indicators", "rankings", "awards", "nominations", "movements", "documents",
                     "findings", "form-0601", "form-0602", "form-0603"]
        var files: [(name: String, data: Data)] = [("manifest.json", Data("{\"period\":\"2016-2020\"}\n".utf8))]
        for name in names.prefix(csvCount).reversed() {
            var text = "\u{FEFF}year,agency,agency_name\r\n"
            while text.utf8.count < csvSize { text += "2020,27,Bảo hiểm xã hội tỉnh Bắc Ninh — \(name)\r\n" }
            files.append((name + ".csv", Data(text.utf8)))
        }
        files.append(("review.html", Data("<!doctype html><html lang=\"vi\"><title>Báo cáo tổng kết</title></html>\n".utf8)))
        return files
    }

    static func settings(maxAttachmentBytes: Int = MailSettings.defaultMaxAttachmentBytes) throws -> MailSettings {
        try MailSettings(url: "smtp://mail.example.vn:587", username: "reports", password: "x",
                         from: "Ban Thi đua - Khen thưởng <thidua@example.vn>", to: ["lanhdao@example.vn"],
                         maxAttachmentBytes: maxAttachmentBytes)
    }

    private func report(period: String = "2016-2020", revised: [String]? = nil, csvCount: Int = 11,
                        settings: MailSettings? = nil) throws -> MailMessage {
        try ReportMail.reportMessage(
            period: period, headline: ["Số người tham gia BHXH: 86.400.000"], completeness: "355 đơn vị, 353 đã nhận",
            revised: revised, files: Self.sampleFiles(csvCount: csvCount), filesLocation: "/srv/reports/\(period)",
            settings: settings ?? Self.settings(), date: MailerTests.date, messageID: "<r.1@test.local>")
    }

    func testSubjectNamesThePeriodAndARevision() throws {
        XCTAssertEqual(try report().subject, "Báo cáo tổng kết thi đua, khen thưởng 2016-2020")
        XCTAssertEqual(try report(period: "2020").subject, "Báo cáo tổng kết thi đua, khen thưởng năm 2020")
        let revised = try report(revised: ["Bắc Ninh (27) gửi lại báo cáo 2018: nay được chấp nhận"])
        XCTAssertEqual(revised.subject, "Báo cáo tổng kết thi đua, khen thưởng 2016-2020 (bản sửa đổi)")
        XCTAssertTrue(revised.body.contains("Những thay đổi so với bản đã gửi:\n- Bắc Ninh (27) gửi lại báo cáo 2018"), revised.body)
        XCTAssertFalse(try report().body.contains("bản sửa đổi"))
    }

    func testBodyCarriesHeadlineCompletenessAndSettingsAddresses() throws {
        let message = try report()
        XCTAssertTrue(message.body.contains("- Số người tham gia BHXH: 86.400.000"))
        XCTAssertTrue(message.body.contains("Tình hình gửi báo cáo: 355 đơn vị, 353 đã nhận"))
        XCTAssertEqual(message.from, "Ban Thi đua - Khen thưởng <thidua@example.vn>")
        XCTAssertEqual(message.to, ["lanhdao@example.vn"])
        XCTAssertEqual(message.messageID, "<r.1@test.local>")
    }

    func testManyCSVFilesGoIntoOneDeterministicZip() throws {
        let first = try report()
        XCTAssertEqual(first.attachments.map(\.filename), ["review.html", "2016-2020-csv.zip"])
        XCTAssertEqual(first.attachments.map(\.mimeType), ["text/html; charset=utf-8", "application/zip"])
        let again = try report()
        XCTAssertEqual(first.attachments[1].data, again.attachments[1].data, "same files, same zip bytes")
        XCTAssertTrue(first.body.contains("2016-2020-csv.zip"))
    }

    func testFewCSVFilesAreAttachedAsTheyAre() throws {
        let message = try report(csvCount: 3)
        XCTAssertEqual(message.attachments.map(\.filename), ["review.html", "indicators.csv", "rankings.csv", "submissions.csv"])
        let files = Self.sampleFiles(csvCount: 3)
        for attachment in message.attachments {
            XCTAssertEqual(attachment.data, files.first { $0.name == attachment.filename }?.data)
        }
        XCTAssertEqual(message.attachments[1].mimeType, "text/csv; charset=utf-8")
    }

    func testAttachmentsOverTheLimitAreReplacedByTheirLocation() throws {
        let small = try report(csvCount: 2, settings: Self.settings(maxAttachmentBytes: 1_000))
        XCTAssertEqual(small.attachments, [])
        XCTAssertTrue(small.body.contains("không được đính kèm vì vượt giới hạn"), small.body)
        XCTAssertTrue(small.body.contains("Các tệp ở: /srv/reports/2016-2020"), small.body)
        let fits = try report(csvCount: 2, settings: Self.settings(maxAttachmentBytes: 100_000))
        XCTAssertEqual(fits.attachments.count, 3)
        XCTAssertFalse(fits.body.contains("/srv/reports"))
    }

    static let findings = [
        "Inputs/2018/27.xml:4:78: error: [workforce.exceeds-total] workforce women (269 women) is greater than the total staff (257); correct one of the two counts",
        "Inputs/2018/27.xml:51:162: error: [person.duplicate-id] person 2701208738 appears twice (first at line 48); list each person once",
        "Inputs/2018/27.xml:60:3: warning: [indicator.as-of-outside-year] the as-of date is outside the year",
    ]

    func testFeedbackListsTheFindingsInVietnamese() throws {
        let message = ReportMail.feedbackMessage(
            to: "Trần Văn Nam <nam.tv@bhxh-bacninh.example.vn>", agency: "27 (Bảo hiểm xã hội tỉnh Bắc Ninh)", year: 2018,
            file: "Inputs/2018/27.xml", findings: Self.findings, revision: 1, settings: try Self.settings(),
            date: MailerTests.date, messageID: "<f.1@test.local>")
        XCTAssertEqual(message.to, ["Trần Văn Nam <nam.tv@bhxh-bacninh.example.vn>"])
        XCTAssertEqual(message.subject,
                       "Báo cáo thi đua, khen thưởng năm 2018 của đơn vị 27 (Bảo hiểm xã hội tỉnh Bắc Ninh) chưa được chấp nhận (Inputs/2018/27.xml)")
        for finding in Self.findings { XCTAssertTrue(message.body.contains("  " + finding + "\n"), finding) }
        XCTAssertTrue(message.body.contains("có 2 lỗi và 1 cảnh báo"), message.body)
        XCTAssertTrue(message.body.contains("revision=\"2\""), message.body)
        XCTAssertTrue(message.body.contains("Gửi lại tệp đã sửa"), message.body)
        XCTAssertTrue(message.body.contains("emulation-review validate 27.xml"), message.body)
        XCTAssertEqual(message.attachments, [])
    }

    // (f) The feedback email through a real server: Vietnamese subject and body, findings verbatim, to the preparer.
    func testFeedbackEmailArrivesAtThePreparer() throws {
        let server = try SMTPTestServer()
        servers.append(server)
        let settings = try MailerTests.settings(server)
        let message = ReportMail.feedbackMessage(
            to: "Trần Văn Nam <nam.tv@bhxh-bacninh.example.vn>", agency: "27 (Bảo hiểm xã hội tỉnh Bắc Ninh)", year: 2018,
            file: "Inputs/2018/27.xml", findings: Self.findings, settings: settings, date: MailerTests.date,
            messageID: MailMessage.makeMessageID(seed: "feedback 27 2018", date: MailerTests.date, hostname: "review.example.vn"))
        let outcome = Mailer(runtime: try MailerRuntime()).send(message, settings: settings)
        guard case .sent = outcome else { return XCTFail("not sent: \(outcome)") }
        let received = try XCTUnwrap(server.received().first)
        XCTAssertEqual(try server.envelope(of: received).recipients, ["nam.tv@bhxh-bacninh.example.vn"])
        let mail = try SMTPTestServer.inspect(received)
        XCTAssertEqual(mail.defects, [])
        XCTAssertEqual(mail.headers["Subject"], message.subject)
        XCTAssertEqual(mail.to_names, ["Trần Văn Nam"])
        let body = try XCTUnwrap(mail.body).replacingOccurrences(of: "\r\n", with: "\n")
        XCTAssertEqual(body, message.body)
        XCTAssertTrue(body.hasPrefix("Kính gửi đơn vị 27 (Bảo hiểm xã hội tỉnh Bắc Ninh),"), body)
        for finding in Self.findings { XCTAssertTrue(body.contains(finding), finding) }
        XCTAssertEqual(mail.attachments.count, 0)
    }

    func testMessageIDIsStableForTheSameSeedAndDate() {
        let date = MailerTests.date
        let id = MailMessage.makeMessageID(seed: "2016-2020 abc", date: date, hostname: "review.example.vn")
        XCTAssertEqual(id, MailMessage.makeMessageID(seed: "2016-2020 abc", date: date, hostname: "review.example.vn"))
        XCTAssertNotEqual(id, MailMessage.makeMessageID(seed: "2016-2020 abd", date: date, hostname: "review.example.vn"))
        XCTAssertTrue(id.hasPrefix("<"), id)
        XCTAssertTrue(id.hasSuffix(".1795916700@review.example.vn>"), id)
        XCTAssertEqual(id.count, 1 + 64 + 1 + 10 + 1 + 17 + 1)
        XCTAssertTrue(MailMessage.makeMessageID(seed: "x", date: date, hostname: "bad host\r\n").hasSuffix("@badhost>"))
    }

    func testHeadersAreEncodedAndFolded() throws {
        let subject = String(repeating: "Khen thưởng đột xuất ", count: 8).trimmingCharacters(in: .whitespaces)
        let message = MailMessage(from: "Ban Thi đua - Khen thưởng <thidua@example.vn>",
                                  to: ["a@example.vn", "Phòng \"Tổng hợp\" <b@example.vn>", "Plain Name <c@example.vn>"],
                                  subject: subject + "\r\nBcc: evil@example.vn", body: "x", date: MailerTests.date,
                                  messageID: "<m.1@test.local>")
        let fields = try message.headerFields()
        XCTAssertEqual(fields.map { String($0.prefix { $0 != ":" }) },
                       ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"])
        for field in fields {
            for line in field.components(separatedBy: "\r\n") {
                XCTAssertLessThanOrEqual(line.utf8.count, 76, line)
                XCTAssertTrue(line.utf8.allSatisfy { $0 < 0x80 }, line)
            }
            for word in field.split(whereSeparator: \.isWhitespace) where word.hasPrefix("=?") {
                XCTAssertLessThanOrEqual(word.count, 75, String(word))
                XCTAssertTrue(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="), String(word))
            }
        }
        XCTAssertFalse(fields.joined().contains("\nBcc:"), "a line break in the subject cannot add a header")
        XCTAssertTrue(fields[1].replacingOccurrences(of: "\r\n", with: "").hasSuffix("<b@example.vn>, Plain Name <c@example.vn>"),
                      fields[1])
        XCTAssertEqual(fields[3], "Date: Sun, 29 Nov 2026 08:45:00 +0700")
        XCTAssertEqual(try MailMessage(from: "thidua@example.vn", to: ["a@example.vn"], subject: "Plain subject", body: "",
                                       date: MailerTests.date, messageID: "<m@x>").headerFields()[2], "Subject: Plain subject")
        XCTAssertThrowsError(try MailMessage(from: "thidua@example.vn", to: ["a@example.vn"], subject: "", body: "",
                                             date: MailerTests.date, messageID: "no brackets").headerFields())
    }
}
