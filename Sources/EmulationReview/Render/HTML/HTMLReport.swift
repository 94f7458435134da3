import Foundation
import Mustache

/// `review.html`: the review as a self-contained document (inline CSS and SVG, no script, nothing fetched),
/// rendered with the Mustache templates in `Templates/`, which escape every value they are given.
public enum HTMLReport {
    public struct TemplateError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Pure: the same review and language give the same bytes.
    public static func render(_ review: Review, language: Language) throws -> Data {
        let library = try templates()
        let model = HTMLViewModel(review: review, language: language)
        guard let html = library.render(model, withTemplate: "review") else {
            throw TemplateError(
                description: "the report template review.mustache is missing from the program's Templates folder")
        }
        return Data(html.utf8)
    }

    /// The templates shipped with the program, registered under their file names without `.mustache`.
    static func templates(directory: URL? = nil) throws -> MustacheLibrary {
        guard let folder = directory ?? Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw TemplateError(
                description: "the program's Templates folder is missing beside the executable; reinstall the program")
        }
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }.sorted()
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw TemplateError(description: "template \(name) does not parse: \(error)")
            }
        }
        return library
    }
}
