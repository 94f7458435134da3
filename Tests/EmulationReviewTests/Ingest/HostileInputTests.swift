import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// Every hostile or broken file is rejected with a precise finding, and nothing crashes or leaks.
final class HostileInputTests: XCTestCase {
    private func assertRejected(
        _ name: String, code: String, line: Int? = nil,
        file: StaticString = #filePath, sourceLine: UInt = #line
    ) {
        let result = TestSupport.ingest("hostile/\(name)")
        XCTAssertEqual(result.outcome, .rejected, name, file: file, line: sourceLine)
        let matching = result.findings.filter { $0.code == code }
        XCTAssertFalse(
            matching.isEmpty, "\(name): expected [\(code)], got \(result.findings.map { $0.formatted(.en) })",
            file: file, line: sourceLine)
        if let line {
            XCTAssertEqual(matching.first?.line, line, "\(name): line of [\(code)]", file: file, line: sourceLine)
        }
        for finding in result.findings {
            XCTAssertEqual(finding.severity, .error, file: file, line: sourceLine)
            XCTAssertGreaterThan(finding.line, 0, file: file, line: sourceLine)
            XCTAssertGreaterThan(finding.column, 0, file: file, line: sourceLine)
            XCTAssertFalse(finding.message.en.isEmpty, file: file, line: sourceLine)
            XCTAssertFalse(finding.message.en.contains("root:x:0"), "leaked a local file", file: file, line: sourceLine)
        }
    }

    func testNotWellFormed() { assertRejected("not-well-formed.xml", code: "xml.tag-mismatch", line: 141) }
    func testWrongNamespace() { assertRejected("wrong-namespace.xml", code: "xml.unknown-format") }
    func testMissingNamespace() { assertRejected("no-namespace.xml", code: "xml.unknown-format") }
    func testSchemaViolationDeepInTheFile() {
        assertRejected("schema-violation-deep.xml", code: "schema.enumeration", line: 468)
    }
    func testDoctypeWithInternalSubset() {
        assertRejected("doctype-internal-subset.xml", code: "xml.doctype-forbidden", line: 2)
    }
    func testExternalEntityToALocalFile() {
        assertRejected("xxe-local-file.xml", code: "xml.doctype-forbidden", line: 2)
    }
    func testExternalDTDAtAURL() { assertRejected("xxe-url.xml", code: "xml.doctype-forbidden", line: 2) }
    func testBillionLaughs() { assertRejected("billion-laughs.xml", code: "xml.doctype-forbidden") }
    func testQuadraticBlowUp() { assertRejected("quadratic-blowup.xml", code: "xml.doctype-forbidden") }
    func testNestingTenThousandDeep() { assertRejected("deep-nesting.xml", code: "xml.too-deep") }
    func testGzipNamedXML() { assertRejected("gzip-named-xml.xml", code: "file.compressed", line: 1) }
    func testInvalidUTF8() { assertRejected("invalid-utf8.xml", code: "xml.encoding", line: 3) }
    func testNULBytes() { assertRejected("nul-bytes.xml", code: "xml.invalid-char", line: 3) }
    func testEmptyFile() { assertRejected("empty.xml", code: "file.empty", line: 1) }
    func testUndeclaredEntity() { assertRejected("undeclared-entity.xml", code: "xml.entity", line: 3) }

    /// Only the first well-formedness error is kept: what follows is its echo.
    func testBrokenFileReportsOneParserError() {
        let result = TestSupport.ingest("hostile/nul-bytes.xml")
        XCTAssertEqual(result.findings.count, 1, "\(result.findings.map { $0.formatted(.en) })")
    }

    func testFileOverTheSizeCap() throws {
        let ingestor = Ingestor(schemas: TestSupport.schemas, options: IngestOptions(maxFileSize: 1024))
        let result = ingestor.ingest(path: TestSupport.fixture("valid/submission.xml"))
        XCTAssertEqual(result.outcome, .rejected)
        XCTAssertEqual(TestSupport.codes(result), ["file.too-large"])
        XCTAssertEqual(result.size, 0, "a refused file is not read into memory")
    }

    func testMissingFileIsUnreadable() {
        let result = TestSupport.ingest("hostile/there-is-no-such-file.xml")
        XCTAssertEqual(result.outcome, .unreadable)
        XCTAssertEqual(TestSupport.codes(result), ["file.unreadable"])
    }

    func testADirectoryIsRefused() {
        let result = TestSupport.ingest("hostile")
        XCTAssertEqual(result.outcome, .rejected)
        XCTAssertEqual(TestSupport.codes(result), ["file.not-regular"])
    }

    /// Many hostile files at once on every core: each gets its own findings, none leaks into another.
    func testConcurrentIngestKeepsFindingsApart() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixture("hostile")).sorted()
        let paths = (0..<8).flatMap { _ in names.map { TestSupport.fixture("hostile/\($0)") } }
        let results = TestSupport.ingestor.ingest(paths)
        XCTAssertEqual(results.count, paths.count)
        for (path, result) in zip(paths, results) {
            XCTAssertEqual(result.path, path)
            XCTAssertEqual(result.outcome, .rejected, path)
            XCTAssertTrue(result.findings.allSatisfy { $0.file == path }, path)
            let single = TestSupport.ingestor.ingest(path: path)
            XCTAssertEqual(result.findings, single.findings, path)
        }
    }
}
