import EmulationReview
import Foundation

/// The emails the cron run writes to agencies and about them, each through the delivery ledger (exactly once
/// per content, a retry reusing the stored message): receipts for accepted submissions, reminders and past-due
/// notices with the board's list, and each agency's page of a published year.
struct AgencyNotices {
    let store: StateStore
    let mailer: ReportMailer
    let mail: MailSettings
    let timestamp: () -> String
    let now: Date
    let log: (Bilingual) -> Void

    static let kinds: [DeliveryKind] = [.receipt, .reminder, .digest, .scorecard]

    /// Files submitted longer ago than this get no receipt, and reports dated longer ago no scorecards: they came
    /// before the job could answer them (the first run over an archive must not write to every agency about
    /// every year).
    static let receiptDays = 60

    /// Sends again what a run left pending or cut off, with its stored words and Message-ID.
    func retry(into result: inout UnattendedResult) throws(RunFailure) {
        for kind in Self.kinds {
            for delivery in try store.deliveries(kind: kind)
            where delivery.status == .pending || delivery.status == .sending {
                guard let data = try store.noticeContent(id: delivery.id),
                    var notice = try? JSONDecoder().decode(AgencyNotice.self, from: data)
                else { continue }
                notice.messageID = delivery.messageID
                try record(mailer.send(notice: notice), id: delivery.id, notice: notice, into: &result)
            }
        }
    }

    // MARK: Receipts

    /// One receipt per accepted submission of the years whose report this run published.
    func receipts(
        published: [(Period, RunResult)], files: [IngestedFile], reference: ReferenceData,
        into result: inout UnattendedResult
    ) throws(RunFailure) {
        let ledger = DeliveryLedger(try store.deliveries(kind: .receipt))
        let since = Int64(now.timeIntervalSince1970) - Int64(Self.receiptDays) * 86_400
        for (period, outcome) in published where !period.isPhase {
            let year = period.last
            let review = outcome.review
            let ofYear = files.filter { $0.format == .submission && $0.identity?.year == year }
            for file in ofYear.sorted(by: { $0.path < $1.path }) where file.outcome == .accepted {
                guard let identity = file.identity, let submitted = identity.submitted, submitted.epochSeconds >= since
                else { continue }
                let key = "receipt|\(file.sha256)"
                guard !ledger.isSettled(.receipt, digest: Digest.sha256(key)) else { continue }
                let agency = reference.agencies[identity.agency]
                let to = FeedbackRecipients.choose(
                    contacts: agency?.contacts ?? [], preparers: identity.preparer.map { [$0.email] } ?? [])
                guard !to.isEmpty else { continue }
                let superseded = ofYear.filter {
                    $0.outcome == .superseded && $0.identity?.agency == identity.agency
                }.map { "tệp \($0.path.escapingControls) (lần gửi \($0.identity?.revision ?? 0))" }
                let warnings = review.findings.filter { $0.file == file.path }.map { $0.formatted(.vi) }
                let problems = review.nominations.filter {
                    $0.candidate.file == file.path && ($0.verdict == .notEligible || $0.verdict == .cannotVerify)
                }.map { n in
                    let award = reference.awards[n.candidate.award]?.name ?? n.candidate.award
                    let reasons = n.objections.compactMap { $0.line?(.vi) }.joined(separator: " ")
                    return "\(n.candidate.name) (\(n.candidate.recipient)), \(award): \(reasons)"
                }
                let words = AgencyMail.receipt(
                    agency: "\(identity.agency) (\(agency?.name ?? identity.agency))", year: year,
                    file: file.path.escapingControls, revision: identity.revision,
                    submitted: submitted.text, superseded: superseded, warnings: warnings, problems: problems)
                try deliver(
                    .receipt, period: String(year), key: key,
                    AgencyNotice(recipients: to, subject: words.subject, body: words.body),
                    sent: Bilingual(
                        "\(year): đã gửi xác nhận đã nhận tệp \(file.path) tới \(to.joined(separator: ", "))",
                        "\(year): receipt for \(file.path) sent to \(to.joined(separator: ", "))"), into: &result)
            }
        }
    }

    // MARK: Scorecards

