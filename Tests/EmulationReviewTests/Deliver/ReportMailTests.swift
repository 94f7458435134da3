import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The report and feedback emails as built: pure, no server.
final class ReportMailTests: XCTestCase {
    static func settings(maxAttachmentBytes: Int = MailSettings.defaultMaxAttachmentBytes) throws -> MailSettings {
        try MailSettings(
            url: "smtp://mail.example.vn:587", username: "reports", password: "x",
            from: "Ban Thi đua - Khen thưởng <thidua@example.vn>", to: ["lanhdao@example.vn"],
            maxAttachmentBytes: maxAttachmentBytes)
    }

    private func report(
        period: String = "2016-2020", revised: [String]? = nil, csvCount: Int = 11,
        settings: MailSettings? = nil
    ) throws -> MailMessage {
        try ReportMail.reportMessage(
            period: period, headline: ["Số người tham gia BHXH: 86.400.000"], completeness: "355 đơn vị, 353 đã nhận",
            revised: revised, files: MailSamples.reportFiles(csvCount: csvCount),
            filesLocation: "/srv/reports/\(period)",
            settings: settings ?? Self.settings(), date: MailSamples.date, messageID: "<r.1@test.local>")
    }

    /// An English report is emailed in English; the codes, periods and file names stay as they are.
    func testTheReportEmailFollowsTheReportsLanguage() throws {
        let message = try ReportMail.reportMessage(
            period: "2020", language: .en, headline: ["SI, HI and UI policyholders: 86,400,000"],
            completeness: "2020: report published in Reports/2020 — agencies expected 71", revised: [],
            files: MailSamples.reportFiles(csvCount: 2), filesLocation: "/srv/reports/2020",
            settings: Self.settings(), date: MailSamples.date, messageID: "<r.9@test.local>")
        XCTAssertEqual(message.subject, "Emulation and commendation review for 2020 (revised)")
        XCTAssertTrue(message.body.hasPrefix("Dear colleagues,\n"), message.body)
        XCTAssertTrue(message.body.contains("Reports received: 2020: report published"), message.body)
        XCTAssertTrue(message.body.contains("- review.html: the review (open it in a web browser)"), message.body)
        for vietnamese in ["Kính gửi", "Tệp đính kèm", "Tình hình", "năm 2020", "bản sửa đổi"] {
            XCTAssertFalse(message.body.contains(vietnamese) || message.subject.contains(vietnamese), vietnamese)
        }
    }

