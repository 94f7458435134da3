import EmulationReview
import Foundation
import Glibc

/// What an unattended run did, in both languages: the command line prints it in its reader's.
public struct UnattendedResult: Sendable {
    public var status: ExitStatus
    /// One line per published report and per email sent, for standard output.
    public var lines: [Bilingual]
    /// Lines that need a person (printed even with --quiet).
    public var problems: [Bilingual]
    /// Emails the server accepted.
    public var emailsSent = 0

    public init(status: ExitStatus = .ok, lines: [Bilingual] = [], problems: [Bilingual] = []) {
        self.status = status
        self.lines = lines
        self.problems = problems
    }
}

/// The job cron runs: find what changed in the inputs since the last successful run, bring exactly the affected
/// reports up to date, then deliver each report whose content was not sent yet, exactly once.
public struct UnattendedRun {
    public var settings: Settings
    public var schemas: SchemaSet
    public var mailer: ReportMailer?
    public var now: @Sendable () -> Date
    public var log: @Sendable (String) -> Void
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(
        settings: Settings, schemas: SchemaSet, mailer: ReportMailer?, now: @escaping @Sendable () -> Date = Date.init,
        log: @escaping @Sendable (String) -> Void = { _ in }, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.settings = settings
        self.schemas = schemas
        self.mailer = mailer
        self.now = now
        self.log = log
        self.progress = progress
    }

