import Foundation

/// `agencies/<code>.html`: one self-contained page per agency the report shows, in the report's language, linked
/// from the review. Pure: the same review gives the same pages.
public enum AgencyPages {
    /// The folder of the pages inside a report.
    public static let folder = "agencies"

    public static func render(_ review: Review, language: Language) throws -> [(name: String, data: Data)] {
        let library = try HTMLReport.templates()
        let rows = AgencyRows(review)
        let pages = rows.pages
        let formatter = ModelFormatter(review: review, language: language)
        let rendered = concurrentMap(pages.count) { index -> Data? in
            library.render(formatter.agencyPage(pages[index], rows: rows), withTemplate: "agency").map { Data($0.utf8) }
        }
        return try zip(pages, rendered).map { code, data in
            guard let data else {
                throw HTMLReport.TemplateError(
                    description: "the page template agency.mustache is missing from the program's Templates folder")
            }
            return ("\(folder)/\(code).html", data)
        }
    }

    /// The agencies that have a page in the report.
    static func codes(_ review: Review) -> Set<String> { Set(AgencyRows(review).pages) }
}
