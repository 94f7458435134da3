import EmulationReview
import Foundation

/// What became of one message. The caller maps it to the run's exit status (`exitStatus`) and its bookkeeping:
/// a temporary failure is worth retrying on the next run, a permanent one needs a person.
public enum DeliveryOutcome: Sendable, Equatable {
    /// The server took the message; `reply` is its answer to the end of the data (`250 …`).
    case sent(reply: String)
    /// Cannot resolve, connect or finish in time, TLS handshake trouble, or a 4xx reply.
    case temporaryFailure(String)
    /// A 5xx reply, a refused login, an untrusted certificate, STARTTLS required but not offered, bad settings.
    case permanentFailure(String)

    public var exitStatus: ExitStatus {
        switch self {
        case .sent: .ok
        case .temporaryFailure: .tryAgain
        case .permanentFailure: .unavailable
        }
    }
}

/// A report or feedback email to send, and what came of sending it.
public struct OutgoingReport: Sendable {
    public var period: String
    /// The report's language (its manifest's), which the email follows.
    public var language: Language
    public var summary: String
    public var headline: [String]
    /// What changed since the version last sent; nil for a first report.
    public var revisions: [String]?
    public var folder: String
    public var files: [(name: String, data: Data)]
    public var messageID: String
}

/// The findings of an agency's newly rejected submissions for one year, in one email to the recipients
/// `FeedbackRecipients` chose.
public struct OutgoingFeedback: Sendable {
    public var recipients: [String]
    public var agency: String
    public var year: Int
    public var files: [RejectedFile]
    public var messageID: String

    public init(recipients: [String], agency: String, year: Int, files: [RejectedFile], messageID: String) {
        self.recipients = recipients
        self.agency = agency
        self.year = year
        self.files = files
        self.messageID = messageID
    }
}

/// One rejected submission as the feedback names it.
public struct RejectedFile: Sendable, Equatable {
    public var path: String
    /// The file's revision, when it could be read, so the email can say which number the correction needs.
    public var revision: Int?
    /// Lines in the `validate` format, `path:line:column: error: [code] message`.
    public var findings: [String]

    public init(path: String, revision: Int?, findings: [String]) {
        self.path = path
        self.revision = revision
        self.findings = findings
    }
}

/// A message to an agency or the board written by the run (a receipt, a reminder, the board's list, a
/// scorecard): stored with its delivery, so a retry sends the same words.
public struct AgencyNotice: Sendable, Codable, Equatable {
    public var recipients: [String]
    public var subject: String
    public var body: String
    /// A file of a published report to attach (its path), with the name it is attached under.
    public var attachment: String?
    public var attachmentName: String?
    public var messageID: String = ""

    public init(
        recipients: [String], subject: String, body: String, attachment: String? = nil, attachmentName: String? = nil
    ) {
        self.recipients = recipients
        self.subject = subject
        self.body = body
        self.attachment = attachment
        self.attachmentName = attachmentName
    }
}

/// How an unattended run sends mail; the real one speaks SMTP, tests may count.
public protocol ReportMailer: Sendable {
    func send(report: OutgoingReport) -> DeliveryOutcome
    func send(feedback: OutgoingFeedback) -> DeliveryOutcome
    func send(notice: AgencyNotice) -> DeliveryOutcome
}
