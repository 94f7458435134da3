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

    /// Makes the documents asked for, side by side, in a fixed order. `html` is the published `review.html`.
    public static func make(_ kinds: Set<ReportDocument>, review: Review, html: Data, language: Language)
        throws(RunFailure) -> [(name: String, data: Data)]
    {
        let ordered = kinds.sorted()
        let made = concurrentMap(ordered.count) { index -> Result<Data, RunFailure> in
            do throws(RunFailure) {
                return .success(try ordered[index].make(review: review, html: html, language: language))
            } catch {
                return .failure(error)
            }
        }
        var files: [(name: String, data: Data)] = []
        for (kind, result) in zip(ordered, made) {
            switch result {
            case .success(let data): files.append((kind.fileName, data))
            case .failure(let failure): throw failure
            }
        }
        return files
    }

    private func make(review: Review, html: Data, language: Language) throws(RunFailure) -> Data {
        switch self {
        case .pdf: return try PDFDocument.make(html: html, sourceDate: review.asOf)
        case .docx: return try WordDocument.make(review, language: language)
        case .xlsx:
            do {
                return try Workbook.make(review, language: language)
            } catch let failure as RunFailure {
                throw failure
            } catch {
                throw RunFailure(
                    .software, Bilingual("không tạo được review.xlsx: \(error)", "cannot write review.xlsx: \(error)"))
            }
        }
    }
}
