import EmulationReview
import Foundation
import ZIPFoundation

/// The two emails the program writes: the report in the report's language, the feedback to an agency in
/// Vietnamese. Pure builders: no clock, no file system, no network —
/// the caller passes the date, the Message-ID and the file contents, and decides when (and whether) to send.
public enum ReportMail {
    /// More CSV files than this go into one zip attachment, so that the reader gets two attachments, not twelve.
    public static let maxLooseCSVFiles = 3

    /// The review report for `period` (`2020` or `2016-2020`), in the report's language.
    /// - headline: the key figures, one line each; `completeness`: the line on reports expected/received/missing.
    /// - revised: nil for the first email of this report; otherwise what changed since the version last sent
    ///   (may be empty when the caller cannot say), and the subject says "(bản sửa đổi)".
    /// - files: the published files by name; `review.html` and the `.csv` files are attached, others ignored.
    /// - filesLocation: where the reader finds the files when they are too large to attach (a path or a link).
    public static func reportMessage(
        period: String, language: Language = .vi, headline: [String], completeness: String, revised: [String]?,
        files: [(name: String, data: Data)], filesLocation: String,
        settings: MailSettings, date: Date, messageID: String
    ) throws -> MailMessage {
        let attachments = try reportAttachments(period: period, files: files)
        let total = attachments.reduce(0) { $0 + $1.data.count }
        let attached = total <= settings.maxAttachmentBytes
        func t(_ vi: String, _ en: String) -> String { Bilingual(vi, en)(language) }
        let scope = period.contains("-") ? period : t("năm \(period)", "for \(period)")

        var lines: [String] = [t("Kính gửi các đồng chí,", "Dear colleagues,"), ""]
        if let revised {
            lines.append(
                t(
                    "Ban Thi đua - Khen thưởng gửi bản sửa đổi của báo cáo tổng kết thi đua, khen thưởng \(scope). "
                        + "Bản này thay thế bản đã gửi trước đó.",
                    "The Emulation and Commendation Board sends a revised version of the emulation and commendation "
                        + "review \(scope). It replaces the version sent before."))
            lines.append("")
            lines.append(t("Những thay đổi so với bản đã gửi:", "What changed since the version sent:"))
            lines +=
                revised.isEmpty
                ? [
                    t(
                        "- (số liệu đã được cập nhật theo các báo cáo mới nhận)",
                        "- (figures updated from newly received reports)")
                ]
                : revised.map { "- " + $0 }
        } else {
            lines.append(
                t(
                    "Ban Thi đua - Khen thưởng gửi báo cáo tổng kết thi đua, khen thưởng \(scope).",
                    "The Emulation and Commendation Board sends the emulation and commendation review \(scope)."))
        }
        lines.append("")
        if !headline.isEmpty {
            lines.append(t("Số liệu chính:", "Key figures:"))
            lines += headline.map { "- " + $0 }
            lines.append("")
        }
        lines.append(t("Tình hình gửi báo cáo: ", "Reports received: ") + completeness)
        lines.append("")
        if attachments.isEmpty {
            lines.append(t("Các tệp báo cáo ở: ", "The report's files are in: ") + filesLocation)
        } else if attached {
            lines.append(t("Tệp đính kèm:", "Attached:"))
            for attachment in attachments { lines.append("- " + describe(attachment, language)) }
        } else {
            lines.append(
                t(
                    "Các tệp báo cáo (tổng cộng \(megabytes(total, language))) không được đính kèm vì vượt giới hạn "
                        + "\(megabytes(settings.maxAttachmentBytes, language)) của một thư. Các tệp ở: \(filesLocation)",
                    "The report's files (\(megabytes(total, language)) in all) are not attached: they exceed the limit "
                        + "of \(megabytes(settings.maxAttachmentBytes, language)) for one email. The files are in: \(filesLocation)"
                ))
        }
        lines += [
            "",
            t(
                "Thư này do chương trình emulation-review gửi tự động; xin đừng trả lời thư này.",
                "This email was sent automatically by emulation-review; please do not reply to it."),
        ]
        if let name = try? Mailbox(parsing: settings.from).displayName { lines += ["", name] }

        return MailMessage(
            from: settings.from, to: settings.to,
            subject: t("Báo cáo tổng kết thi đua, khen thưởng \(scope)", "Emulation and commendation review \(scope)")
                + (revised == nil ? "" : t(" (bản sửa đổi)", " (revised)")),
            body: lines.joined(separator: "\n") + "\n",
            attachments: attached ? attachments : [], date: date, messageID: messageID)
    }

