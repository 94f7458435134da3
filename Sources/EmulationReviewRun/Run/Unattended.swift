import EmulationReview
import Foundation
import Glibc

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

public enum SendResult: Sendable, Equatable {
    case sent(String)
    /// Server unreachable or a 4xx reply: the delivery stays pending and the next run tries again.
    case temporary(String)
    /// A 5xx reply or refused login: a person must act.
    case permanent(String)
}

/// How an unattended run sends mail; the real one speaks SMTP, tests may count.
public protocol ReportMailer: Sendable {
    func send(report: OutgoingReport) -> SendResult
    func send(feedback: OutgoingFeedback) -> SendResult
}

/// What an unattended run did.
public struct UnattendedResult: Sendable {
    public var status: ExitStatus
    /// One line per published report and per delivery problem, for standard output.
    public var lines: [String]
    /// Lines that need a person (printed even with --quiet).
    public var problems: [String]
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

    public init(settings: Settings, schemas: SchemaSet, mailer: ReportMailer?, now: @escaping @Sendable () -> Date = Date.init,
                log: @escaping @Sendable (String) -> Void = { _ in }, progress: (@Sendable (Int, Int) -> Void)? = nil) {
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
    public func run(period: Period?, email: Bool, rebuildState: Bool, wait: Double, asOf: Day? = nil,
                    byteOrderMark: Bool = true) throws(RunFailure) -> UnattendedResult {
        let started = timestamp()
        let lock = try RunLock(directory: settings.state, wait: wait, now: timestamp)
        defer { withExtendedLifetime(lock) {} }
        let store = rebuildState ? try StateStore.rebuild(directory: settings.state) : try StateStore(directory: settings.state)
        var result = UnattendedResult(status: .ok, lines: [], problems: [])
        // A manual rerun neither needs nor records what changed: that is the cron run's business.
        let scan = period == nil ? try scanInputs(store: store) : Scan(current: [:], changedYears: [], changedFiles: 0)
        var targets: [Period]
        if let period {
            targets = [period]
        } else {
            targets = affectedPeriods(changedYears: scan.changedYears)
            log("\(scan.current.count) input files, \(scan.changedFiles) changed since the last run"
                + (scan.changedYears.isEmpty ? "" : "; years changed: \(scan.changedYears.sorted().map(String.init).joined(separator: " "))"))
        }
        var published: [(Period, RunResult)] = []
        if !targets.isEmpty {
            let ingestor = Ingestor(schemas: schemas, options: IngestOptions())
            let archive = try InputArchive(ingestor: ingestor, inputs: settings.inputs)
            targets = targets.filter { period != nil || archive.hasInput(for: $0) }
            log("bringing up to date: \(targets.map(\.description).joined(separator: " "))")
            archive.prepare(years: Array(Set(targets.flatMap { ReviewLoader.readRange(of: $0) })).sorted(), progress: progress)
            let options = RunOptions(reports: settings.reports, language: settings.language, byteOrderMark: byteOrderMark)
            for target in targets {
                let outcome = try ReviewRun(options: options).run(input: archive.input(for: target, asOf: asOf))
                try store.recordReport(ReportState(period: target.description, digest: outcome.digest, folder: outcome.folder,
                                                   summary: outcome.summary, publishedAt: timestamp(),
                                                   headline: HeadlineText.lines(outcome.review)),
                                       manifest: outcome.manifest)
                published.append((target, outcome))
                result.lines.append(outcome.summary)
            }
            if period == nil {
                try store.replaceFiles(scan.merged(with: archive.ingestedFiles))
            }
            if email, settings.mail?.feedback == true, let mailer {
                try sendFeedback(archive.ingestedFiles, store: store, mailer: mailer, into: &result)
            }
        } else if period == nil && scan.changedFiles > 0 {
            // Changes that affect no report (e.g. a year without a period): remember them all the same.
            try store.replaceFiles(scan.merged(with: []))
        }
        if email, let mailer, settings.mail != nil {
            try deliverReports(store: store, mailer: mailer, into: &result)
        }
        if published.isEmpty && result.problems.isEmpty && period == nil {
            result.lines.append("nothing changed since the last run")
        }
        try store.recordRun(RunRecord(startedAt: started, finishedAt: timestamp(), command: period.map { "run --period \($0)" } ?? "run",
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
        guard let report = try store.reports()[period.description] else {
            throw RunFailure(.noInput, "no report of \(period) has been published; run `emulation-review run --period \(period)` first")
        }
        var result = UnattendedResult(status: .ok, lines: [], problems: [])
        guard let mailer else { return result }
        let sent = try store.deliveries(kind: "report", period: period.description)
            .contains { $0.digest == report.digest && $0.status == .sent }
        if sent && !resend {
            result.lines.append("\(period): this report was already sent; use --resend to send it again")
            return result
        }
        try deliverReports(store: store, mailer: mailer, only: period.description, force: true, into: &result)
        try store.recordRun(RunRecord(startedAt: timestamp(), finishedAt: timestamp(), command: "send --period \(period)",
                                      periods: period.description, status: result.status.rawValue,
                                      message: (result.problems.isEmpty ? result.lines : result.problems).joined(separator: "; ")))
        return result
    }

    /// The line a run leaves in the store: what needs a person, else what it did, briefly.
    static func runMessage(_ result: UnattendedResult, published: Int) -> String {
        if !result.problems.isEmpty { return result.problems.joined(separator: "; ") }
        let sent = result.lines.filter { $0.contains(" sent to ") }.count
        if published == 0 && sent == 0 { return "nothing changed" }
        return "\(published) report\(published == 1 ? "" : "s") published, \(sent) email\(sent == 1 ? "" : "s") sent"
    }

    // MARK: What changed

    struct Scan {
        var current: [String: FileState]
        var changedYears: Set<Int>
        var changedFiles: Int

        /// The file table after this run: what was seen, with outcomes from the files ingested now.
        func merged(with ingested: [IngestedFile]) -> [FileState] {
            var states = current
            for file in ingested {
                guard var state = states[file.path] else { continue }
                state.sha256 = file.sha256
                state.format = file.format?.rawValue
                state.outcome = file.outcome.rawValue
                state.agency = file.identity?.agency
                state.findings = file.findings
                states[file.path] = state
            }
            return states.keys.sorted().map { states[$0]! }
        }
    }

    /// Compares every input file's size and modification time with the store; only files that look changed are
    /// read (for their SHA-256), so an unchanged archive costs one `stat` per file.
    func scanInputs(store: StateStore) throws(RunFailure) -> Scan {
        let known = try store.files()
        var current: [String: FileState] = [:]
        var changedYears: Set<Int> = []
        var changed = 0
        let referencePaths = InputFolder.xmlFiles(in: (settings.inputs as NSString).appendingPathComponent("reference"))
        let years = ReviewLoader.yearFolders(in: settings.inputs)
        let paths = referencePaths + years.flatMap { InputFolder.xmlFiles(in: (settings.inputs as NSString).appendingPathComponent(String($0))) }
        var referenceChanged = false
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            let size = Int64(info.st_size)
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            let year = InputFolder.folderYear(of: path)
            var state = FileState(path: path, size: size, modified: modified, sha256: "", year: year, format: nil,
                                  outcome: "", agency: nil, findings: [])
            if let old = known[path], old.size == size, old.modified == modified {
                state = old
            } else {
                let digest = Self.sha256(ofFileAt: path)
                if let old = known[path], old.sha256 == digest {
                    state = old
                    state.modified = modified
                } else {
                    state.sha256 = digest
                    changed += 1
                    if let year { changedYears.insert(year) } else { referenceChanged = true }
                }
            }
            current[path] = state
        }
        for (path, old) in known where current[path] == nil {
            changed += 1
            if let year = old.year { changedYears.insert(year) } else { referenceChanged = true }
        }
        if referenceChanged { changedYears.formUnion(years) }
        return Scan(current: current, changedYears: changedYears, changedFiles: changed)
    }

    static func sha256(ofFileAt path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return Digest.sha256(data)
    }

    /// Every report that reads a changed year: each year with inputs, and each configured phase.
    func affectedPeriods(changedYears: Set<Int>) -> [Period] {
        guard !changedYears.isEmpty else { return [] }
        let candidates = ReviewLoader.yearFolders(in: settings.inputs).map { Period(first: $0, last: $0) } + settings.phases
        return candidates.filter { period in changedYears.contains { ReviewLoader.readRange(of: period).contains($0) } }
    }

    // MARK: Delivery

    /// Sends each published report whose content was never sent, exactly once: a delivery row is written before
    /// sending (with its Message-ID) and updated after, so a retry after a failure reuses the same message.
    func deliverReports(store: StateStore, mailer: ReportMailer, only: String? = nil, force: Bool = false,
                        into result: inout UnattendedResult) throws(RunFailure) {
        let reports = try store.reports()
        for period in reports.keys.sorted(by: Self.periodOrder) where only == nil || only == period {
            let report = reports[period]!
            let history = try store.deliveries(kind: "report", period: period)
            if !force {
                if history.contains(where: { $0.digest == report.digest && $0.status == .sent }) { continue }
                if history.contains(where: { $0.digest == report.digest && $0.status == .failed }) { continue }
            }
            let folder = report.folder
            guard let files = Self.readReport(folder: folder) else {
                result.problems.append("\(period): the published report in \(folder) cannot be read; run `emulation-review run --period \(period)`")
                result.status = worse(result.status, .ioError)
                continue
            }
            let manifest = files.first { $0.name == "manifest.json" }?.data ?? Data()
            let previous = try store.lastSentManifest(period: period)
            let existing = force ? nil : history.last { $0.digest == report.digest && ($0.status == .pending || $0.status == .sending) }
            let messageID = existing?.messageID ?? Self.messageID(period: period, digest: report.digest, time: timestamp())
            let id: Int64
            if let existing {
                id = existing.id
            } else {
                id = try store.startDelivery(kind: "report", period: period, digest: report.digest,
                                             recipients: settings.mail?.to ?? [], messageID: messageID,
                                             manifest: manifest, at: timestamp())
            }
            let outgoing = OutgoingReport(period: period, summary: report.summary, headline: report.headline,
                                          revisions: previous.map { Self.changes(from: $0, to: manifest) },
                                          folder: folder, files: files.filter { $0.name != "manifest.json" }, messageID: messageID)
            try record(mailer.send(report: outgoing), delivery: id, store: store, into: &result,
                       sent: "\(period): report sent to \(settings.mail?.to.joined(separator: ", ") ?? "")\(previous == nil ? "" : " (revised)")",
                       later: { "\(period): the report could not be sent yet (\($0)); it is published and the next run will try again" },
                       refused: { "\(period): the mail server refused the report (\($0)); correct the mail settings, then `emulation-review send --period \(period)`" })
        }
    }

    /// One feedback email to the preparer of each newly rejected submission (a file's content is notified once).
    func sendFeedback(_ files: [IngestedFile], store: StateStore, mailer: ReportMailer,
                      into result: inout UnattendedResult) throws(RunFailure) {
        let done = Set(try store.deliveries(kind: "feedback").filter { $0.status == .sent || $0.status == .failed }.map(\.digest))
        let pending = try store.deliveries(kind: "feedback").filter { $0.status == .pending || $0.status == .sending }
        for file in files where file.outcome == .rejected && file.format == .submission && !done.contains(file.sha256) {
            guard let submission = file.submission, !submission.preparer.email.isEmpty else {
                log("\(file.path): rejected, but it names no preparer to notify")
                continue
            }
            let existing = pending.last { $0.digest == file.sha256 }
            let messageID = existing?.messageID ?? Self.messageID(period: "\(submission.year)-\(submission.agency)", digest: file.sha256, time: timestamp())
            let id: Int64
            if let existing {
                id = existing.id
            } else {
                id = try store.startDelivery(kind: "feedback", period: String(submission.year), digest: file.sha256,
                                             recipients: [submission.preparer.email], messageID: messageID,
                                             manifest: nil, at: timestamp())
            }
            let feedback = OutgoingFeedback(preparer: submission.preparer.email, agency: submission.agency, year: submission.year,
                                            revision: submission.revision, file: file.path, findings: file.findings.map(\.formatted), messageID: messageID)
            let to = submission.preparer.email
            try record(mailer.send(feedback: feedback), delivery: id, store: store, into: &result,
                       sent: "\(file.path): findings sent to \(to)",
                       later: { "\(file.path): the feedback to \(to) could not be sent yet (\($0)); the next run will try again" },
                       refused: { "\(file.path): the mail server refused the feedback to \(to) (\($0))" })
        }
    }

    /// Records what came of sending a delivery: sent, pending (exit 75, the next run retries) or failed (exit 69).
    private func record(_ outcome: SendResult, delivery id: Int64, store: StateStore, into result: inout UnattendedResult,
                        sent: String, later: (String) -> String, refused: (String) -> String) throws(RunFailure) {
        switch outcome {
        case .sent(let reply):
            try store.updateDelivery(id: id, status: .sent, reply: reply, at: timestamp())
            result.lines.append(sent)
        case .temporary(let reason):
            try store.updateDelivery(id: id, status: .pending, reply: reason, at: timestamp())
            result.problems.append(later(reason))
            result.status = worse(result.status, .tryAgain)
        case .permanent(let reason):
            try store.updateDelivery(id: id, status: .failed, reply: reason, at: timestamp())
            result.problems.append(refused(reason))
            result.status = worse(result.status, .unavailable)
        }
    }

    /// Years first, then phases, each in time order.
    public static func periodOrder(_ a: String, _ b: String) -> Bool {
        (a.count > 4 ? 1 : 0, a) < (b.count > 4 ? 1 : 0, b)
    }

    static func readReport(folder: String) -> [(name: String, data: Data)]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var files: [(name: String, data: Data)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) else { return nil }
            files.append((name, data))
        }
        return files
    }

    static func messageID(period: String, digest: String, time: String) -> String {
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count)
        let name = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "<\(period).\(digest.prefix(16)).\(Digest.sha256(Data(time.utf8)).prefix(8))@\(name.isEmpty ? "emulation-review" : name)>"
    }

    /// The report files whose content changed between two manifests, in words.
    static func changes(from old: Data, to new: Data) -> [String] {
        struct Files: Decodable {
            struct Output: Decodable { var file: String; var sha256: String }
            var outputs: [Output]
        }
        guard let before = try? JSONDecoder().decode(Files.self, from: old),
              let after = try? JSONDecoder().decode(Files.self, from: new) else { return [] }
        let oldDigests = Dictionary(before.outputs.map { ($0.file, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        return after.outputs.filter { oldDigests[$0.file] != $0.sha256 }.map(\.file)
    }
}

/// The more serious of two statuses (a delivery refused beats one to retry).
func worse(_ a: ExitStatus, _ b: ExitStatus) -> ExitStatus {
    func weight(_ s: ExitStatus) -> Int {
        switch s {
        case .ok: 0
        case .tryAgain: 1
        case .unavailable: 2
        default: 3
        }
    }
    return weight(b) > weight(a) ? b : a
}
