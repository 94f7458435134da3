import EmulationReview
import Foundation

/// Sends what the ledger says is due, exactly once per content: a delivery row is written before sending (with
/// its Message-ID) and updated after, so a retry after a failure reuses the same message.
struct Deliveries {
    let store: StateStore
    let mailer: ReportMailer
    let mail: MailSettings?
    let timestamp: () -> String

    /// Sends each published report whose content was never sent (`force`: whatever was sent before).
    func reports(only: String? = nil, force: Bool = false, into result: inout UnattendedResult) throws(RunFailure) {
        let reports = try store.reports()
        let ledger = DeliveryLedger(try store.deliveries(kind: .report))
        let periods = reports.keys.compactMap(Period.init).sorted().map(\.description)
        for period in periods where only == nil || only == period {
            let report = reports[period]!
            // An earlier version of the report that was never sent is replaced by this one: it is not retried, and
            // `status` no longer lists it as needing attention.
            for stale in ledger.of(.report, period: period)
            where stale.digest != report.digest && (stale.status == .pending || stale.status == .sending) {
                try store.updateDelivery(
                    id: stale.id, status: .superseded, reply: "the report changed before it could be sent",
                    at: timestamp(), attempted: false)
            }
            if !force && ledger.isSettled(.report, period: period, digest: report.digest) { continue }
            let folder = report.folder
            guard let files = Self.readReport(folder: folder) else {
                result.problems.append(
                    Bilingual(
                        "\(period): không đọc được báo cáo đã công bố trong \(folder); hãy chạy `emulation-review run --period \(period)`",
                        "\(period): the published report in \(folder) cannot be read; run `emulation-review run --period \(period)`"
                    ))
                result.status = result.status.worse(.ioError)
                continue
            }
            let manifest = files.first { $0.name == "manifest.json" }?.data ?? Data()
            let previous = try store.lastSentManifest(period: period)
            let existing = force ? nil : ledger.unfinished(.report, period: period, digest: report.digest)
            let (id, messageID) = try open(
                existing, kind: .report, period: period, subject: period,
                digest: report.digest, recipients: mail?.to ?? [], manifest: manifest)
            let language = Self.language(of: manifest)
            let outgoing = OutgoingReport(
                period: period, language: language, summary: report.summary(language), headline: report.headline,
                revisions: previous.map { Self.changes(from: $0, to: manifest) },
                folder: folder, files: files.filter { $0.name != "manifest.json" }, messageID: messageID)
            let to = mail?.to.joined(separator: ", ") ?? ""
            try record(
                mailer.send(report: outgoing), delivery: id, into: &result,
                sent: Bilingual(
                    "\(period): đã gửi báo cáo tới \(to)\(previous == nil ? "" : " (bản sửa đổi)")",
                    "\(period): report sent to \(to)\(previous == nil ? "" : " (revised)")"),
                later: {
                    Bilingual(
                        "\(period): chưa gửi được báo cáo (\($0)); báo cáo đã được công bố và lần chạy sau sẽ gửi lại",
                        "\(period): the report could not be sent yet (\($0)); it is published and the next run will try again"
                    )
                },
                refused: {
                    Bilingual(
                        "\(period): máy chủ thư từ chối nhận báo cáo (\($0)); hãy sửa cấu hình thư rồi chạy `emulation-review send --period \(period)`",
                        "\(period): the mail server refused the report (\($0)); correct the mail settings, then `emulation-review send --period \(period)`"
                    )
                })
        }
    }