    func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: now())
    }

    /// `period` nil: the cron run (only what changed). A period: rebuild it whatever the state says.
    public func run(
        period: Period?, email: Bool, rebuildState: Bool, wait: Double, asOf: Day? = nil,
        byteOrderMark: Bool = true, date: Day? = nil
    ) throws(RunFailure) -> UnattendedResult {
        let started = timestamp()
        let lock = try RunLock(directory: settings.state, wait: wait, now: timestamp)
        defer { withExtendedLifetime(lock) {} }
        let store =
            rebuildState ? try StateStore.rebuild(directory: settings.state) : try StateStore(directory: settings.state)
        if rebuildState { FactCache.remove(in: settings.state) }
        var result = UnattendedResult()
        try recoverDeliveries(into: store, result: &result)
        // A manual rerun neither needs nor records what changed: that is the cron run's business.
        let scan = period == nil ? try scanInputs(store: store) : .none
        var targets: [Period]
        if let period {
            targets = [period]
        } else {
            targets = AffectedPeriods.periods(
                changedYears: scan.changedYears,
                years: ReviewLoader.yearFolders(in: settings.inputs), phases: settings.phases)
            let years = scan.changedYears.sorted().map(String.init).joined(separator: " ")
            say(
                Bilingual(
                    "\(scan.current.count) tệp đầu vào, \(scan.changedFiles) tệp thay đổi kể từ lần chạy trước"
                        + (years.isEmpty ? "" : "; các năm có thay đổi: \(years)"),
                    "\(scan.current.count) input files, \(scan.changedFiles) changed since the last run"
                        + (years.isEmpty ? "" : "; years changed: \(years)")))
        }
        var published: [(Period, RunResult)] = []
        var read: InputArchive?
        if !targets.isEmpty {
            let archive = try InputArchive(ingestor: ingestor, inputs: settings.inputs, factsIn: settings.state)
            for target in targets { try archive.check(target) }
            read = archive
            targets = targets.filter { period != nil || archive.hasInput(for: $0) }
            if period == nil {
                // The early cut-off: a report whose changed years it reads only as history is rebuilt only if
                // what it used from them changed. Only those years are read now; every other year is read when
                // the first report that needs it is built (from an empty state, none is read here).
                let published = try store.reports()
                let asHistory = targets.filter { published[$0.description] != nil }.flatMap { target in
                    ReviewLoader.readRange(of: target).filter { $0 < target.first - 1 }
                }
                archive.prepare(years: scan.changedYears.intersection(asHistory).sorted(), progress: progress)
                var kept: [Period] = []
                for target in targets {
                    if published[target.description] == nil {
                        kept.append(target)
                    } else if let usage = try store.usage(period: target.description) {
                        if RebuildDecision.needed(
                            target, changedYears: scan.changedYears, usage: usage, archive: archive)
                        {
                            kept.append(target)
                        }
                    } else {
                        kept.append(target)
                    }
                }
                targets = kept
            }
            // Only the years the reports to build read (after the cut-off, far fewer than every candidate's).
            let list = targets.map(\.description).joined(separator: " ")
            say(Bilingual("cập nhật các báo cáo: \(list)", "bringing up to date: \(list)"))
            let options = RunOptions(
                reports: settings.reports, language: settings.language, byteOrderMark: byteOrderMark,
                documents: settings.documents)
            // Built in the order of their last year, each reading its years as it comes; the years no report still
            // to build reads give their extracted content back, so the job holds a window of years, not the archive.
            // What the agencies' emails need of a year's report is kept; the rest of each outcome is dropped.
            let keepOutcomes = settings.mail.map { $0.receipts || $0.scorecards } ?? false
            let building = targets.sorted { ($0.last, $0.first) < ($1.last, $1.first) }
            var built: [String: RunResult] = [:]
            for (index, target) in building.enumerated() {
                let later = Set(building[(index + 1)...].flatMap { ReviewLoader.readRange(of: $0) })
                let outcome = try ReviewRun(options: options).run(
                    input: archive.input(for: target, asOf: asOf, date: date ?? settings.date),
                    reviewed: {
                        // Writing the report needs the review, not the years only this report read.
                        archive.release(keeping: later)
                        Heap.giveBack()
                    })
                try store.recordReport(
                    ReportState(
                        period: target.description, digest: outcome.digest, folder: outcome.folder,
                        summary: outcome.summary, publishedAt: timestamp(),
                        headline: outcome.headline),
                    manifest: outcome.manifest)
                try store.recordUsage(period: target.description, outcome.review.usage)
                built[target.description] = keepOutcomes && !target.isPhase ? outcome : outcome.lightened
                Heap.giveBack()
            }
            if let facts = archive.facts {
                let (answered, kept) = facts.usage
                say(
                    Bilingual(
                        "\(answered) tệp không đổi được lấy từ bộ đệm dữ kiện \(facts.path) thay vì đọc lại; "
                            + "\(kept) tệp mới đọc được lưu vào đó",
                        "\(answered) unchanged file\(answered == 1 ? "" : "s") taken from the fact cache \(facts.path) "
                            + "instead of being read again; \(kept) newly read file\(kept == 1 ? "" : "s") kept in it"))
            }
            for target in targets {
                let outcome = built[target.description]!
                published.append((target, outcome))
                result.lines.append(outcome.summary)
            }
            if period == nil {
                try store.replaceFiles(scan.merged(with: archive.ingestedFiles))
                archive.facts?.forget(keeping: Set(scan.current.keys))
            }
        } else if period == nil && scan.changedFiles > 0 {
            // Changes that affect no report (e.g. a year without a period): remember them all the same.
            try store.replaceFiles(scan.merged(with: []))
        }
        if email, settings.mail?.feedback == true, let mailer {
            try feedback(store, mailer, read: read, into: &result)
        }
        if email, let mailer, settings.mail != nil {
            try deliveries(store, mailer).reports(into: &result)
        }
        if email, let mailer, let mail = settings.mail {
            let notices = AgencyNotices(
                store: store, mailer: mailer, mail: mail, timestamp: timestamp, now: now(), log: say)
            try notices.retry(into: &result)
            if mail.receipts, let read {
                try notices.receipts(
                    published: published, files: read.ingestedFiles, reference: read.data, into: &result)
            }
            if mail.scorecards, let read {
                try notices.scorecards(published: published, reference: read.data, into: &result)
            }
            if let plan = settings.reminders {
                try notices.reminders(plan, ingestor: ingestor, inputs: settings.inputs, into: &result)
            }
        }
        if published.isEmpty && result.problems.isEmpty && result.emailsSent == 0 && period == nil {
            result.lines.append(
                Bilingual("không có gì thay đổi kể từ lần chạy trước", "nothing changed since the last run"))
        }
        try store.recordRun(
            RunRecord(
                startedAt: started, finishedAt: timestamp(), command: period.map { "run --period \($0)" } ?? "run",
                periods: published.map { $0.0.description }.joined(separator: " "),
                status: result.status.rawValue,
                message: Self.runMessage(result, published: published.count)))
        return result
    }

    /// `send --period P [--resend]`: delivers a published report by hand.
    public func send(period: Period, resend: Bool, wait: Double) throws(RunFailure) -> UnattendedResult {
        let lock = try RunLock(directory: settings.state, wait: wait, now: timestamp)
        defer { withExtendedLifetime(lock) {} }
        let store = try StateStore(directory: settings.state)
        var result = UnattendedResult()
        try recoverDeliveries(into: store, result: &result)
        guard let report = try store.reports()[period.description] else {
            throw RunFailure(
                .noInput,
                Bilingual(
                    "chưa công bố báo cáo nào cho \(period); hãy chạy `emulation-review run --period \(period)` trước",
                    "no report of \(period) has been published; run `emulation-review run --period \(period)` first"))
        }
        guard let mailer else { return result }
        let ledger = DeliveryLedger(try store.deliveries(kind: .report))
        if ledger.wasSent(.report, period: period.description, digest: report.digest) && !resend {
            result.lines.append(
                Bilingual(
                    "\(period): báo cáo này đã được gửi; dùng --resend để gửi lại",
                    "\(period): this report was already sent; use --resend to send it again"))
            return result
        }
        try deliveries(store, mailer).reports(only: period.description, force: true, into: &result)
        try store.recordRun(
            RunRecord(
                startedAt: timestamp(), finishedAt: timestamp(), command: "send --period \(period)",
                periods: period.description, status: result.status.rawValue,
                message: (result.problems.isEmpty ? result.lines : result.problems).joined(separator: "; ")))
        return result
    }

    /// The line a run leaves in the store: what needs a person, else what it did, briefly.
    static func runMessage(_ result: UnattendedResult, published: Int) -> Bilingual {
        if !result.problems.isEmpty { return result.problems.joined(separator: "; ") }
        let sent = result.emailsSent
        if published == 0 && sent == 0 { return Bilingual("không có gì thay đổi", "nothing changed") }
        return Bilingual(
            "đã công bố \(published) báo cáo, đã gửi \(sent) thư",
            "\(published) report\(published == 1 ? "" : "s") published, \(sent) email\(sent == 1 ? "" : "s") sent")
    }

    /// A log line in the run's language.
    private func say(_ text: Bilingual) { log(text(settings.language)) }

    private var ingestor: Ingestor { Ingestor(schemas: schemas, options: IngestOptions(confinedTo: settings.inputs)) }

    /// Feedback on the rejected files of the years read, and on those of the years where a feedback is still
    /// unfinished: a temporary failure is retried by the next run, even one in which nothing changed.
    private func feedback(
        _ store: StateStore, _ mailer: ReportMailer, read: InputArchive?, into result: inout UnattendedResult
    ) throws(RunFailure) {
        var retry = Set(
            DeliveryLedger(try store.deliveries(kind: .feedback)).unfinishedFeedback.compactMap { Int($0.period) })
        if !retry.isEmpty { retry.formIntersection(ReviewLoader.yearFolders(in: settings.inputs)) }
        guard read != nil || !retry.isEmpty else { return }
        let archive: InputArchive
        if let read {
            archive = read
        } else {
            archive = try InputArchive(ingestor: ingestor, inputs: settings.inputs, factsIn: settings.state)
        }
        archive.prepare(years: retry.sorted())
        try deliveries(store, mailer).feedback(
            archive.ingestedFiles, years: archive.readYears, reference: archive.data, log: say, into: &result)
    }

    private func deliveries(_ store: StateStore, _ mailer: ReportMailer) -> Deliveries {
        Deliveries(store: store, mailer: mailer, mail: settings.mail, timestamp: timestamp)
    }

    /// Compares the inputs folder with the store's record of it.
    func scanInputs(store: StateStore) throws(RunFailure) -> ChangeScan {
        ChangeScan.compare(
            ChangeScan.list(inputs: settings.inputs), known: try store.files(),
            years: ReviewLoader.yearFolders(in: settings.inputs), digest: ChangeScan.sha256(ofFileAt:))
    }

    /// Attaches the delivery journal kept beside the reports, recovering what a lost or rebuilt store forgot, and
    /// says so when the store was found missing or empty after earlier runs.
    private func recoverDeliveries(into store: StateStore, result: inout UnattendedResult) throws(RunFailure) {
        let journal = DeliveryJournal(reports: settings.reports)
        let published = (try? FileManager.default.contentsOfDirectory(atPath: settings.reports)) ?? []
        let hadRuns = journal.exists || published.contains { Period($0) != nil }
        let recovered = try store.attach(journal: journal)
        if store.foundEmpty && hadRuns {
            result.problems.append(
                Bilingual(
                    "kho trạng thái \(store.path) bị mất hoặc trống nên đã được tạo mới; đã khôi phục \(recovered) thư "
                        + "đã gửi từ \(journal.path), nên không thư nào đã gửi bị gửi lại",
                    "the state store \(store.path) was missing or empty and has been created anew; \(recovered) "
                        + "deliver\(recovered == 1 ? "y was" : "ies were") recovered from \(journal.path), so nothing "
                        + "already sent is sent again"))
        }
    }
}

extension Array where Element == Bilingual {
    /// The wordings joined in each language.
    func joined(separator: String) -> Bilingual {
        Bilingual(map(\.vi).joined(separator: separator), map(\.en).joined(separator: separator))
    }
}
