import EmulationReview
import Foundation

/// How a review run renders and where it publishes.
public struct RunOptions: Sendable {
    public var reports: String
    public var language: Language
    public var byteOrderMark: Bool
    /// The documents made beside the HTML and CSV files.
    public var documents: Set<ReportDocument>

    public init(
        reports: String = "Reports", language: Language = .vi, byteOrderMark: Bool = true,
        documents: Set<ReportDocument> = ReportDocument.defaults
    ) {
        self.reports = reports
        self.language = language
        self.byteOrderMark = byteOrderMark
        self.documents = documents
    }
}

/// What a run did, for its one-line summary.
public struct RunResult: Sendable {
    public var folder: String
    public var review: Review
    /// Every published file but the manifest: its name, size and digest.
    public var outputs: [Manifest.Output]
    /// The agencies' pages (`agencies/<code>.html`), which their emails carry.
    public var pages: [(name: String, data: Data)]
    /// The published manifest (which also lists the inputs the report was made from).
    public var manifest: Data
    /// The report's language, which its email follows.
    public var language: Language = .vi

    /// The same result without the agencies' pages and the review's long lists: what a run keeps of a report
    /// once it is published and recorded, when no agency email needs more.
    var lightened: RunResult {
        var light = self
        light.pages = []
        light.review.nominations = []
        light.review.awards = []
        light.review.indicators = []
        light.review.findings = []
        return light
    }

    /// The email's headline sentences.
    public var headline: [String] { HeadlineText.lines(review, language: language) }

    /// The digest of what a reader receives: the files attached and the email's text. "Already sent?" is decided
    /// by it, so a change of inputs that changes no report file and no sentence sends nothing, while the manifest
    /// (which lists the inputs) may change.
    public var digest: String {
        ReportContent.digest(files: outputs.map { ($0.file, $0.sha256) }, summary: summary.en, headline: headline)
    }

    /// The line a run prints for the report. Only its English counts in the digest, so that the wording of the
    /// other language can change without making every report "revised".
    public var summary: Bilingual {
        let h = review.headline
        let vi = Language.vi
        return Bilingual(
            "\(review.period): đã công bố báo cáo tại \(folder) — số lượt phải báo cáo \(vi.format(h.agenciesExpected)), "
                + "được chấp nhận \(vi.format(h.agenciesAccepted)), bị từ chối \(vi.format(h.agenciesRejected)), "
                + "không gửi \(vi.format(h.agenciesMissing)), gửi muộn \(vi.format(h.agenciesLate))",
            "\(review.period): report published in \(folder) — agencies expected \(h.agenciesExpected), accepted \(h.agenciesAccepted), rejected \(h.agenciesRejected), missing \(h.agenciesMissing), late \(h.agenciesLate)"
        )
    }
}

/// Review → render → publish for one period whose inputs are gathered.
public struct ReviewRun: Sendable {
    public let options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    /// Reviews, renders and publishes inputs already gathered. Each file is written to the report's staging
    /// folder as soon as it is made; the folder replaces the previous report once all are written. `reviewed` runs
    /// once the review is made, before the files are: the files' extracted content has served then, and a caller
    /// holding it elsewhere can give it back.
    public func run(input: consuming ReviewInput, reviewed: () -> Void = {}) throws(RunFailure) -> RunResult {
        Heap.configure()
        Heap.giveBack()  // what reading the files freed, before the review's tables
        let review = Reviewer().review(input)
        // The report lists the files by name, digest, outcome and findings; what was read from them goes.
        let files = input.files.map { file in
            var file = file
            if file.format == .submission { file.content = nil }
            return file
        }
        let reference = input.reference
        let period = input.period
        _ = consume input
        reviewed()
        let options = self.options
        let staging = try Publisher(reports: options.reports).stage(name: period.description)
        let written: ReportFiles.Written
        do {
            written = try ReportFiles.make(
                review, files: files, language: options.language, byteOrderMark: options.byteOrderMark,
                write: { name, produce in try staging.write(name, produce) },
                documents: { html, write in
                    try ReportDocument.make(
                        options.documents, review: review, html: html, language: options.language, write: write)
                })
        } catch let failure as RunFailure {
            staging.discard()
            throw failure
        } catch {
            staging.discard()
            throw RunFailure(
                .software, Bilingual("không lập được báo cáo: \(error)", "cannot render the report: \(error)"))
        }
        let folder = try staging.publish()
        try ReportIndexWriter(reports: options.reports).write(reference: reference, language: options.language)
        return RunResult(
            folder: folder, review: review, outputs: written.outputs, pages: written.pages, manifest: written.manifest,
            language: options.language)
    }
}