    func testSubjectNamesThePeriodAndARevision() throws {
        XCTAssertEqual(try report().subject, "Báo cáo tổng kết thi đua, khen thưởng 2016-2020")
        XCTAssertEqual(try report(period: "2020").subject, "Báo cáo tổng kết thi đua, khen thưởng năm 2020")
        let revised = try report(revised: ["Bắc Ninh (27) gửi lại báo cáo 2018: nay được chấp nhận"])
        XCTAssertEqual(revised.subject, "Báo cáo tổng kết thi đua, khen thưởng 2016-2020 (bản sửa đổi)")
        XCTAssertTrue(
            revised.body.contains("Những thay đổi so với bản đã gửi:\n- Bắc Ninh (27) gửi lại báo cáo 2018"),
            revised.body)
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
        XCTAssertEqual(
            message.attachments.map(\.filename), ["review.html", "indicators.csv", "rankings.csv", "submissions.csv"])
        let files = MailSamples.reportFiles(csvCount: 3)
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

    func testFeedbackListsTheFindingsInVietnamese() throws {
        let message = ReportMail.feedbackMessage(
            to: ["thidua@bhxh-bacninh.example.vn", "nam.tv@bhxh-bacninh.example.vn"],
            agency: "27 (Bảo hiểm xã hội tỉnh Bắc Ninh)", year: 2018,
            files: [RejectedFile(path: "Inputs/2018/27.xml", revision: 1, findings: MailSamples.findings)],
            settings: try Self.settings(), date: MailSamples.date, messageID: "<f.1@test.local>")
        XCTAssertEqual(message.to, ["thidua@bhxh-bacninh.example.vn", "nam.tv@bhxh-bacninh.example.vn"])
        XCTAssertEqual(
            message.subject,
            "Báo cáo thi đua, khen thưởng năm 2018 của đơn vị 27 (Bảo hiểm xã hội tỉnh Bắc Ninh) chưa được chấp nhận (Inputs/2018/27.xml)"
        )
        for finding in MailSamples.findings { XCTAssertTrue(message.body.contains("  " + finding + "\n"), finding) }
        XCTAssertTrue(message.body.contains("có 2 lỗi và 1 cảnh báo"), message.body)
        XCTAssertTrue(message.body.contains("revision=\"2\""), message.body)
        XCTAssertTrue(message.body.contains("Gửi lại tệp đã sửa"), message.body)
        XCTAssertTrue(message.body.contains("emulation-review validate 27.xml"), message.body)
        XCTAssertEqual(message.attachments, [])
    }

    /// Several rejected files of one agency and year: one email, each file named with its findings under it.
    func testFeedbackOnSeveralFilesNamesEachWithItsFindings() throws {
        let second = ["Inputs/2018/27-r2.xml:3:5: lỗi: [schema.value] giá trị không đúng dạng"]
        let message = ReportMail.feedbackMessage(
            to: ["thidua@bhxh-bacninh.example.vn"], agency: "27", year: 2018,
            files: [
                RejectedFile(path: "Inputs/2018/27.xml", revision: 1, findings: MailSamples.findings),
                RejectedFile(path: "Inputs/2018/27-r2.xml", revision: 2, findings: second),
            ], settings: try Self.settings(), date: MailSamples.date, messageID: "<f.2@test.local>")
        XCTAssertEqual(
            message.subject, "Báo cáo thi đua, khen thưởng năm 2018 của đơn vị 27 chưa được chấp nhận (2 tệp)")
        let body = message.body
        XCTAssertTrue(body.contains("2 tệp báo cáo thi đua, khen thưởng năm 2018 của đơn vị chưa được chấp nhận"), body)
        let first = try XCTUnwrap(body.range(of: "Tệp Inputs/2018/27.xml (revision=\"1\"): 2 lỗi và 1 cảnh báo\n"))
        let next = try XCTUnwrap(body.range(of: "Tệp Inputs/2018/27-r2.xml (revision=\"2\"): 1 lỗi\n"))
        XCTAssertLessThan(first.upperBound, next.lowerBound)
        for finding in MailSamples.findings {
            let at = try XCTUnwrap(body.range(of: "  " + finding + "\n"), finding)
            XCTAssertTrue(at.lowerBound >= first.upperBound && at.upperBound <= next.lowerBound, finding)
        }
        XCTAssertTrue(body.contains("  " + second[0] + "\n"), body)
        XCTAssertTrue(body.contains("bản sửa cần revision=\"3\""), body)
        XCTAssertTrue(body.contains("Đề nghị đơn vị:"), body)
    }

    func testMessageIDIsStableForTheSameDeliveryAndClean() {
        let id = MessageID.make(
            subject: "2016-2020", digest: String(repeating: "ab", count: 32), time: "2026-11-29T01:45:00Z",
            host: "review.example.vn")
        XCTAssertEqual(
            id,
            MessageID.make(
                subject: "2016-2020", digest: String(repeating: "ab", count: 32),
                time: "2026-11-29T01:45:00Z", host: "review.example.vn"))
        XCTAssertNotEqual(
            id,
            MessageID.make(
                subject: "2016-2020", digest: String(repeating: "ab", count: 32),
                time: "2026-11-29T01:46:00Z", host: "review.example.vn"))
        XCTAssertTrue(id.hasPrefix("<2016-2020.abababababababab."), id)
        XCTAssertTrue(id.hasSuffix("@review.example.vn>"), id)
        XCTAssertTrue(MessageID.make(subject: "a b\r\n", digest: "", time: "", host: "x").hasPrefix("<ab.."))
    }

    func testHeadersAreEncodedAndFolded() throws {
        let subject = String(repeating: "Khen thưởng đột xuất ", count: 8).trimmingCharacters(in: .whitespaces)
        let message = MailMessage(
            from: "Ban Thi đua - Khen thưởng <thidua@example.vn>",
            to: ["a@example.vn", "Phòng \"Tổng hợp\" <b@example.vn>", "Plain Name <c@example.vn>"],
            subject: subject + "\r\nBcc: evil@example.vn", body: "x", date: MailSamples.date,
            messageID: "<m.1@test.local>")
        let fields = try message.headerFields()
        XCTAssertEqual(
            fields.map { String($0.prefix { $0 != ":" }) },
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
        XCTAssertTrue(
            fields[1].replacingOccurrences(of: "\r\n", with: "").hasSuffix("<b@example.vn>, Plain Name <c@example.vn>"),
            fields[1])
        XCTAssertEqual(fields[3], "Date: Sun, 29 Nov 2026 08:45:00 +0700")
        XCTAssertEqual(
            try MailMessage(
                from: "thidua@example.vn", to: ["a@example.vn"], subject: "Plain subject", body: "",
                date: MailSamples.date, messageID: "<m@x>"
            ).headerFields()[2], "Subject: Plain subject")
        XCTAssertThrowsError(
            try MailMessage(
                from: "thidua@example.vn", to: ["a@example.vn"], subject: "", body: "",
                date: MailSamples.date, messageID: "no brackets"
            ).headerFields())
    }

    func testTheDocumentsAreAttachedAfterTheHTMLWithTheirTypes() throws {
        let files =
            MailSamples.reportFiles(csvCount: 2)
            + [("review.xlsx", Data([1, 2, 3])), ("review.pdf", Data([4])), ("review.docx", Data([5, 6]))]
        let message = try ReportMail.reportMessage(
            period: "2020", headline: [], completeness: "x", revised: nil, files: files, filesLocation: "/srv",
            settings: try Self.settings(), date: MailSamples.date, messageID: "<d.1@test.local>")
        XCTAssertEqual(
            message.attachments.map(\.filename),
            ["review.html", "review.docx", "review.xlsx", "review.pdf", "indicators.csv", "submissions.csv"])
        XCTAssertEqual(
            message.attachments[2].mimeType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        XCTAssertTrue(message.body.contains("review.docx: báo cáo dạng Word"), message.body)
    }
}
