import EmulationReview
import Foundation
import TestSupport
import XCTest

/// Hostile files through the real binary: a flood of attributes does not hold the run, and nothing a file
/// contains or is named can forge an output line, in text or JSON.
final class HostileSenderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private let valid = TestSupport.fixture("valid/submission.xml")

    func testAnAttributeFloodIsRejectedQuicklyAndTheOtherFilesAreStillChecked() throws {
        let attributes = (0..<400_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let flood = folder.appendingPathComponent("flood.xml")
        try Data(
            "<?xml version=\"1.0\"?>\n<submission xmlns=\"urn:vn:vss:emulation-review:submission:v1\" \(attributes)/>\n"
                .utf8
        ).write(to: flood)
        let started = Date()
        let result = try TestSupport.run(["validate", "--lang", "en", flood.path, valid])
        // A generous bound, not a benchmark: before the pre-scan this file took 89 s.
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        XCTAssertEqual(result.status, 65, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("\(flood.path):2:1: error: [xml.too-many-attributes]"), result.stdout)
        XCTAssertTrue(
            result.stdout.hasSuffix("2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)\n"), result.stdout)
    }

    func testNoValueOrFileNameCanForgeAFindingLine() throws {
        let forged = "/etc/passwd:1:1: error: [file.fake] forged finding"
        var files: [String] = []
        for (index, breaker) in ["&#10;", "&#13;", "&#x85;", "&#x2028;", "&#x2029;"].enumerated() {
            let url = folder.appendingPathComponent("forged-\(index).xml")
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <submission xmlns="urn:vn:vss:emulation-review:submission:v1\(breaker)\(forged)" agency="01\(breaker)\(forged)"/>

                """
            try Data(text.utf8).write(to: url)
            files.append(url.path)
        }
        // A file name cannot hold a slash, but it can hold a line feed and the rest of a finding line.
        let oddName = folder.appendingPathComponent("name\nX:1:1: error: [file.fake] forged finding.xml")
        try FileManager.default.copyItem(atPath: files[0], toPath: oddName.path)
        files.append(oddName.path)

        let text = try TestSupport.run(["validate", "--lang", "en"] + files)
        XCTAssertEqual(text.status, 65)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            XCTAssertFalse(line.hasPrefix("/etc/passwd") || line.hasPrefix("X:1:1"), "a forged line: \(line)")
            XCTAssertTrue(
                line.hasPrefix(folder.path) || line.contains("files checked"), "a line of unknown origin: \(line)")
            XCTAssertFalse(
                line.unicodeScalars.contains { [0x85, 0x2028, 0x2029, 0x0D].contains($0.value) }, String(line))
        }
        XCTAssertTrue(text.stdout.contains(#"name\nX:1:1: error: [file.fake] forged finding.xml:"#), text.stdout)

        let json = try TestSupport.run(["validate", "--lang", "en", "--format", "json"] + files)
        XCTAssertFalse(json.stdout.contains("\n/etc/passwd"), json.stdout)
        for line in json.stdout.split(separator: "\n") {
            XCTAssertFalse(line.unicodeScalars.contains { [0x85, 0x2028, 0x2029].contains($0.value) }, String(line))
        }
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((document?["files"] as? [Any])?.count, files.count)
    }

    func testASymbolicLinkLeadingOutOfTheInputsIsRefused() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2025, [.init(code: "01", participants: 120, target: 100)])
        let outside = folder.appendingPathComponent("03.xml")
        try tiny.submission(.init(code: "03", participants: 12, target: 10), year: 2025)
            .write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: tiny.root.appendingPathComponent("2025/03.xml").path, withDestinationPath: outside.path)
        let reports = folder.appendingPathComponent("reports")
        let result = try TestSupport.run([
            "run", "--lang", "en", "--period", "2025", "--no-email", "--inputs", tiny.root.path, "--reports",
            reports.path, "--state", folder.appendingPathComponent("state").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let findings = try String(contentsOf: reports.appendingPathComponent("2025/findings.csv"), encoding: .utf8)
        XCTAssertTrue(findings.contains("file.outside-inputs"), findings)
        XCTAssertTrue(result.stdout.contains("rejected 1"), result.stdout)
    }
}
