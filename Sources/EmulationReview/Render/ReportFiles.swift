import Foundation

/// Every file of a published report: `review.html`, the CSV files, the agencies' pages (`agencies/<code>.html`),
/// the documents, then `manifest.json`. Pure, given pure `documents`: the same review and inputs give the same
/// bytes.
public enum ReportFiles {
    /// What was written of a report: each file's name, size and digest, the agencies' pages (which their emails
    /// carry) and the manifest.
    public struct Written: Sendable {
        /// Every file but the manifest, in the order written.
        public var outputs: [Manifest.Output]
        public var pages: [(name: String, data: Data)]
        public var manifest: Data
    }

    /// Stores one file of a report, whose bytes `produce` hands to `emit` part after part, in order, and says its
    /// name, size and digest. Called from several threads at once.
    public typealias Writer =
        @Sendable (_ name: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws
        -> Manifest.Output

    /// Makes the report's files and hands each to `write` as it is made, so that none is kept longer than it
    /// takes to write it; a large table (a phase's every title, tens of megabytes) is handed over a few thousand
    /// rows at a time.
    /// - documents: the files made from the review and its HTML outside the core (the workbook, the Word
    ///   document, the PDF), listed in the manifest with the others.
    public static func make(
        _ review: Review, files: [IngestedFile], language: Language, byteOrderMark: Bool,
        write: Writer,
        documents: (_ html: Data, _ write: Writer) throws -> [Manifest.Output] = { _, _ in [] }
    ) throws -> Written {
        let (html, tables) = try htmlAndTables(review, language: language, byteOrderMark: byteOrderMark, write: write)
        let pages = try AgencyPages.render(review, language: language)
        var outputs = tables
        outputs += try concurrentMap(pages.count) { index in
            Result { try write(pages[index].name, whole(pages[index].data)) }
        }.map { try $0.get() }
        outputs += try withoutActuallyEscaping(write) { write in try documents(html, write) }
        let manifest = try Manifest(review: review, language: language, files: files, outputs: outputs).data()
        _ = try write("manifest.json", whole(manifest))
        return Written(outputs: outputs, pages: pages, manifest: manifest)
    }

    /// The HTML and CSV files of a review, kept in memory.
    public static func render(_ review: Review, language: Language, byteOrderMark: Bool) throws
        -> [(name: String, data: Data)]
    {
        let kept = Kept()
        let (_, outputs) = try htmlAndTables(review, language: language, byteOrderMark: byteOrderMark) {
            name, produce in
            var data = Data()
            try produce { data.append(contentsOf: $0) }
            kept.add(name, data)
            return Manifest.Output(file: name, size: data.count, sha256: "")
        }
        return try outputs.map { ($0.file, kept[$0.file]) } + AgencyPages.render(review, language: language)
    }

    /// `review.html` and the CSV files, each independent: made on every core and written as it is made. Returns
    /// the HTML (the documents are made from it) and the files' outputs in a fixed order.
    private static func htmlAndTables(
        _ review: Review, language: Language, byteOrderMark: Bool,
        write: Writer
    ) throws -> (html: Data, outputs: [Manifest.Output]) {
        let tables = CSVReports.tables(review, language: language)
        let made = concurrentMap(tables.count + 1) { index -> Result<(Manifest.Output, Data?), any Error> in
            Result {
                if index == 0 {
                    let html = try HTMLReport.render(review, language: language)
                    return (try write("review.html", whole(html)), html)
                }
                let table = tables[index - 1]
                let output = try write(table.name) { emit in
                    try table.make().encode(byteOrderMark: byteOrderMark) { part in try part.withUnsafeBytes(emit) }
                }
                return (output, nil)
            }
        }
        let results = try made.map { try $0.get() }
        return (results[0].1!, results.map(\.0))
    }

    /// A file's bytes handed over at once.
    private static func whole(_ data: Data) -> (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void {
        { emit in try data.withUnsafeBytes(emit) }
    }

    /// Files by name, handed over from any thread.
    private final class Kept: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: Data] = [:]

        func add(_ name: String, _ data: Data) { lock.withLock { files[name] = data } }

        subscript(name: String) -> Data { lock.withLock { files[name] ?? Data() } }
    }
}
