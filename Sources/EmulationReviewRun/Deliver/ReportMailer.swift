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
    public var summary: String
    public var headline: [String]
    /// What changed since the version last sent; nil for a first report.
    public var revisions: [String]?
    public var folder: String
    public var files: [(name: String, data: Data)]
    public var messageID: String
}

public struct OutgoingFeedback: Sendable {
    public var preparer: String
    public var agency: String
    public var year: Int
    public var revision: Int?
    public var file: String
    public var findings: [String]
    public var messageID: String
}

/// How an unattended run sends mail; the real one speaks SMTP, tests may count.
public protocol ReportMailer: Sendable {
    func send(report: OutgoingReport) -> DeliveryOutcome
    func send(feedback: OutgoingFeedback) -> DeliveryOutcome
}
