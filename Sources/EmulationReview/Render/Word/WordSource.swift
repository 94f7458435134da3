import Foundation
import Mustache

/// The source of `review.docx`: an HTML document that pandoc turns into Word, with the report's charts as
/// SVG files for the run layer to draw as PNG beside it.
///
/// HTML rather than Markdown: the statistics forms' headers span rows and columns, which pandoc 2.17 reads from
/// HTML tables but from no Markdown table, and the HTML report's view model is already formatted for HTML.
///
/// The layout follows Decree 30/2020/NĐ-CP through the paragraph styles of the reference document
/// (`Scripts/make-reference-docx`): pandoc names them from `data-custom-style`. Pandoc 2.17 gives every table
/// the one table style "Table", bordered; the letterhead and the signature block are tables whose only row is a
/// header row, which that style's header-row format leaves without borders. So the data tables have no header
/// row: their column names are an ordinary first row in bold.
public enum WordSource {
    public struct Document: Sendable {
        /// The HTML for `pandoc --from html`; its images name the charts' PNG files, relative to its folder.
        public let html: String
        /// The charts to write beside it.
        public let charts: [WordChart]
    }

    /// Pure: the same review and language give the same source.
    public static func document(_ review: Review, language: Language) throws -> Document {
        let model = WordViewModel(review: review, language: language)
        let library = try templates()
        guard let html = library.render(model, withTemplate: "document") else {
            throw HTMLReport.TemplateError(
                description: "the Word template document.mustache is missing from the program's Templates/Word folder")
        }
        return Document(html: html, charts: model.charts)
    }

    /// The HTML alone.
    public static func html(_ review: Review, language: Language) throws -> String {
        try document(review, language: language).html
    }

    static func templates() throws -> MustacheLibrary {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw HTMLReport.TemplateError(
                description: "the program's Templates folder is missing beside the executable; reinstall the program")
        }
        return try HTMLReport.templates(directory: folder.appendingPathComponent("Word"))
    }
}
