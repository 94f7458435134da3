import Foundation
import TestSupport
import XCTest

/// Inside the core the folders go one way: a folder may use the types of the folders before it in `order`,
/// never those after it. (Between targets the compiler keeps the direction; inside one target this test does.)
final class FolderDirectionTests: XCTestCase {
    static let order = ["Support", "Model", "Reference", "Ingest", "Rules", "Review", "Render"]

    func testNoFolderUsesATypeOfALaterFolder() throws {
        let core = TestSupport.packageRoot.appendingPathComponent("Sources/EmulationReview")
        let declaration = try NSRegularExpression(
            pattern:
                #"(?m)^(?:public |package |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol|typealias|actor|func) (\w+)"#
        )
        let identifier = try NSRegularExpression(pattern: #"\b[A-Za-z_]\w*\b"#)
        var files: [(folder: Int, path: String, text: String)] = []
        for (index, folder) in Self.order.enumerated() {
            let url = core.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(atPath: url.path)
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
                files.append((index, "\(folder)/\(relative)", text))
            }
        }
        var owner: [String: Int] = [:]
        for file in files {
            for name in Self.matches(declaration, in: file.text, group: 1) { owner[name] = file.folder }
        }
        XCTAssertGreaterThan(owner.count, 50, "the scan found too few declarations to mean anything")
        for file in files {
            for word in Set(Self.matches(identifier, in: Self.code(file.text), group: 0)) {
                guard let folder = owner[word], folder > file.folder else { continue }
                XCTFail("\(file.path) uses \(word) of \(Self.order[folder])/, a later folder")
            }
        }
    }

    /// The text without comments and string literals, where names are words, not uses.
    private static func code(_ text: String) -> String {
        var result = text
        for pattern in [#""""[\s\S]*?""""#, #""(?:[^"\\\n]|\\.)*""#, #"//[^\n]*"#] {
            result = result.replacingOccurrences(of: pattern, with: "\"\"", options: .regularExpression)
        }
        return result
    }

    private static func matches(_ expression: NSRegularExpression, in text: String, group: Int) -> [String] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: group), in: text).map { String(text[$0]) }
        }
    }
}
