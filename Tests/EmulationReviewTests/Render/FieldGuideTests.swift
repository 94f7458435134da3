import EmulationReview
import Foundation
import TestSupport
import XCTest

/// The field guide is generated from the XSDs' annotations and the catalogue; the committed copy must be what the
/// program prints, and the annotations must cover every element, attribute and allowed value in both languages.
final class FieldGuideTests: XCTestCase {
    private var guide: SchemaGuide { TestSupport.schemas.guide }

    func testTheCommittedGuideIsTheGeneratedOne() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("docs/field-guide.md")
        let committed = try String(contentsOf: path, encoding: .utf8)
        XCTAssertEqual(
            committed, FieldGuide.markdown(guide, language: .vi),
            "docs/field-guide.md is out of date: run `emulation-review explain --lang vi > docs/field-guide.md`")
    }

    func testEveryElementAttributeAndAllowedValueIsDocumentedInBothLanguages() {
        XCTAssertGreaterThan(guide.fields.count, 150)
        for field in guide.fields {
            let documentation = field.documentation
            XCTAssertNotNil(documentation, "\(field.schema) \(field.path) has no annotation")
            XCTAssertNotEqual(documentation?.vi, documentation?.en, "\(field.schema) \(field.path) is not translated")
            for value in guide.values(of: field) {
                XCTAssertNotEqual(
                    value.meaning.vi, value.value, "\(field.path) = \(value.value) has no Vietnamese meaning")
            }
        }
        for (name, type) in guide.types {
            XCTAssertNotNil(type.documentation, "type \(name) has no annotation")
            XCTAssertNotNil(type.example, "type \(name) has no example")
        }
    }

    func testTheGuideListsEveryFieldAndEveryCode() {
        let text = FieldGuide.markdown(guide, language: .vi)
        for field in guide.fields where field.attribute == nil && field.element != "*" {
            XCTAssertTrue(text.contains("### `<\(field.element)>`"), field.element)
        }
        for field in guide.fields {
            if let attribute = field.attribute { XCTAssertTrue(text.contains("| `\(attribute)` |"), field.path) }
        }
        for kind in FindingCatalogue.all { XCTAssertTrue(text.contains("`\(kind.code)` ("), kind.code) }
        XCTAssertTrue(text.contains("`female` = nữ; `male` = nam."))
    }

    func testExplainGivesACodeWithItsFields() throws {
        let text = try XCTUnwrap(FieldGuide.explain("workforce.exceeds-total", guide: guide, language: .vi))
        XCTAssertTrue(text.hasPrefix("# `workforce.exceeds-total` (lỗi)"), text)
        XCTAssertTrue(text.contains("- `workforce/@women` (submission-v1.xsd): Trong tổng số: số nữ"), text)
        XCTAssertNil(FieldGuide.explain("no.such-code", guide: guide, language: .vi))
    }
}
