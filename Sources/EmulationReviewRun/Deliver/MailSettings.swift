import EmulationReview
import Foundation

/// The mail section of the configuration: how to reach the mail server, whom to write to, and whether agencies
/// get the findings of their rejected submissions. The password is a secret: `description`,
/// `debugDescription` and the mirror (`dump`) show `(secret)` in its place, and no error built from settings
/// contains it.
public struct MailSettings: Sendable, Equatable {
    /// STARTTLS on an `smtp://` URL (an `smtps://` URL is TLS from the first byte, so this is ignored there).
    public enum StartTLS: String, Sendable, CaseIterable {
        /// Refuse to send unless the server upgrades the connection (a plain-text AUTH would expose the password).
        case required
        /// Upgrade when the server offers it, else go on in plain text.
        case opportunistic
        case off
    }

    /// Seconds. libcurl counts whole seconds for these options.
    public struct Timeouts: Sendable, Equatable {
        /// Until the TCP (and, for smtps, TLS) connection is up.
        public var connect: Int
        /// The whole conversation, upload included: keep it generous for large attachments.
        public var total: Int

        public init(connect: Int = 15, total: Int = 120) {
            self.connect = connect
            self.total = total
        }
    }

    public let url: String
    public let starttls: StartTLS
    public let username: String?
    public let password: String?
    public let caFile: String?
    /// A mailbox, `Name <address>` or a bare address; the name may be Vietnamese.
    public let from: String
    public let to: [String]
    public let timeouts: Timeouts
    /// Above this many bytes of attachments (before base64, which adds a third on the wire) nothing is attached.
    public let maxAttachmentBytes: Int
    /// Email the findings of rejected submissions to their agency's registered contacts (`FeedbackRecipients`).
    public let feedback: Bool
    /// Whether each accepted submission gets a receipt (`mail.receipts`; by default as `feedback`).
    public var receipts: Bool = false
    /// Whether each agency gets its page of a published year's report (`mail.scorecards`, off by default).
    public var scorecards: Bool = false

    public static let defaultMaxAttachmentBytes = 10 * 1024 * 1024

    /// Checks everything that can be checked without the network, so a bad configuration is reported (exit 78)
    /// before a report is built. Error messages never contain the password.
    public init(
        url: String, starttls: StartTLS = .required, username: String? = nil, password: String? = nil,
        caFile: String? = nil, from: String, to: [String], timeouts: Timeouts = Timeouts(),
        maxAttachmentBytes: Int = MailSettings.defaultMaxAttachmentBytes, feedback: Bool = false
    )
        throws(MailSettingsError)
    {
        let lower = url.lowercased()
        guard lower.hasPrefix("smtp://") || lower.hasPrefix("smtps://") else {
            throw MailSettingsError(
                Bilingual(
                    "mail.url phải bắt đầu bằng smtp:// hoặc smtps:// (ví dụ smtp://mail.example.vn:587)",
                    "mail.url must start with smtp:// or smtps:// (for example smtp://mail.example.vn:587)"))
        }
        let authority = url[url.index(url.firstIndex(of: ":")!, offsetBy: 3)...].prefix { $0 != "/" }
        // A password written into the URL would be printed wherever the URL is: refuse it, without echoing it.
        guard !authority.contains("@") else {
            throw MailSettingsError(
                Bilingual(
                    "mail.url không được chứa tên đăng nhập hay mật khẩu; hãy dùng mail.username và biến môi trường MAIL_PASSWORD",
                    "mail.url must not contain a user name or password; use mail.username and the MAIL_PASSWORD environment variable"
                ))
        }
        guard !authority.isEmpty, !url.contains(where: { $0.isWhitespace || $0.isNewline }) else {
            throw MailSettingsError(
                Bilingual(
                    "mail.url không có tên máy chủ hoặc có dấu cách: \(url)",
                    "mail.url has no host or contains spaces: \(url)"))
        }
        if let username, username.contains(where: \.isNewline) {
            throw MailSettingsError(
                Bilingual("mail.username có ký tự xuống dòng", "mail.username contains a line break"))
        }
        if password != nil, username == nil {
            throw MailSettingsError(
                Bilingual(
                    "đã có mail.password nhưng chưa có mail.username", "mail.password is set but mail.username is not"))
        }
        do throws(MailAddressError) {
            _ = try Mailbox(parsing: from)
        } catch {
            throw MailSettingsError(error.message.map { "mail.from: " + $0 })
        }
        guard !to.isEmpty else {
            throw MailSettingsError(Bilingual("mail.to không có người nhận nào", "mail.to names no recipient"))
        }
        for recipient in to {
            do throws(MailAddressError) {
                _ = try Mailbox(parsing: recipient)
            } catch {
                throw MailSettingsError(error.message.map { "mail.to: " + $0 })
            }
        }
        guard timeouts.connect > 0, timeouts.total > 0 else {
            throw MailSettingsError(
                Bilingual(
                    "các thời hạn chờ của thư phải là số giây lớn hơn 0",
                    "mail timeouts must be positive numbers of seconds"))
        }
        guard maxAttachmentBytes >= 0 else {
            throw MailSettingsError(
                Bilingual(
                    "mail.maxAttachmentBytes không được là số âm", "mail.maxAttachmentBytes must not be negative"))
        }
        self.url = url
        self.starttls = starttls
        self.username = username
        self.password = password
        self.caFile = caFile
        self.from = from
        self.to = to
        self.timeouts = timeouts
        self.maxAttachmentBytes = maxAttachmentBytes
        self.feedback = feedback
    }

    /// The same server and sender, writing to other recipients (a feedback email to an agency).
    public func addressed(to recipients: [String]) throws(MailSettingsError) -> MailSettings {
        try MailSettings(
            url: url, starttls: starttls, username: username, password: password, caFile: caFile, from: from,
            to: recipients, timeouts: timeouts, maxAttachmentBytes: maxAttachmentBytes, feedback: feedback)
    }

    /// True for `smtps://`: TLS from the first byte.
    public var implicitTLS: Bool { url.lowercased().hasPrefix("smtps://") }
}

extension MailSettings: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        let password = self.password == nil ? "(none)" : "(secret)"
        let tls = implicitTLS ? "implicit" : starttls.rawValue
        return "MailSettings(url: \(url), starttls: \(tls), username: \(username ?? "(none)"), password: \(password), "
            + "caFile: \(caFile ?? "(system)"), from: \(from), to: \(to.joined(separator: ", ")), "
            + "timeouts: connect \(timeouts.connect) s, total \(timeouts.total) s, maxAttachmentBytes: \(maxAttachmentBytes), "
            + "feedback: \(feedback))"
    }

    public var debugDescription: String { description }

    /// `dump` and debuggers read the mirror, not `description`: keep the secret out of it too.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "url": url, "starttls": starttls, "username": username as Any,
                "password": password == nil ? "(none)" : "(secret)", "caFile": caFile as Any, "from": from, "to": to,
                "timeouts": timeouts, "maxAttachmentBytes": maxAttachmentBytes, "feedback": feedback,
            ], displayStyle: .struct)
    }
}

/// Why mail settings cannot be used, in both languages (the configuration's keys read the same in both).
public struct MailSettingsError: Error, Sendable, CustomStringConvertible {
    public let message: Bilingual

    /// The English message.
    public var description: String { message.en }

    public init(_ message: Bilingual) {
        self.message = message
    }
}
