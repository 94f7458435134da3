import EmulationReview
import Foundation

/// Gathers everything a period's review needs from an inputs folder: the reference data, the board's files and
/// the submissions of the period, of the year before it, and of up to `historyYears` earlier years for the
/// eligibility rules (which look back at most five consecutive years plus a prerequisite award).
public struct ReviewLoader: Sendable {
    public static let historyYears = 10

    public let ingestor: Ingestor

    public init(ingestor: Ingestor) { self.ingestor = ingestor }

    /// The year folders of an inputs folder.
    public static func yearFolders(in inputs: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inputs)) ?? []
        return names.compactMap { name in
            name.count == 4 && name.allSatisfy(\.isASCII) ? Int(name) : nil
        }.sorted()
    }

    public func load(period: Period, inputs: String, asOf: Day?, date: Day? = nil) throws(RunFailure) -> ReviewInput {
        let archive = try InputArchive(ingestor: ingestor, inputs: inputs)
        return try archive.input(for: period, asOf: asOf, date: date)
    }

    /// The years a period's review reads: its own, the one before, and the history years before that.
    public static func readRange(of period: Period) -> ClosedRange<Int> {
        (period.first - 1 - historyYears)...period.last
    }
}

/// An inputs folder being read: the reference data, and each year's files ingested once however many periods
/// of one invocation need them.
public final class InputArchive {
    public let ingestor: Ingestor
    public let inputs: String
    public let reference: ReferenceLoad
    public let data: ReferenceData
    /// Where the facts of accepted submissions are kept between runs, when they are.
    public let facts: FactCache?
    /// The year folders of the inputs.
    public let years: [Int]
    private var byYear: [Int: [IngestedFile]] = [:]
    /// Years whose content `release` gave back.
    private var released: Set<Int> = []
    /// The names read so far, each kept once however many years list it.
    private var names = StringPool()

