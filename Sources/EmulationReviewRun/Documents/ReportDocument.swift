import EmulationReview
import Foundation

/// The documents published beside the HTML and CSV files, each made from the same review: a workbook for Excel,
/// a Word document to number and sign, and (optional) a PDF of the print layout.
public enum ReportDocument: String, Sendable, CaseIterable, Comparable {
    case xlsx
    case docx
    case pdf

    /// What a run makes unless the configuration's `outputs` says otherwise.
    public static let defaults: Set<ReportDocument> = [.xlsx, .docx]

    public var fileName: String { "review.\(rawValue)" }

    public static func < (a: ReportDocument, b: ReportDocument) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Makes the documents asked for, side by side, and hands each to `write` as it is made; their outputs in a
    /// fixed order. `html` is the published `review.html`.
    public static func make(
        _ kinds: Set<ReportDocument>, review: Review, html: Data, language: Language, write: ReportFiles.Writer
    ) throws -> [Manifest.Output] {
        let ordered = kinds.sorted()
        let made = concurrentMap(ordered.count) { index -> Result<Manifest.Output, any Error> in
            Result { try ordered[index].make(review: review, html: html, language: language, write: write) }
        }
        return try made.map { try $0.get() }
    }

    private func make(review: Review, html: Data, language: Language, write: ReportFiles.Writer) throws
        -> Manifest.Output
    {
        let data: Data
        switch self {
        case .pdf: data = try PDFDocument.make(html: html, sourceDate: review.asOf)
        case .docx: data = try WordDocument.make(review, language: language)
        case .xlsx:
            do {
                // A phase's workbook is tens of MB: it goes from libxlsxwriter's file to the report a part at a
                // time, never whole in memory.
                return try Workbook.make(review, language: language) { path in
                    try write(fileName) { emit in try Self.stream(path, to: emit) }
                }
            } catch let failure as RunFailure {
                throw failure
            } catch {
                throw RunFailure(
                    .software, Bilingual("không tạo được review.xlsx: \(error)", "cannot write review.xlsx: \(error)"))
            }
        }
        return try write(fileName) { emit in try data.withUnsafeBytes(emit) }
    }

    /// Hands a file's bytes to `emit` one MiB at a time.
    private static func stream(_ path: String, to emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        while let part = try handle.read(upToCount: 1 << 20), !part.isEmpty {
            try part.withUnsafeBytes(emit)
        }
    }
}
