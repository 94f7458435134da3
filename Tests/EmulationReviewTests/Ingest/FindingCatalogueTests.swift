import EmulationReview
import Foundation
import TestSupport
import Testing
import XCTest

/// Every example of every finding kind, each its own test case named after its code, run the way `validate` and
/// the review runs check files: written into an inputs folder beside the demo's reference data, ingested with the
/// cross-file checks, then trimmed of stray files.
struct FindingExampleCase: Sendable, CustomTestStringConvertible {
    let kind: FindingKind
    let example: FindingExample

    var testDescription: String {
        "\(kind.code): \(example.triggers ? "raised by" : "not raised by") \(example.description)"
    }

    static let all = FindingCatalogue.ingest.flatMap { kind in
        kind.examples.map { FindingExampleCase(kind: kind, example: $0) }
    }
}

/// The findings of an example's files.
func findings(of example: FindingExample) throws -> [Finding] {
    let root = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let inputs = root.appendingPathComponent("inputs")
    let manager = FileManager.default
    let demoReference = URL(fileURLWithPath: TestSupport.demoInputs).appendingPathComponent("reference")
    try manager.createDirectory(at: inputs.appendingPathComponent("reference"), withIntermediateDirectories: true)
    for name in try manager.contentsOfDirectory(atPath: demoReference.path) {
        try manager.copyItem(
            at: demoReference.appendingPathComponent(name),
            to: inputs.appendingPathComponent("reference").appendingPathComponent(name))
    }
    var paths: [String] = []
    for file in example.files {
        let url = inputs.appendingPathComponent(file.path)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? manager.removeItem(at: url)
        switch file.content {
        case .bytes(let bytes):
            try Data(bytes).write(to: url)
        case .demoReference(let edit):
            let text = try String(
                contentsOf: demoReference.appendingPathComponent(url.lastPathComponent), encoding: .utf8)
            try Data(edit(text).utf8).write(to: url)
        case .folder:
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
        case .linkOutside:
            let outside = root.appendingPathComponent("outside.xml")
            try Data(SampleFiles.submission.utf8).write(to: outside)
            try manager.createSymbolicLink(at: url, withDestinationURL: outside)
        case .danglingLink:
            try manager.createSymbolicLink(at: url, withDestinationURL: root.appendingPathComponent("missing.xml"))
        }
        paths.append(url.path)
    }
    let defaults = IngestOptions()
    let ingestor = Ingestor(
        schemas: TestSupport.schemas,
        options: IngestOptions(
            maxFileSize: example.maxFileSize ?? defaults.maxFileSize,
            findingLimit: example.findingLimit ?? defaults.findingLimit,
            cpuBudget: example.cpuBudget ?? defaults.cpuBudget, confinedTo: inputs.path))
    var files = ingestor.validate(paths, inputs: inputs.path).files
    StrayFiles.limit(&files)
    return files.flatMap(\.findings)
}

@Test("finding example", arguments: FindingExampleCase.all)
func findingExampleRaisesItsCode(_ test: FindingExampleCase) throws {
    let found = try findings(of: test.example)
    let matching = found.filter { $0.code == test.kind.code }
    if test.example.triggers {
        #expect(!matching.isEmpty, "not raised; found \(found.map { $0.formatted(.en) })")
    } else {
        #expect(matching.isEmpty, "raised: \(matching.map { $0.formatted(.en) })")
    }
    for finding in matching {
        for language in Language.allCases {
            let text = finding.message(language)
            #expect(
                FindingKind.placeholders(in: text).isEmpty, "a placeholder is left unfilled in \(language): \(text)")
        }
        #expect(finding.severity == test.kind.severity)
    }
}

final class FindingCatalogueTests: XCTestCase {
    func testEveryCodeIsDefinedOnce() {
        let codes = FindingCatalogue.all.map(\.code)
        XCTAssertEqual(codes.count, Set(codes).count, "\(codes)")
    }

    /// Both languages, the same placeholders in each, and exactly the declared parameters.
    func testEveryMessageExistsInBothLanguagesWithItsParameters() {
        for kind in FindingCatalogue.all {
            XCTAssertFalse(kind.message.vi.isEmpty, kind.code)
            XCTAssertFalse(kind.message.en.isEmpty, kind.code)
            let vi = Set(FindingKind.placeholders(in: kind.message.vi))
            let en = Set(FindingKind.placeholders(in: kind.message.en))
            // libxml2's own words (`detail`) are English: the Vietnamese message leaves them to the JSON output.
            XCTAssertEqual(
                vi.subtracting(["detail"]), Set(kind.parameters).subtracting(["detail"]),
                "\(kind.code): Vietnamese placeholders")
            XCTAssertEqual(en.subtracting(["detail"]), Set(kind.parameters).subtracting(["detail"]), kind.code)
            XCTAssertTrue(en.isSubset(of: Set(kind.parameters)), "\(kind.code): English placeholders")
            if !kind.code.hasPrefix("eligibility.") {
                XCTAssertNotEqual(kind.message.vi, kind.message.en, "\(kind.code) is not translated")
            }
        }
    }

