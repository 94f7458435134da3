import EmulationReview
import Foundation
import TestSupport
import XCTest

/// The real binary on real files: output format, summary and exit statuses of `emulation-review validate`.
final class ValidateCommandTests: XCTestCase {
    func testValidFileExitsZeroWithASummary() throws {
        let out = try TestSupport.run(["validate", "--lang", "en", TestSupport.fixture("valid/utf16le-bom.xml")])
        XCTAssertEqual(out.status, 0, out.stdout + out.stderr)
        XCTAssertEqual(out.stdout, "1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)\n")
    }

    func testEveryHostileFileGetsAClickableFindingAndExit65() throws {
        let dir = TestSupport.fixture("hostile")
        let out = try TestSupport.run(["validate", "--lang", "en", dir])
        XCTAssertEqual(out.status, 65, out.stdout + out.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        for name in names {
            let pattern =
                "^\(NSRegularExpression.escapedPattern(for: dir + "/" + name)):[0-9]+:[0-9]+: error: \\[[a-z-]+\\.[a-z-]+\\] .+"
            let regex = try NSRegularExpression(pattern: pattern)
            XCTAssertTrue(
                lines.contains { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil },
                "no finding line for \(name)")
        }
        XCTAssertTrue(out.stdout.hasSuffix("invalid (\(lines.count - 1) errors, 0 warnings)\n"), out.stdout)
        XCTAssertTrue(out.stdout.contains("\(names.count) files checked: 0 valid, \(names.count) invalid"), out.stdout)
        XCTAssertFalse(out.stdout.contains("root:x:0"))
    }

    func testUnreadableFileExits66() throws {
        let out = try TestSupport.run([
            "validate", "--lang", "en", TestSupport.fixture("valid/submission.xml"), "/nonexistent/file.xml",
        ])
        XCTAssertEqual(out.status, 66)
        XCTAssertTrue(out.stdout.contains("/nonexistent/file.xml:1:1: error: [file.unreadable]"), out.stdout)
    }

    /// A clerk's mistake in Vietnamese, answered in Vietnamese with the allowed values and their meaning; the
    /// JSON keeps the code, gives the message in the chosen language and libxml2's own words as the detail.
    func testAWrongGenderIsExplainedInVietnameseWithTheAllowedValues() throws {
        let dir = try TestSupport.temporaryDirectory()
        let path = dir.appendingPathComponent("01.xml").path
        try SampleFiles.submission.replacingOccurrences(of: "gender=\"female\"", with: "gender=\"nữ\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let text = try TestSupport.run(["validate", "--lang", "vi", path])
        XCTAssertEqual(text.status, 65)
        let line = try XCTUnwrap(text.stdout.split(separator: "\n").first.map(String.init))
        XCTAssertTrue(line.hasPrefix("\(path):21:59:"), line)
        XCTAssertTrue(line.contains(": lỗi: [schema.enumeration] "), line)
        XCTAssertTrue(line.contains("ghi một trong các giá trị: female (nữ), male (nam)"), line)
        XCTAssertTrue(
            text.stdout.contains("Đã kiểm tra 1 tệp: 0 hợp lệ, 1 không hợp lệ (1 lỗi, 0 cảnh báo)"), text.stdout)
        let json = try TestSupport.run(["validate", "--format", "json", "--lang", "en", path])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(document["files"] as? [[String: Any]])
        let finding = try XCTUnwrap((files.first?["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual(finding["code"] as? String, "schema.enumeration")
        XCTAssertTrue((finding["message"] as? String)?.contains("write one of: female, male") == true)
        XCTAssertTrue((finding["detail"] as? String)?.contains("{'female', 'male'}") == true, "\(finding)")
        XCTAssertEqual(document["language"] as? String, "en")
        XCTAssertEqual(try TestSupport.run(["validate", "--lang", "fr", path]).status, 64)
    }

    /// Free text wrapped over several lines, as an editor wraps a long paragraph, is accepted; text of nothing but
    /// spaces and line breaks is not.
    func testFreeTextMayBeWrappedButNotBlank() throws {
        let dir = try TestSupport.temporaryDirectory()
        let text = ">Sơ kết phong trào thi đua 6 tháng và cả năm 2019.<"
        XCTAssertTrue(SampleFiles.submission.contains(text), "the sample's movement text changed: edit this test")
        let wrapped = dir.appendingPathComponent("01.xml").path
        try SampleFiles.submission.replacingOccurrences(
            of: text, with: ">\n      Sơ kết phong trào thi đua 6 tháng\n      và cả năm 2019.\n    <"
        ).write(toFile: wrapped, atomically: true, encoding: .utf8)
        let accepted = try TestSupport.run(["validate", "--lang", "en", wrapped])
        XCTAssertEqual(accepted.status, 0, accepted.stdout + accepted.stderr)
        let blank = dir.appendingPathComponent("02.xml").path
        try SampleFiles.submission.replacingOccurrences(of: text, with: ">\n  \t\n    <")
            .write(toFile: blank, atomically: true, encoding: .utf8)
        let rejected = try TestSupport.run(["validate", "--lang", "en", blank])
        XCTAssertEqual(rejected.status, 65, rejected.stdout + rejected.stderr)
        XCTAssertTrue(rejected.stdout.contains(": error: [schema.value] element <movement>"), rejected.stdout)
    }

    /// `explain` answers a clerk who has a code in hand, and prints the whole guide without one.
    func testExplainPrintsACodeAndTheGuide() throws {
        let code = try TestSupport.run(["explain", "--lang", "vi", "schema.enumeration"])
        XCTAssertEqual(code.status, 0)
        XCTAssertTrue(
            code.stdout.contains("`person/@gender` (submission-v1.xsd): Giới tính. `female` = nữ; `male` = nam."),
            code.stdout)
        let guide = try TestSupport.run(["explain", "--lang", "vi"])
        XCTAssertEqual(
            guide.stdout,
            try String(
                contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/field-guide.md"), encoding: .utf8))
        let unknown = try TestSupport.run(["explain", "no.such-code"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("không có mã lỗi no.such-code"), unknown.stderr)
    }

    func testUsageErrorsExit64() throws {
        XCTAssertEqual(try TestSupport.run(["validate"]).status, 64)
        XCTAssertEqual(try TestSupport.run(["validate", "--lang", "en", "--format", "yaml", "x.xml"]).status, 64)
        XCTAssertEqual(try TestSupport.run(["validate", "--lang", "en", "--max-size", "lots", "x.xml"]).status, 64)
        XCTAssertEqual(try TestSupport.run(["no-such-command"]).status, 64)
    }

    func testSizeCapFromTheCommandLine() throws {
        let out = try TestSupport.run([
            "validate", "--lang", "en", "--max-size", "1K", TestSupport.fixture("valid/submission.xml"),
        ])
        XCTAssertEqual(out.status, 65)
        XCTAssertTrue(out.stdout.contains("[file.too-large]"), out.stdout)
    }

    func testCrossChecksWithInputsFolder() throws {
        let inputs = TestSupport.fixture("inputs")
        let out = try TestSupport.run([
            "validate", "--inputs", inputs, inputs + "/2026/70.xml", inputs + "/2020/unknown-agency.xml",
        ])
        XCTAssertEqual(out.status, 65)
        XCTAssertTrue(out.stdout.contains("2026/70.xml:2:"), out.stdout)
        XCTAssertTrue(out.stdout.contains("[agency.not-valid-in-year]"), out.stdout)
        XCTAssertTrue(out.stdout.contains("[agency.unknown]"), out.stdout)
        let without = try TestSupport.run(["validate", "--lang", "en", inputs + "/2026/70.xml"])
        XCTAssertEqual(without.status, 0, "without --inputs there is no registry to check against")
    }

    func testJSONOutput() throws {
        let inputs = TestSupport.fixture("inputs")
        let out = try TestSupport.run([
            "validate", "--lang", "en", "--format", "json", "--inputs", inputs, inputs + "/2020",
        ])
        XCTAssertEqual(out.status, 65)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 4)
        XCTAssertEqual(summary["valid"] as? Int, 1)
        XCTAssertEqual(summary["superseded"] as? Int, 1)
        XCTAssertEqual(summary["invalid"] as? Int, 2)
        XCTAssertEqual(summary["exitStatus"] as? Int, 65)
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        let r2 = try XCTUnwrap(files.first { ($0["path"] as? String)?.hasSuffix("79-r2.xml") == true })
        XCTAssertEqual(r2["outcome"] as? String, "accepted")
        XCTAssertEqual((r2["sha256"] as? String)?.count, 64)
        let bad = try XCTUnwrap(files.first { ($0["path"] as? String)?.hasSuffix("unknown-codes.xml") == true })
        let findings = try XCTUnwrap(bad["findings"] as? [[String: Any]])
        XCTAssertEqual(
            Set(findings.compactMap { $0["code"] as? String }),
            ["indicator.unknown", "indicator.percent-out-of-range", "movement.unknown", "award.wrong-recipient"])
        XCTAssertTrue(findings.allSatisfy { ($0["line"] as? Int ?? 0) > 0 && $0["severity"] as? String == "error" })
    }

    /// Files are checked concurrently; the output never depends on which finished first.
    func testOutputIsDeterministic() throws {
        let args = [
            "validate", TestSupport.fixture("hostile"), TestSupport.fixture("valid"), TestSupport.fixture("inputs"),
        ]
        let first = try TestSupport.run(args)
        for _ in 0..<3 {
            XCTAssertEqual(try TestSupport.run(args).stdout, first.stdout)
        }
    }

    func testHelpDescribesTheCommand() throws {
        let out = try TestSupport.run(["validate", "--help"])
        XCTAssertEqual(out.status, 0)
        XCTAssertTrue(out.stdout.contains("Exit status: 0 every file is valid"), out.stdout)
    }
}