    /// The findings of an agency's rejected submissions for one year: one email however many files it sent, so a
    /// flood of files cannot become a flood of mail.
    /// - to: the recipients `FeedbackRecipients` chose (the agency's registered contacts first).
    /// - files: each rejected file with its findings in the `validate` format, listed as given.
    public static func feedbackMessage(
        to recipients: [String], agency: String, year: Int, files: [RejectedFile], settings: MailSettings,
        date: Date, messageID: String
    ) -> MailMessage {
        let legend = "Mỗi dòng ghi tệp:dòng:cột nơi có lỗi, mức độ, mã lỗi trong ngoặc vuông và việc cần làm."
        var lines: [String] = ["Kính gửi đơn vị \(agency),", ""]
        if files.count == 1, let file = files.first {
            lines.append(
                "Báo cáo thi đua, khen thưởng năm \(year) của đơn vị (tệp \(file.path)) chưa được chấp nhận vì có "
                    + "\(counts(file.findings)) dưới đây. " + legend)
            lines.append("")
            lines += file.findings.map { "  " + $0 }
        } else {
            lines.append(
                "\(files.count) tệp báo cáo thi đua, khen thưởng năm \(year) của đơn vị chưa được chấp nhận vì có các "
                    + "lỗi dưới đây. " + legend)
            for file in files {
                lines.append("")
                let revision = file.revision.map { " (revision=\"\($0)\")" } ?? ""
                lines.append("Tệp \(file.path)\(revision): \(counts(file.findings))")
                lines += file.findings.map { "  " + $0 }
            }
        }
        let sent = files.count == 1 ? "tệp vừa gửi có revision" : "các tệp vừa gửi có revision lớn nhất là"
        let next =
            files.compactMap(\.revision).max().map {
                " (\(sent)=\"\($0)\", bản sửa cần revision=\"\($0 + 1)\" hoặc lớn hơn)"
            } ?? ""
        let example = files.first.map { ($0.path as NSString).lastPathComponent } ?? "TỆP.xml"
        lines += [
            "",
            "Đề nghị đơn vị:",
            "1. Sửa tất cả các lỗi (error) nêu trên trong tệp báo cáo; các cảnh báo (warning) nên xem lại.",
            "2. Tăng số hiệu sửa đổi (thuộc tính revision của báo cáo) lên lớn hơn bản đã gửi\(next).",
            "3. Kiểm tra lại tệp bằng lệnh: emulation-review validate \(example)",
            "4. Gửi lại tệp đã sửa.",
            "",
            "Tệp có lỗi không được đưa vào tổng hợp; cho đến khi nhận được bản sửa hợp lệ, bản hợp lệ gần nhất của "
                + "đơn vị (nếu có) được dùng thay.",
            "",
            "Thư này do chương trình emulation-review gửi tự động; xin đừng trả lời thư này.",
        ]
        if let name = try? Mailbox(parsing: settings.from).displayName { lines += ["", name] }

        let which = files.count == 1 ? files[0].path : "\(files.count) tệp"
        return MailMessage(
            from: settings.from, to: recipients,
            subject: "Báo cáo thi đua, khen thưởng năm \(year) của đơn vị \(agency) chưa được chấp nhận (\(which))",
            body: lines.joined(separator: "\n") + "\n", date: date, messageID: messageID)
    }

    /// `2 lỗi và 1 cảnh báo`: the errors and warnings among findings in the `validate` format.
    private static func counts(_ findings: [String]) -> String {
        let errors = findings.filter { $0.contains(": \(Severity.error.word(.vi)): ") }.count
        let warnings = findings.filter { $0.contains(": \(Severity.warning.word(.vi)): ") }.count
        return "\(errors) lỗi" + (warnings > 0 ? " và \(warnings) cảnh báo" : "")
    }