    /// Each ingest code has an input that raises it; each eligibility code a rule example it finds not eligible.
    func testEveryCodeHasATriggeringExample() {
        for kind in FindingCatalogue.ingest {
            XCTAssertTrue(kind.examples.contains(where: \.triggers), "\(kind.code) has no triggering example")
        }
        for rule in RuleSet.all {
            XCTAssertTrue(
                rule.examples.contains { $0.expected == .notEligible }, "\(rule.code) has no not-eligible example")
        }
        // The review's own codes (unusual values) need several files and years; UnusualValuesTests raises each.
        let reviewCodes: Set = ["indicator.unusual-change", "indicator.out-of-range"]
        XCTAssertEqual(Set(FindingCatalogue.review.map(\.code)), reviewCodes)
        let covered = FindingCatalogue.all.filter { kind in
            kind.examples.contains(where: \.triggers) || RuleSet.all.contains { $0.code == kind.code }
                || reviewCodes.contains(kind.code)
        }
        XCTAssertEqual(covered.count, FindingCatalogue.all.count)
    }

    /// A kind defined in the sources but missing from the catalogue, or a finding made without a kind, fails here.
    func testEveryCodeInTheSourcesIsInTheCatalogue() throws {
        let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: sources.path))
        let definition = try NSRegularExpression(pattern: #"FindingKind\(\s*"([a-z]+\.[a-z0-9.-]+)""#)
        let catalogue = Set(FindingCatalogue.all.map(\.code))
        var defined: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in definition.matches(in: text, range: range) {
                defined.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
            if !path.hasSuffix("Model/Finding.swift") && !path.hasSuffix("Model/FindingKind.swift") {
                XCTAssertFalse(
                    text.contains(" Finding("), "\(path) makes a finding without its kind; use FindingKind.make")
            }
        }
        XCTAssertEqual(defined.subtracting(catalogue), [], "defined but not in FindingCatalogue.ingest")
        XCTAssertGreaterThan(defined.count, 60)
    }
}

/// What libxml2 reports becomes advice: the allowed values with their meaning, at the value itself.
final class SchemaAdviceTests: XCTestCase {
    private func finding(_ edit: (String) -> String) throws -> (Finding, String) {
        let text = edit(SampleFiles.submission)
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("01.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = TestSupport.ingestor.ingest(path: path)
        return (try XCTUnwrap(file.findings.first, "no finding"), text)
    }

    func testAWrongGenderListsTheAllowedValuesWithTheirMeaningAtTheValue() throws {
        let (finding, text) = try finding { $0.replacingOccurrences(of: "gender=\"female\"", with: "gender=\"nữ\"") }
        XCTAssertEqual(finding.code, "schema.enumeration")
        XCTAssertTrue(finding.message.vi.contains("giá trị \"nữ\""), finding.message.vi)
        XCTAssertTrue(finding.message.vi.contains("female (nữ), male (nam)"), finding.message.vi)
        XCTAssertTrue(finding.message.en.contains("write one of: female, male"), finding.message.en)
        XCTAssertTrue(finding.message.vi.contains("thuộc tính gender (Giới tính"), finding.message.vi)
        let line = text.components(separatedBy: "\n")[finding.line - 1]
        XCTAssertTrue(String(line.dropFirst(finding.column - 1)).hasPrefix("nữ\""), line)
        XCTAssertTrue(finding.detail?.contains("{'female', 'male'}") == true, finding.detail ?? "")
    }

    func testADateWrittenTheVietnameseWayShowsTheFormWithAnExample() throws {
        let (finding, text) = try finding {
            $0.replacingOccurrences(of: "submitted=\"2020-01-08T12:40:00+07:00\"", with: "submitted=\"08/01/2020\"")
        }
        XCTAssertEqual(finding.code, "schema.value")
        XCTAssertTrue(finding.message.vi.contains("YYYY-MM-DDThh:mm:ss+07:00"), finding.message.vi)
        XCTAssertTrue(finding.message.vi.contains("ví dụ: 2020-"), finding.message.vi)
        let line = text.components(separatedBy: "\n")[finding.line - 1]
        XCTAssertTrue(String(line.dropFirst(finding.column - 1)).hasPrefix("08/01/2020"), line)
    }

    func testADayThatDoesNotExistIsNotCalledAWrongForm() throws {
        let (finding, _) = try finding {
            $0.replacingOccurrences(of: "asOf=\"2019-12-31\"", with: "asOf=\"2020-02-30\"")
        }
        XCTAssertEqual(finding.code, "schema.no-such-date")
        XCTAssertTrue(finding.message.vi.contains("ngày \"2020-02-30\" không có thật (tháng 2 năm 2020 có 29 ngày)"))
        XCTAssertTrue(finding.message.en.contains("(February 2020 has 29 days)"), finding.message.en)
    }

    /// The field's description is its first sentence: "e.g." does not end it.
    func testAFieldsDescriptionIsNotCutAtAnAbbreviation() throws {
        let (finding, _) = try finding {
            $0.replacingOccurrences(of: "actual=\"92.99\"", with: "actual=\"3.637.969\"")
        }
        XCTAssertEqual(finding.code, "schema.value")
        XCTAssertTrue(finding.message.en.contains("no thousands separators, e.g. 92.99"), finding.message.en)
    }

    /// A file cut inside a start tag gets one finding, where it breaks, with the reason in Vietnamese too; not
    /// first a missing-attribute error for each attribute the cut tag lacks.
    func testAFileCutInsideATagGetsOneFindingWithItsReason() throws {
        let text = SampleFiles.submission
        let cut = try XCTUnwrap(text.range(of: "<person ", options: .backwards))
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, body) in [
            ("01.xml", String(text[..<cut.lowerBound]) + "<person"), ("02.xml", String(text[..<cut.lowerBound])),
        ] {
            let path = root.appendingPathComponent(name).path
            try body.write(toFile: path, atomically: true, encoding: .utf8)
            let findings = TestSupport.ingestor.ingest(path: path).findings
            XCTAssertEqual(findings.map(\.code), ["xml.not-well-formed"], "\(findings.map { $0.formatted(.en) })")
            let vi = findings.first?.message.vi ?? ""
            XCTAssertTrue(
                vi.contains("chưa kết thúc bằng dấu >") || vi.contains("chưa được đóng; tệp có thể bị cắt cụt"), vi)
        }
    }

