import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// Mustache renders an unknown key as nothing, so a `{{t.key}}` that HTMLText lacks would leave a silent gap in
/// the report; only this test notices.
final class HTMLTextTests: XCTestCase {
    func testEveryWordingTheTemplatesUseIsDefinedOnce() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/EmulationReview/Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }
        let key = try NSRegularExpression(pattern: #"\{\{\{?[#^/&]?\s*t\.([A-Za-z0-9_]+)"#)
        var used: Set<String> = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in key.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
            }
        }
        XCTAssertFalse(used.isEmpty, "no {{t.key}} found in \(folder.path)")
        let keys = HTMLText.entries.map(\.key)
        XCTAssertEqual(used.subtracting(keys).sorted(), [], "keys the templates use but HTMLText does not define")
        XCTAssertEqual(keys.count, Set(keys).count, "a key is defined twice")
        for language in Language.allCases {
            XCTAssertTrue(HTMLText.labels(language).values.allSatisfy { !$0.isEmpty }, "\(language): an empty wording")
        }
    }
}
