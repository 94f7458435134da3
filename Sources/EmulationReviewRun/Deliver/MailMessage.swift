import EmulationReview
import Foundation

public struct MailAttachment: Sendable, Equatable {
    /// Shown to the reader; keep it ASCII (libcurl writes it into Content-Disposition without RFC 2231 encoding).
    public var filename: String
    public var data: Data
    /// For example `text/csv; charset=utf-8` or `application/zip`.
    public var mimeType: String

    public init(filename: String, data: Data, mimeType: String) {
        self.filename = filename
        self.data = data
        self.mimeType = mimeType
    }
}

/// One email, built without any I/O: the caller supplies the date and the Message-ID, so the same inputs give
/// the same message (and a retry can keep its Message-ID, letting the receiver spot a duplicate).
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: [String]
    public var subject: String
    /// Plain UTF-8 text; line ends are sent as CRLF whatever they are here.
    public var body: String
    public var attachments: [MailAttachment]
    public var date: Date
    /// With its angle brackets: `<…@host>` (see `MessageID`).
    public var messageID: String
    /// The zone the Date header is written in: Hanoi (UTC+7, no daylight saving) unless told otherwise.
    public var timeZone: TimeZone

    public static let hanoi = TimeZone(secondsFromGMT: 7 * 3600)!

    public init(
        from: String, to: [String], subject: String, body: String, attachments: [MailAttachment] = [],
        date: Date, messageID: String, timeZone: TimeZone = MailMessage.hanoi
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.attachments = attachments
        self.date = date
        self.messageID = messageID
        self.timeZone = timeZone
    }

    /// The header fields the program sets (curl adds Content-Type with the boundary and nothing else), each
    /// already encoded and folded: From, To, Subject, Date, Message-ID, MIME-Version.
    public func headerFields() throws(MailAddressError) -> [String] {
        let sender = try Mailbox(parsing: from)
        var recipients: [Mailbox] = []
        for recipient in to { recipients.append(try Mailbox(parsing: recipient)) }
        guard !recipients.isEmpty else {
            throw MailAddressError(Bilingual("thư không có người nhận", "the message has no recipient"))
        }
        guard MailMessage.isValidMessageID(messageID) else {
            throw MailAddressError(
                Bilingual(
                    "“\(messageID)” không phải là Message-ID hợp lệ (dạng <trái@phải>, ký tự ASCII, không có dấu cách)",
                    "“\(messageID)” is not a Message-ID (<left@right>, ASCII, no spaces)"))
        }
        return [
            MailHeaderEncoding.addressList(name: "From", mailboxes: [sender]),
            MailHeaderEncoding.addressList(name: "To", mailboxes: recipients),
            MailHeaderEncoding.unstructured(name: "Subject", value: subject),
            "Date: " + MailHeaderEncoding.date(date, timeZone: timeZone),
            "Message-ID: " + messageID,
            "MIME-Version: 1.0",
        ]
    }

    /// The addresses for the SMTP envelope (MAIL FROM and RCPT TO), display names dropped.
    public func envelope() throws(MailAddressError) -> (from: String, recipients: [String]) {
        let sender = try Mailbox(parsing: from)
        var recipients: [String] = []
        for recipient in to { recipients.append(try Mailbox(parsing: recipient).address) }
        return (sender.address, recipients)
    }

    /// The text part as sent: CRLF line ends (curl's quoted-printable encoder treats a lone LF as a byte to encode).
    var bodyCRLF: Data {
        var text = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        return Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    static func isValidMessageID(_ id: String) -> Bool {
        guard id.hasPrefix("<"), id.hasSuffix(">"), id.utf8.count <= 250 else { return false }
        let inner = id.dropFirst().dropLast()
        return inner.split(separator: "@", omittingEmptySubsequences: false).count == 2
            && inner.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") }
    }
}