    /// Each agency's page of a year's report this run published, to the agency, once per content.
    func scorecards(published: [(Period, RunResult)], reference: ReferenceData, into result: inout UnattendedResult)
        throws(RunFailure)
    {
        let ledger = DeliveryLedger(try store.deliveries(kind: .scorecard))
        let since = Int64(now.timeIntervalSince1970) - Int64(Self.receiptDays) * 86_400
        // A report dated long before the run is an archive's history: its pages are not news to anyone.
        for (period, outcome) in published where !period.isPhase && outcome.review.date.epochSeconds >= since {
            let year = period.last
            for page in outcome.pages {
                let code = String(page.name.dropFirst(AgencyPages.folder.count + 1).dropLast(".html".count))
                let key = "scorecard|\(year)|\(code)|\(Digest.sha256(page.data))"
                guard !ledger.isSettled(.scorecard, digest: Digest.sha256(key)) else { continue }
                let agency = reference.agencies[code]
                let to = FeedbackRecipients.choose(contacts: agency?.contacts ?? [], preparers: [])
                guard !to.isEmpty else { continue }
                let revised = ledger.of(.scorecard, period: String(year)).contains {
                    $0.status == .sent && $0.recipients == to
                }
                let words = AgencyMail.scorecard(
                    agency: "\(code) (\(agency?.name ?? code))", year: year, revised: revised)
                try deliver(
                    .scorecard, period: String(year), key: key,
                    AgencyNotice(
                        recipients: to, subject: words.subject, body: words.body,
                        attachment: (outcome.folder as NSString).appendingPathComponent(page.name),
                        attachmentName: "ket-qua-thi-dua-\(year)-\(code).html"),
                    sent: Bilingual(
                        "\(year): đã gửi trang kết quả của đơn vị \(code) tới \(to.joined(separator: ", "))",
                        "\(year): agency \(code)'s page sent to \(to.joined(separator: ", "))"), into: &result)
            }
        }
    }

    // MARK: Reminders

    /// The reminder stage due today for each open year: a reminder (or past-due notice) to each agency with no
    /// accepted submission, once per agency, year and stage, and the board's list once per year and stage.
    func reminders(
        _ plan: ReminderSettings, ingestor: Ingestor, inputs: String, into result: inout UnattendedResult
    ) throws(RunFailure) {
        let today = Day.hanoi(now)
        let years = ReviewLoader.yearFolders(in: inputs).filter { abs($0 - today.year) <= 1 }
        guard !years.isEmpty else { return }
        let archive = try InputArchive(ingestor: ingestor, inputs: inputs)
        let reference = archive.data
        var due: [Int: (deadline: Day, stage: ReminderStage)] = [:]
        for year in years {
            let board = ingestor.ingest(
                path: (archive.folder(year) as NSString).appendingPathComponent("board.xml"), reference: reference)
            guard board.outcome == .accepted, case .board(let boardYear) = board.content,
                let stage = ReminderStage.due(deadline: boardYear.deadline, today: today, settings: plan)
            else { continue }
            due[year] = (boardYear.deadline, stage)
        }
        guard !due.isEmpty else { return }
        archive.prepare(years: due.keys.sorted())
        let files = archive.ingestedFiles
        let reminded = DeliveryLedger(try store.deliveries(kind: .reminder))
        let listed = DeliveryLedger(try store.deliveries(kind: .digest))
        for year in due.keys.sorted() {
            let (deadline, stage) = due[year]!
            let ofYear = files.filter { $0.format == .submission && $0.identity?.year == year }
            let accepted = Set(ofYear.filter { $0.outcome == .accepted }.compactMap { $0.identity?.agency })
            var missing: [(agency: String, rejected: Bool)] = []
            var reached = 0
            for agency in reference.registry.agencies.filter({ $0.reports(forYear: year) }).sorted(by: {
                $0.code < $1.code
            }) where !accepted.contains(agency.code) {
                let rejected = ofYear.filter { $0.identity?.agency == agency.code && $0.outcome == .rejected }
                    .map { ($0.path as NSString).lastPathComponent }.sorted()
                missing.append(("\(agency.code) (\(agency.name))", !rejected.isEmpty))
                let to = FeedbackRecipients.choose(contacts: agency.contacts, preparers: [])
                guard !to.isEmpty else {
                    log(
                        Bilingual(
                            "\(year): không nhắc được đơn vị \(agency.code) vì danh mục đơn vị không ghi địa chỉ liên hệ",
                            "\(year): agency \(agency.code) cannot be reminded: the registry lists no contacts for it"))
                    continue
                }
                reached += 1
                let key = "reminder|\(year)|\(agency.code)|\(stage.name)"
                guard !reminded.isSettled(.reminder, digest: Digest.sha256(key)) else { continue }
                let words = AgencyMail.reminder(
                    agency: "\(agency.code) (\(agency.name))", year: year, deadline: deadline, stage: stage,
                    rejected: rejected)
                try deliver(
                    .reminder, period: String(year), key: key,
                    AgencyNotice(recipients: to, subject: words.subject, body: words.body),
                    sent: Bilingual(
                        "\(year): đã gửi thư \(stage.words.vi) tới đơn vị \(agency.code)",
                        "\(year): \(stage.words.en) sent to agency \(agency.code)"), into: &result)
            }
            let key = "digest|\(year)|\(stage.name)"
            guard !missing.isEmpty, !listed.isSettled(.digest, digest: Digest.sha256(key)) else { continue }
            let words = AgencyMail.digest(
                year: year, deadline: deadline, stage: stage, missing: missing, reached: reached)
            try deliver(
                .digest, period: String(year), key: key,
                AgencyNotice(recipients: mail.to, subject: words.subject, body: words.body),
                sent: Bilingual(
                    "\(year): đã gửi danh sách \(missing.count) đơn vị chưa gửi báo cáo (\(stage.words.vi)) tới \(mail.to.joined(separator: ", "))",
                    "\(year): the list of \(missing.count) agencies still missing (\(stage.words.en)) sent to \(mail.to.joined(separator: ", "))"
                ), into: &result)
        }
    }