    /// A consistency finding about one attribute points at that attribute's value, not at the end of the tag.
    func testADuplicatePersonIdPointsAtTheSecondId() throws {
        let (finding, text) = try finding {
            $0.replacingOccurrences(of: "<person id=\"0101000002\"", with: "<person id=\"0101000001\"")
        }
        XCTAssertEqual(finding.code, "person.duplicate-id")
        let line = text.components(separatedBy: "\n")[finding.line - 1]
        XCTAssertTrue(String(line.dropFirst(finding.column - 1)).hasPrefix("0101000001\" name=\"Trần Văn Bình\""), line)
    }

    /// The same name in other capitals or spacing is the same person entered again: delete the repeat.
    func testARepeatedPersonIsToldToDeleteTheRepeat() throws {
        let (finding, _) = try finding {
            $0.replacingOccurrences(
                of: "<person id=\"0101000002\" name=\"Trần Văn Bình\"",
                with: "<person id=\"0101000001\" name=\"NGUYỄN  THỊ LAN\"")
        }
        XCTAssertEqual(finding.code, "person.duplicate-id")
        XCTAssertTrue(finding.message.vi.contains("đã được ghi ở dòng 21: xóa mục ghi lặp này"), finding.message.vi)
        XCTAssertTrue(finding.message.en.contains("is already listed at line 21"), finding.message.en)
    }

    /// A negative total is one mistake: the counts "above" it are not reported besides.
    func testANegativeTotalIsReportedOnce() throws {
        let text = SampleFiles.submission.replacingOccurrences(
            of: "<workforce total=\"40\"", with: "<workforce total=\"-5\"")
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("01.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let findings = TestSupport.ingestor.ingest(path: path).findings
        XCTAssertEqual(findings.map(\.code), ["count.negative"], "\(findings.map { $0.formatted(.en) })")
    }

    func testAMisspeltElementNamesTheOneExpected() throws {
        let (finding, _) = try finding { $0.replacingOccurrences(of: "<workforce ", with: "<workforse ") }
        XCTAssertEqual(finding.code, "schema.element")
        XCTAssertTrue(finding.message.vi.contains("<workforse>"), finding.message.vi)
        XCTAssertTrue(finding.message.vi.contains("cần có <workforce>"), finding.message.vi)
    }

    func testABareAmpersandSaysHowToWriteIt() throws {
        let (finding, _) = try finding { $0.replacingOccurrences(of: "Văn phòng", with: "Tổ chức & Cán bộ") }
        XCTAssertEqual(finding.code, "xml.ampersand")
        XCTAssertTrue(finding.message.vi.contains("&amp;"), finding.message.vi)
    }
}