    /// Keeps the facts of accepted submissions in `factsIn` (the state folder), when given, and reads unchanged
    /// files from there (`FactCache`).
    public init(ingestor: Ingestor, inputs: String, factsIn: String? = nil) throws(RunFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inputs, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RunFailure(
                .noInput,
                Bilingual(
                    "thư mục dữ liệu đầu vào \(inputs) không tồn tại", "the inputs folder \(inputs) does not exist"))
        }
        self.inputs = inputs
        let reference = ingestor.loadReference(inputs: inputs)
        self.reference = reference
        let facts = factsIn.flatMap {
            FactCache(directory: $0, context: FactCache.context(ingestor: ingestor, reference: reference))
        }
        self.facts = facts
        self.ingestor = facts.map(ingestor.caching(in:)) ?? ingestor
        guard let data = reference.data else {
            let problem = reference.problem ?? Bilingual(same: "")
            throw RunFailure(
                .dataError,
                Bilingual(
                    "không dùng được dữ liệu danh mục trong \(inputs)/reference: \(problem.vi)",
                    "the reference data in \(inputs)/reference cannot be used: \(problem.en)"),
                findings: reference.files.flatMap(\.findings))
        }
        self.data = data
        years = ReviewLoader.yearFolders(in: inputs)
    }

    public func folder(_ year: Int) -> String { (inputs as NSString).appendingPathComponent(String(year)) }

    /// A period is a year or one of the phases the catalogue defines; anything else is a usage error.
    public func check(_ period: Period) throws(RunFailure) {
        guard !data.catalogue.allows(period) else { return }
        let phases = data.catalogue.phases.map(\.description).joined(separator: ", ")
        throw RunFailure(
            .usage,
            Bilingual(
                "\(period) không phải là giai đoạn thi đua của ngành (danh mục trong \(inputs)/reference có các giai đoạn "
                    + "\(phases)); hãy chọn một trong các giai đoạn đó, hoặc một năm",
                "\(period) is not a phase of the sector (the catalogue of \(inputs)/reference lists \(phases)); give one of "
                    + "them, or a single year"))
    }

    /// Whether any of a period's own years has an input file.
    public func hasInput(for period: Period) -> Bool {
        period.years.contains { !InputFolder.xmlFiles(in: folder($0)).isEmpty }
    }

    /// Files ingested at a time: enough to keep every core busy, few enough that the extracted content of files
    /// that cannot count is dropped before the next batch is read.
    static let batchSize = 512

    /// Ingests every year not read yet, batch after batch so that the files spread over every core while memory
    /// holds only the content that can still count: an agency's stray files (rejected, or beaten by a higher
    /// revision) keep their identity and findings, not their content. Then the cross-file checks settle them and
    /// `StrayFiles` bounds how many are listed.
    public func prepare(years wanted: [Int], progress: (@Sendable (Int, Int) -> Void)? = nil) {
        let missing = wanted.filter { (byYear[$0] == nil || released.contains($0)) && years.contains($0) }
        for year in missing where released.contains(year) {
            byYear[year] = nil
            released.remove(year)
        }
        guard !missing.isEmpty else { return }
        let paths = missing.flatMap { InputFolder.xmlFiles(in: folder($0)) }
        var files: [IngestedFile] = []
        files.reserveCapacity(paths.count)
        /// Per agency and year: the highest accepted revision so far, and the files that hold content for it.
        var leaders: [String: (revision: Int, holders: [Int])] = [:]
        for start in stride(from: 0, to: paths.count, by: Self.batchSize) {
            let batch = Array(paths[start..<min(paths.count, start + Self.batchSize)])
            let report = progress.map { report in { @Sendable (done: Int, _: Int) in report(start + done, paths.count) }
            }
            for var file in ingestor.ingest(batch, reference: data, progress: report) {
                let index = files.count
                if file.outcome != .accepted {
                    file.content = nil
                } else if let identity = file.identity {
                    let key = "\(identity.agency)/\(identity.year)"
                    let leader = leaders[key]
                    if let leader, identity.revision < leader.revision {
                        file.content = nil
                    } else if let leader, identity.revision == leader.revision {
                        leaders[key] = (leader.revision, leader.holders + [index])
                    } else {
                        for beaten in leader?.holders ?? [] { files[beaten].content = nil }
                        leaders[key] = (identity.revision, [index])
                    }
                }
                file.intern(into: &names)
                files.append(file)
            }
        }
        CrossFileChecks.settle(&files)
        // A dropped lower revision wins only when its agency's highest ones conflict: read it again then.
        let lost = files.indices.filter {
            files[$0].outcome == .accepted && files[$0].format == .submission && files[$0].content == nil
        }
        for (index, again) in zip(lost, ingestor.ingest(lost.map { files[$0].path }, reference: data))
        where again.sha256 == files[index].sha256 {
            files[index].content = again.content
        }
        StrayFiles.limit(&files)
        for year in missing { byYear[year] = [] }
        for file in files {
            guard let year = InputFolder.folderYear(of: file.path) else { continue }
            byYear[year, default: []].append(file)
        }
    }

    /// Gives back the extracted content of the years not in `keeping` (their files keep their identity, outcome
    /// and findings, for the state store and the agencies' emails); a year given back is read again if asked for.
    public func release(keeping: Set<Int>) {
        for year in byYear.keys where !keeping.contains(year) && !released.contains(year) {
            byYear[year] = byYear[year]!.map { file in
                var file = file
                file.content = nil
                return file
            }
            released.insert(year)
        }
    }

    /// The years ingested so far.
    public var readYears: [Int] { byYear.keys.sorted() }

    /// Every file ingested so far, reference files first.
    public var ingestedFiles: [IngestedFile] {
        reference.files + byYear.keys.sorted().flatMap { byYear[$0]! }
    }

    /// The inputs of one period's review. `asOf` sets the figures' date, `date` the report's own.
    public func input(for period: Period, asOf: Day?, date: Day? = nil) throws(RunFailure) -> ReviewInput {
        try check(period)
        guard hasInput(for: period) else {
            throw RunFailure(
                .noInput,
                Bilingual(
                    "không có tệp đầu vào nào cho \(period) trong \(inputs) (cần có các thư mục như \(inputs)/\(period.first)/)",
                    "there are no input files for \(period) in \(inputs) (expected folders such as \(inputs)/\(period.first)/)"
                ))
        }
        let range = ReviewLoader.readRange(of: period)
        let wanted = years.filter { range.contains($0) }
        prepare(years: wanted)
        let files = wanted.flatMap { byYear[$0] ?? [] }
        var boards: [Int: BoardYear] = [:]
        for file in files where file.outcome == .accepted {
            if case .board(let board) = file.content, boards[board.year] == nil { boards[board.year] = board }
        }
        return ReviewInput(
            period: period, asOf: asOf, reference: data, boards: boards, files: reference.files + files, date: date)
    }
}