    // MARK: Sending

    /// Records the notice before sending it (its words kept for a retry), then what came of it.
    private func deliver(
        _ kind: DeliveryKind, period: String, key: String, _ notice: AgencyNotice, sent: Bilingual,
        into result: inout UnattendedResult
    ) throws(RunFailure) {
        let digest = Digest.sha256(key)
        var notice = notice
        notice.messageID = MessageID.make(subject: "\(kind.rawValue)-\(period)", digest: digest, time: timestamp())
        let content = (try? JSONEncoder().encode(notice)) ?? Data()
        let id = try store.startDelivery(
            kind: kind, period: period, digest: digest, recipients: notice.recipients, messageID: notice.messageID,
            manifest: content, at: timestamp())
        try record(mailer.send(notice: notice), id: id, notice: notice, sent: sent, into: &result)
    }

    private func record(
        _ outcome: DeliveryOutcome, id: Int64, notice: AgencyNotice, sent: Bilingual? = nil,
        into result: inout UnattendedResult
    ) throws(RunFailure) {
        switch outcome {
        case .sent(let reply):
            try store.updateDelivery(id: id, status: .sent, reply: reply, at: timestamp())
            result.lines.append(sent ?? Bilingual("đã gửi lại: \(notice.subject)", "sent again: \(notice.subject)"))
            result.emailsSent += 1
        case .temporaryFailure(let reason):
            try store.updateDelivery(id: id, status: .pending, reply: reason, at: timestamp())
            result.problems.append(
                Bilingual(
                    "chưa gửi được thư “\(notice.subject)” (\(reason)); lần chạy sau sẽ gửi lại",
                    "the email “\(notice.subject)” could not be sent yet (\(reason)); the next run will try again"))
            result.status = result.status.worse(.tryAgain)
        case .permanentFailure(let reason):
            try store.updateDelivery(id: id, status: .failed, reply: reason, at: timestamp())
            result.problems.append(
                Bilingual(
                    "máy chủ thư từ chối thư “\(notice.subject)” (\(reason))",
                    "the mail server refused the email “\(notice.subject)” (\(reason))"))
            result.status = result.status.worse(.unavailable)
        }
    }
}