    /// One feedback email per agency and year listing its newly rejected submissions (a file's content is notified
    /// once), to the recipients the registry allows (`FeedbackRecipients`); none when it lists no contacts.
    /// `files` are every file of `years`; an unfinished feedback of those years that no group repeats is superseded.
    func feedback(
        _ files: [IngestedFile], years: [Int], reference: ReferenceData, log: (Bilingual) -> Void,
        into result: inout UnattendedResult
    ) throws(RunFailure) {
        let ledger = DeliveryLedger(try store.deliveries(kind: .feedback))
        let (groups, unnamed) = FeedbackGroup.newlyRejected(files, ledger: ledger)
        var opened: Set<String> = []
        for path in unnamed {
            log(
                Bilingual(
                    "\(path): bị từ chối nhưng hỏng đến mức không xác định được là của đơn vị nào; không gửi thông báo",
                    "\(path): rejected, but it is too broken to say whose it is; no feedback sent"))
        }
        for group in groups {
            let agency = reference.agencies[group.agency]
            let to = FeedbackRecipients.choose(contacts: agency?.contacts ?? [], preparers: group.preparers)
            let what = Bilingual(
                "đơn vị \(group.agency) năm \(group.year)", "agency \(group.agency) year \(group.year)")
            let n = group.files.count
            let count = Bilingual("\(n) tệp bị từ chối", "\(n) rejected file\(n == 1 ? "" : "s")")
            guard !to.isEmpty else {
                log(
                    Bilingual(
                        "không gửi thông báo cho \(what.vi) vì danh mục đơn vị không ghi địa chỉ liên hệ nào của đơn vị "
                            + "này (\(count.vi)); hãy thêm contacts=\"…\" cho đơn vị trong reference/registry.xml",
                        "feedback for \(what.en) was not sent because the registry lists no contacts for it "
                            + "(\(count.en)); add contacts=\"…\" to the agency in reference/registry.xml"))
                continue
            }
            opened.insert(group.digest)
            let (id, messageID) = try open(
                ledger.unfinished(.feedback, digest: group.digest), kind: .feedback,
                period: String(group.year), subject: "\(group.year)-\(group.agency)", digest: group.digest,
                recipients: to, manifest: Data(group.digests.joined(separator: "\n").utf8))
            let feedback = OutgoingFeedback(
                recipients: to, agency: agency.map { "\(group.agency) (\($0.name))" } ?? group.agency,
                year: group.year, files: group.files, messageID: messageID)
            let recipients = to.joined(separator: ", ")
            try record(
                mailer.send(feedback: feedback), delivery: id, into: &result,
                sent: Bilingual(
                    "\(what.vi): đã gửi kết quả kiểm tra của \(count.vi) tới \(recipients)",
                    "\(what.en): findings of \(count.en) sent to \(recipients)"),
                later: {
                    Bilingual(
                        "\(what.vi): chưa gửi được thông báo về \(count.vi) (\($0)); lần chạy sau sẽ gửi lại",
                        "\(what.en): the feedback on \(count.en) could not be sent yet (\($0)); the next run will try again"
                    )
                },
                refused: {
                    Bilingual(
                        "\(what.vi): máy chủ thư từ chối nhận thông báo về \(count.vi) (\($0))",
                        "\(what.en): the mail server refused the feedback on \(count.en) (\($0))")
                })
        }
        // Its files changed since (corrected, or joined by another rejected file): retrying it would notify the
        // wrong set of files, and leaving it pending would have every run read its year again.
        for stale in ledger.unfinishedFeedback
        where !opened.contains(stale.digest) && Int(stale.period).map(years.contains) == true {
            try store.updateDelivery(
                id: stale.id, status: .superseded, reply: "the rejected files changed before it could be sent",
                at: timestamp(), attempted: false)
        }
    }

    /// The unfinished delivery to retry, or a new one recorded before anything is sent.
    private func open(
        _ existing: Delivery?, kind: DeliveryKind, period: String, subject: String, digest: String,
        recipients: [String], manifest: Data?
    ) throws(RunFailure) -> (id: Int64, messageID: String) {
        if let existing { return (existing.id, existing.messageID) }
        let messageID = MessageID.make(subject: subject, digest: digest, time: timestamp())
        let id = try store.startDelivery(
            kind: kind, period: period, digest: digest, recipients: recipients,
            messageID: messageID, manifest: manifest, at: timestamp())
        return (id, messageID)
    }

    /// Records what came of sending a delivery: sent, pending (exit 75, the next run retries) or failed (exit 69).
    private func record(
        _ outcome: DeliveryOutcome, delivery id: Int64, into result: inout UnattendedResult,
        sent: Bilingual, later: (String) -> Bilingual, refused: (String) -> Bilingual
    ) throws(RunFailure) {
        switch outcome {
        case .sent(let reply):
            try store.updateDelivery(id: id, status: .sent, reply: reply, at: timestamp())
            result.lines.append(sent)
            result.emailsSent += 1
        case .temporaryFailure(let reason):
            try store.updateDelivery(id: id, status: .pending, reply: reason, at: timestamp())
            result.problems.append(later(reason))
            result.status = result.status.worse(.tryAgain)
        case .permanentFailure(let reason):
            try store.updateDelivery(id: id, status: .failed, reply: reason, at: timestamp())
            result.problems.append(refused(reason))
            result.status = result.status.worse(.unavailable)
        }
    }

    /// A published report's files by name, hidden files left out; nil when the folder cannot be read.
    static func readReport(folder: String) -> [(name: String, data: Data)]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var files: [(name: String, data: Data)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            // The agencies' pages are a folder of the report, not attachments of its email.
            var isFolder: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { continue }
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            files.append((name, data))
        }
        return files
    }

    /// The report files whose content changed between two manifests, in words.
    /// The language a published report is in, from its manifest; Vietnamese when the manifest does not say.
    static func language(of manifest: Data) -> Language {
        struct Manifest: Decodable { var language: String? }
        let stated = (try? JSONDecoder().decode(Manifest.self, from: manifest))?.language
        return stated.flatMap(Language.init(rawValue:)) ?? .vi
    }

    static func changes(from old: Data, to new: Data) -> [String] {
        struct Files: Decodable {
            struct Output: Decodable {
                var file: String
                var sha256: String
            }
            var outputs: [Output]
        }
        guard let before = try? JSONDecoder().decode(Files.self, from: old),
            let after = try? JSONDecoder().decode(Files.self, from: new)
        else { return [] }
        let oldDigests = Dictionary(before.outputs.map { ($0.file, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        return after.outputs.filter { oldDigests[$0.file] != $0.sha256 }.map(\.file)
    }
}
