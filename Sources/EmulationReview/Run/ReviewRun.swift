import Foundation

/// How a review run renders and where it publishes.
public struct RunOptions: Sendable {
    public var reports: String
    public var language: Language
    public var byteOrderMark: Bool

    public init(reports: String = "Reports", language: Language = .vi, byteOrderMark: Bool = true) {
        self.reports = reports
        self.language = language
        self.byteOrderMark = byteOrderMark
    }
}

/// What a run did, for its one-line summary.
public struct RunResult: Sendable {
    public var folder: String
    public var review: Review
    public var outputs: [(name: String, data: Data)]

    /// The published manifest, and its SHA-256: the digest of the report's whole content.
    public var manifest: Data { outputs.first { $0.name == "manifest.json" }?.data ?? Data() }
    public var digest: String { Manifest.sha256(manifest) }

    public var summary: String {
        let h = review.headline
        return "\(review.period): report published in \(folder) — agencies expected \(h.agenciesExpected), accepted \(h.agenciesAccepted), rejected \(h.agenciesRejected), missing \(h.agenciesMissing), late \(h.agenciesLate)"
    }
}

/// Review → render → publish for one period whose inputs are gathered.
public struct ReviewRun: Sendable {
    public let options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    /// Reviews, renders and publishes inputs already gathered.
    public func run(input: ReviewInput) throws(RunFailure) -> RunResult {
        let period = input.period
        let review = Reviewer().review(input)
        var outputs: [(name: String, data: Data)]
        do {
            outputs = try Self.render(review, language: options.language, byteOrderMark: options.byteOrderMark)
        } catch {
            throw RunFailure(.software, "cannot render the report: \(error)")
        }
        do {
            let manifest = Manifest(review: review, language: options.language, files: input.files, outputs: outputs)
            outputs.append(("manifest.json", try manifest.data()))
        } catch {
            throw RunFailure(.software, "cannot encode the manifest: \(error)")
        }
        let folder = try Publisher(reports: options.reports).publish(name: period.description, files: outputs)
        return RunResult(folder: folder, review: review, outputs: outputs)
    }

    /// Every report file of a review, in a fixed order. Pure: the same review gives the same bytes.
    public static func render(_ review: Review, language: Language, byteOrderMark: Bool) throws -> [(name: String, data: Data)] {
        // The HTML and each CSV file are independent: made on every core, listed in a fixed order.
        let tables = CSVReports.tables(review, language: language)
        let encoded = Slots<Result<Data, any Error>>(count: tables.count + 1)
        DispatchQueue.concurrentPerform(iterations: tables.count + 1) { index in
            if index == 0 {
                encoded[0] = Result { try HTMLReport.render(review, language: language) }
            } else {
                encoded[index] = .success(tables[index - 1].make().data(byteOrderMark: byteOrderMark))
            }
        }
        let names = ["review.html"] + tables.map(\.name)
        return try zip(names, encoded.values).map { ($0, try $1.get()) }
    }
}
