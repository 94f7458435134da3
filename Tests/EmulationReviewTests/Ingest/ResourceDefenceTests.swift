import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// Inputs that would cost libxml2 time out of proportion to their size, files in encodings the format does not
/// accept, and values that would break the one-finding-per-line output.
final class ResourceDefenceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private func write(_ name: String, _ data: Data) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    private func submission(_ attributes: String = "", body: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<submission xmlns=\"urn:vn:vss:emulation-review:submission:v1\" \(attributes)>\(body)</submission>\n"
    }

    func testAnElementWithTooManyAttributesIsRejectedBeforeParsing() throws {
        let attributes = (0..<400_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let path = try write("flood.xml", Data(submission(attributes).utf8))
        let file = TestSupport.ingestor.ingest(path: path)
        XCTAssertEqual(file.outcome, .rejected)
        XCTAssertEqual(file.findings.map(\.code), ["xml.too-many-attributes"])
        XCTAssertEqual(file.findings.first?.location, Location(line: 2, column: 1))
    }

    func testManyNamespaceDeclarationsInAFileAreRefused() throws {
        let body = (0..<200).map { "<p\($0):x xmlns:p\($0)=\"urn:x:\($0)\"/>" }.joined()
        let file = TestSupport.ingestor.ingest(path: try write("many-ns.xml", Data(submission(body: body).utf8)))
        XCTAssertEqual(file.findings.map(\.code), ["xml.too-many-namespaces"])
        XCTAssertEqual(TestSupport.ingest("valid/submission.xml").outcome, .accepted, "one namespace is fine")
    }

    func testManyNamespaceDeclarationsCountAsAttributes() throws {
        let attributes = ((0..<10).map { "xmlns:p\($0)=\"urn:x:\($0)\"" } + (0..<60).map { "a\($0)=\"x\"" })
            .joined(separator: " ")
        let file = TestSupport.ingestor.ingest(path: try write("namespaces.xml", Data(submission(attributes).utf8)))
        XCTAssertEqual(file.findings.map(\.code), ["xml.too-many-attributes"])
    }

    func testQuotedEqualsSignsCommentsAndCDATAAreNotAttributes() throws {
        let value = String(repeating: "a=b ", count: 100)
        let text = "<?xml version=\"1.0\"?><!-- \(value) --><r x=\"\(value)\" y='\(value)'><![CDATA[\(value)]]></r>"
        XCTAssertNil(StartTagScan.check(Array(text.utf8), limit: 2, file: "x.xml"))
        XCTAssertNotNil(StartTagScan.check(Array("<r a='1' b='2' c='3'/>".utf8), limit: 2, file: "x.xml"))
    }

    func testAFileOverItsCPUBudgetIsStoppedAndRejected() throws {
        let demo = TestSupport.packageRoot.appendingPathComponent("Inputs/2020/01.xml").path
        let strict = Ingestor(
            schemas: TestSupport.schemas, options: IngestOptions(cpuBudget: CPUBudget(baseSeconds: 0, secondsPerMiB: 0))
        )
        let file = strict.ingest(path: demo)
        XCTAssertEqual(file.outcome, .rejected)
        XCTAssertTrue(
            file.findings.contains { $0.code == "file.too-slow" }, "\(file.findings.map { $0.formatted(.en) })")
        XCTAssertEqual(TestSupport.ingestor.ingest(path: demo).outcome, .accepted, "the default budget is ample")
    }

    func testOnlyUTF8AndMarkedUTF16AreAccepted() throws {
        let text = submission()
        let cases: [(String, Data)] = [
            ("latin1.xml", Data(text.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1").utf8)),
            ("windows-1258.xml", Data(text.replacingOccurrences(of: "UTF-8", with: "windows-1258").utf8)),
            ("utf32-bom.xml", Data([0xFF, 0xFE, 0x00, 0x00]) + text.data(using: .utf32LittleEndian)!),
            ("utf32.xml", text.data(using: .utf32LittleEndian)!),
            ("utf32be.xml", text.data(using: .utf32BigEndian)!),
            ("utf16-no-bom.xml", text.data(using: .utf16LittleEndian)!),
            ("ebcdic.xml", Data([0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40])),
        ]
        for (name, data) in cases {
            let file = TestSupport.ingestor.ingest(path: try write(name, data))
            XCTAssertEqual(file.findings.map(\.code), ["xml.encoding"], name)
        }
        for name in ["utf8-bom.xml", "utf16le-bom.xml", "utf16be-bom.xml"] {
            XCTAssertEqual(TestSupport.ingest("valid/\(name)").outcome, .accepted, name)
        }
    }

    func testControlCharactersInFindingsAreVisibleAndNeverBreakALine() throws {
        let forged = "x\n/etc/passwd:1:1: error: [file.fake] forged finding\u{85}\u{2028}\u{2029}\r\t\u{7}"
        let finding = Finding("test.code", .error, file: "in\nput.xml", at: .start, Bilingual(same: forged))
        XCTAssertFalse(finding.formatted(.en).contains { $0.isNewline }, finding.formatted(.en))
        XCTAssertEqual(
            finding.formatted(.en),
            #"in\nput.xml:1:1: error: [test.code] x\n/etc/passwd:1:1: error: [file.fake] forged finding\u{85}\u{2028}\u{2029}\r\t\u{7}"#
        )
        // A character reference in a value a message quotes arrives as a real line feed from libxml2.
        let file = TestSupport.ingestor.ingest(
            path: try write(
                "forged.xml", Data(submission("agency=\"01&#10;/etc/passwd:1:1: error: [file.fake] x\"").utf8)))
        XCTAssertFalse(file.findings.isEmpty)
        for finding in file.findings {
            XCTAssertFalse(finding.formatted(.en).contains { $0.isNewline }, finding.formatted(.en))
        }
    }

    func testCSVCellsShowControlCharactersVisibly() {
        let table = CSVTable(header: ["name"], rows: [[.text("Nguyễn\nVăn\u{2028}An — “x”")]])
        let text = String(decoding: table.data(byteOrderMark: false), as: UTF8.self)
        XCTAssertEqual(text, "name\r\nNguyễn\\nVăn\\u{2028}An — “x”\r\n")
    }
}
