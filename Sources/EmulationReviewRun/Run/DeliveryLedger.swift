import EmulationReview

/// The deliveries recorded in the state store, read as one ledger: the single answer to "was this content sent?"
/// used by the cron run, `send` and `status` alike. A pure value, so its answers are tested without a store.
public struct DeliveryLedger: Sendable {
    public var deliveries: [Delivery]

    public init(_ deliveries: [Delivery]) {
        self.deliveries = deliveries
    }

    /// Deliveries of a kind with a content digest (and of a period, when given), oldest first. A feedback also
    /// answers for each file it covers, so a file notified within one group is never notified again.
    public func of(_ kind: DeliveryKind, period: String? = nil, digest: String? = nil) -> [Delivery] {
        deliveries.filter {
            $0.kind == kind && (period == nil || $0.period == period)
                && (digest == nil || $0.digest == digest || $0.covers.contains(digest!))
        }
    }

    /// Whether this content reached the server.
    public func wasSent(_ kind: DeliveryKind, period: String? = nil, digest: String) -> Bool {
        of(kind, period: period, digest: digest).contains { $0.status == .sent }
    }

    /// Whether nothing remains to do for this content until a person acts: it was sent, or refused for good.
    public func isSettled(_ kind: DeliveryKind, period: String? = nil, digest: String) -> Bool {
        of(kind, period: period, digest: digest).contains { $0.status == .sent || $0.status == .failed }
    }

    /// The last attempt at this content that has not finished (pending a retry, or cut off while sending): a retry
    /// reuses it, with its Message-ID.
    public func unfinished(_ kind: DeliveryKind, period: String? = nil, digest: String) -> Delivery? {
        of(kind, period: period, digest: digest).last { $0.status == .pending || $0.status == .sending }
    }

    /// Feedback deliveries left pending or cut off while sending, oldest first: the next run reads their years
    /// again to retry them.
    public var unfinishedFeedback: [Delivery] {
        of(.feedback).filter { $0.status == .pending || $0.status == .sending }
    }

    /// In words, for `status`: when this content was sent, else the state of its last attempt.
    public func state(_ kind: DeliveryKind, period: String, digest: String) -> Bilingual? {
        let attempts = of(kind, period: period, digest: digest)
        if let sent = attempts.last(where: { $0.status == .sent }) {
            return Bilingual("đã gửi \(sent.updatedAt)", "sent \(sent.updatedAt)")
        }
        return attempts.last.map { last in last.status.words.map { "\($0) (\(last.reply))" } }
    }
}