    /// The documents a report may have, in the order they are attached after `review.html`.
    static let documentTypes: [(name: String, mimeType: String)] = [
        ("review.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("review.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("review.pdf", "application/pdf"),
    ]

    /// `review.html` first, then the documents (Word, Excel, PDF), then the CSV files by name: each as it is, or
    /// all in `<period>-csv.zip`.
    static func reportAttachments(period: String, files: [(name: String, data: Data)]) throws -> [MailAttachment] {
        var attachments: [MailAttachment] = []
        if let html = files.first(where: { $0.name == "review.html" }) {
            attachments.append(
                MailAttachment(filename: "review.html", data: html.data, mimeType: "text/html; charset=utf-8"))
        }
        for document in documentTypes {
            guard let file = files.first(where: { $0.name == document.name }) else { continue }
            attachments.append(MailAttachment(filename: file.name, data: file.data, mimeType: document.mimeType))
        }
        let csv = files.filter { $0.name.lowercased().hasSuffix(".csv") }.sorted { $0.name < $1.name }
        if csv.count > maxLooseCSVFiles {
            attachments.append(
                MailAttachment(filename: "\(period)-csv.zip", data: try zip(csv), mimeType: "application/zip"))
        } else {
            attachments += csv.map {
                MailAttachment(filename: $0.name, data: $0.data, mimeType: "text/csv; charset=utf-8")
            }
        }
        return attachments
    }

    /// A fixed date (ZIPFoundation writes it in UTC, to the DOS format's 2-second precision): the same files give
    /// the same archive bytes, so a rerun can recognise an unchanged report by its digest.
    static let zipEntryDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01 00:00:00 UTC

    /// The files, in the order given, deflated into an in-memory zip.
    static func zip(_ files: [(name: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for file in files {
            let data = Data(file.data)  // zero-based indices for the provider below
            try archive.addEntry(
                with: file.name, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: zipEntryDate, permissions: 0o644, compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        guard let bytes = archive.data else { throw ReportMailError(description: "the zip archive has no data") }
        return bytes
    }

    private static func describe(_ attachment: MailAttachment, _ language: Language) -> String {
        func t(_ vi: String, _ en: String) -> String { Bilingual(vi, en)(language) }
        return switch attachment.mimeType {
        case _ where attachment.filename == "review.html":
            t(
                "review.html: báo cáo tổng kết (mở bằng trình duyệt web)",
                "review.html: the review (open it in a web browser)")
        case _ where attachment.filename == "review.docx":
            t(
                "review.docx: báo cáo dạng Word để ghi số, ký và gửi (phần tồn tại, hạn chế để trống cho Ban viết)",
                "review.docx: the review in Word, to number, sign and send (shortcomings left blank for the Board to write)"
            )
        case _ where attachment.filename == "review.xlsx":
            t(
                "review.xlsx: các bảng số liệu và biểu thống kê trong một tệp Excel (mã số giữ nguyên dạng văn bản)",
                "review.xlsx: the tables and statistics forms in one Excel workbook (codes kept as text)")
        case _ where attachment.filename == "review.pdf":
            t("review.pdf: báo cáo tổng kết dạng PDF để in", "review.pdf: the review as a PDF to print")
        case "application/zip":
            t(
                "\(attachment.filename): các bảng số liệu CSV, nén trong một tệp zip (mở bằng Excel sau khi giải nén)",
                "\(attachment.filename): the CSV tables in one zip file (open them in Excel once extracted)")
        default:
            t(
                "\(attachment.filename): bảng số liệu CSV (mở bằng Excel)",
                "\(attachment.filename): a CSV table (opens in Excel)")
        }
    }

    /// `12,3 MB` with the Vietnamese decimal comma, `12.3 MB` in English.
    private static func megabytes(_ bytes: Int, _ language: Language) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10)\(language == .vi ? "," : ".")\(tenths % 10) MB"
    }
}

public struct ReportMailError: Error, Sendable, CustomStringConvertible {
    public let description: String
}
