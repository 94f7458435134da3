import Foundation

/// Every file of a published report, in a fixed order: `review.html`, the CSV files, the agencies' pages
/// (`agencies/<code>.html`), the documents, then `manifest.json`. Pure, given pure `documents`: the same review and inputs give the same bytes.
public enum ReportFiles {
    /// - documents: the files made from the review and its HTML outside the core (the workbook, the Word
    ///   document, the PDF), listed in the manifest with the others.
    public static func make(
        _ review: Review, files: [IngestedFile], language: Language, byteOrderMark: Bool,
        documents: (_ html: Data) throws -> [(name: String, data: Data)] = { _ in [] }
    ) throws -> [(name: String, data: Data)] {
        var outputs = try render(review, language: language, byteOrderMark: byteOrderMark)
        outputs += try documents(outputs[0].data)
        let manifest = Manifest(review: review, language: language, files: files, outputs: outputs)
        outputs.append(("manifest.json", try manifest.data()))
        return outputs
    }

    /// The HTML and CSV files of a review. Each is independent: made on every core, listed in a fixed order.
    public static func render(_ review: Review, language: Language, byteOrderMark: Bool) throws
        -> [(name: String, data: Data)]
    {
        let tables = CSVReports.tables(review, language: language)
        let encoded = concurrentMap(tables.count + 1) { index -> Result<Data, any Error> in
            index == 0
                ? Result { try HTMLReport.render(review, language: language) }
                : .success(tables[index - 1].make().data(byteOrderMark: byteOrderMark))
        }
        let names = ["review.html"] + tables.map(\.name)
        return try zip(names, encoded).map { ($0, try $1.get()) } + AgencyPages.render(review, language: language)
    }
}
