import EmulationReview
import Foundation

/// The deliveries table: every email the program sent or must send, and its recovery from the journal kept
/// beside the reports (`DeliveryJournal`).
extension StateStore {

    public func deliveries(kind: DeliveryKind? = nil, period: String? = nil) throws(RunFailure) -> [Delivery] {
        try wrap { () throws(SQLiteError) in
            var sql =
                "SELECT id, kind, period, digest, recipients, message_id, status, reply, attempts, updated_at, CASE WHEN kind = 'feedback' THEN manifest END FROM deliveries"
            var conditions: [String] = []
            var parameters: [SQLiteDatabase.Value] = []
            if let kind {
                conditions.append("kind = ?")
                parameters.append(.text(kind.rawValue))
            }
            if let period {
                conditions.append("period = ?")
                parameters.append(.text(period))
            }
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY id"
            return try database.query(sql, parameters).map { row in
                Delivery(
                    id: row[0].integer ?? 0, kind: DeliveryKind(rawValue: row[1].text ?? "") ?? .report,
                    period: row[2].text ?? "", digest: row[3].text ?? "",
                    recipients: (row[4].text ?? "").split(separator: ",").map(String.init),
                    messageID: row[5].text ?? "", status: DeliveryStatus(rawValue: row[6].text ?? "") ?? .pending,
                    reply: row[7].text ?? "", attempts: Int(row[8].integer ?? 0), updatedAt: row[9].text ?? "",
                    covers: String(decoding: row[10].blob ?? Data(), as: UTF8.self).split(separator: "\n").map(
                        String.init))
            }
        }
    }

    /// What a notice delivery stored to be sent again (its `AgencyNotice`), by the delivery's id.
    public func noticeContent(id: Int64) throws(RunFailure) -> Data? {
        try wrap { () throws(SQLiteError) in
            try database.query("SELECT manifest FROM deliveries WHERE id = ?", [.integer(id)]).first?[0].blob
        }
    }

    /// The manifest of the last report of a period that was sent, for the "what changed" of a revised report.
    public func lastSentManifest(period: String) throws(RunFailure) -> Data? {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "SELECT manifest FROM deliveries WHERE kind = 'report' AND period = ? AND status = 'sent' ORDER BY id DESC LIMIT 1",
                [.text(period)]
            ).first?.first?.blob
        }
    }

    @discardableResult
    public func startDelivery(
        kind: DeliveryKind, period: String, digest: String, recipients: [String], messageID: String,
        manifest: Data?, at time: String
    ) throws(RunFailure) -> Int64 {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "INSERT INTO deliveries(kind, period, digest, recipients, message_id, status, attempts, updated_at, manifest) VALUES (?,?,?,?,?,?,0,?,?)",
                [
                    .text(kind.rawValue), .text(period), .text(digest), .text(recipients.joined(separator: ",")),
                    .text(messageID), .text(DeliveryStatus.sending.rawValue), .text(time),
                    manifest.map { .blob($0) } ?? .null,
                ])
            return try database.query("SELECT last_insert_rowid()").first?.first?.integer ?? 0
        }
    }

    /// Records an attempt's outcome (`attempted` false: a change of status without sending, such as `superseded`).
    /// A delivery the server accepted is also appended to the journal beside the reports.
    public func updateDelivery(
        id: Int64, status: DeliveryStatus, reply: String, at time: String, attempted: Bool = true
    ) throws(RunFailure) {
        try wrap { () throws(SQLiteError) in
            try database.query(
                "UPDATE deliveries SET status = ?, reply = ?, attempts = attempts + ?, updated_at = ? WHERE id = ?",
                [.text(status.rawValue), .text(reply), .integer(attempted ? 1 : 0), .text(time), .integer(id)])
        }
        guard status == .sent, let journal, let delivery = try deliveries().first(where: { $0.id == id }) else {
            return
        }
        try journal.append(
            DeliveryJournal.Entry(
                kind: delivery.kind, period: delivery.period, digest: delivery.digest, recipients: delivery.recipients,
                messageID: delivery.messageID, sentAt: time, reply: reply,
                covers: delivery.covers.isEmpty ? nil : delivery.covers))
    }

    /// Inserts as sent the journal's deliveries that the store does not have (same kind, digest and Message-ID).
    func recover(from entries: [DeliveryJournal.Entry]) throws(RunFailure) -> Int {
        let known = Set(
            try deliveries().filter { $0.status == .sent }.map { "\($0.kind.rawValue) \($0.digest) \($0.messageID)" })
        var recovered = 0
        try wrap { () throws(SQLiteError) in
            try database.transaction { () throws(SQLiteError) in
                for entry in entries where !known.contains("\(entry.kind.rawValue) \(entry.digest) \(entry.messageID)")
                {
                    try database.query(
                        "INSERT INTO deliveries(kind, period, digest, recipients, message_id, status, reply, attempts, updated_at, manifest) VALUES (?,?,?,?,?,?,?,1,?,?)",
                        [
                            .text(entry.kind.rawValue), .text(entry.period), .text(entry.digest),
                            .text(entry.recipients.joined(separator: ",")), .text(entry.messageID),
                            .text(DeliveryStatus.sent.rawValue), .text(entry.reply), .text(entry.sentAt),
                            entry.covers.map { .blob(Data($0.joined(separator: "\n").utf8)) } ?? .null,
                        ])
                    recovered += 1
                }
            }
        }
        return recovered
    }

}
