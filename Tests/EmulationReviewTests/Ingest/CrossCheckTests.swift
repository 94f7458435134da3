import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// Checks against the reference data and across files, on the small inputs folder among the fixtures.
final class CrossCheckTests: XCTestCase {
    private var reference: ReferenceData { TestSupport.fixtureReference }

    func testUnknownAgency() {
        let file = TestSupport.ingest("inputs/2020/unknown-agency.xml", reference: reference)
        XCTAssertEqual(file.outcome, .rejected)
        XCTAssertEqual(TestSupport.codes(file), ["agency.unknown"])
    }

    func testAgencyMergedBeforeTheYear() throws {
        let file = TestSupport.ingest("inputs/2026/70.xml", reference: reference)
        XCTAssertEqual(TestSupport.codes(file), ["agency.not-valid-in-year"])
        let message = try XCTUnwrap(file.findings.first?.message.en)
        XCTAssertTrue(message.contains("its successor 75 reports for it"), message)
    }

    func testYearDiffersFromFolder() {
        let file = TestSupport.ingest("inputs/2019/year-mismatch.xml", reference: reference)
        XCTAssertTrue(TestSupport.codes(file).contains("submission.year-mismatch"))
        XCTAssertEqual(file.outcome, .rejected)
    }

    func testUnknownCodesAndPercentOutOfRange() {
        let file = TestSupport.ingest("inputs/2020/unknown-codes.xml", reference: reference)
        XCTAssertEqual(
            TestSupport.codes(file),
            ["indicator.unknown", "indicator.percent-out-of-range", "movement.unknown", "award.wrong-recipient"])
    }

    func testInternalConsistencyFindings() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOfFile: TestSupport.fixture("valid/submission.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "women=\"70\"", with: "women=\"170\"")
            .replacingOccurrences(of: "total=\"120\"", with: "total=\"1\"")
            .replacingOccurrences(of: "7900000003", with: "7900000002")
            .replacingOccurrences(of: "directWorkers=\"80\"", with: "directWorkers=\"-1\"")
            .replacingOccurrences(of: "members=\"25\" women=\"15\"", with: "members=\"25\" women=\"26\"")
            .replacingOccurrences(of: "recipient=\"7900000001\"", with: "recipient=\"7999999999\"")
            .replacingOccurrences(of: "collective=\"79-01\">", with: "collective=\"79-77\">")
        let path = dir.appendingPathComponent("broken.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = TestSupport.ingestor.ingest(path: path)
        XCTAssertEqual(
            TestSupport.codes(file),
            [
                "workforce.exceeds-total", "count.negative", "person.duplicate-id", "titles.exceed-headcount",
                "collective.women-exceed-members", "nomination.unknown-recipient", "person.unknown-collective",
            ])
        XCTAssertEqual(file.outcome, .rejected)
        let duplicate = try XCTUnwrap(file.findings.first { $0.code == "person.duplicate-id" })
        XCTAssertEqual(duplicate.line, 27)
        // Two names under one id: the likely mistake is the id, and the message says so.
        XCTAssertTrue(duplicate.message.en.contains("(line 24): correct the wrong id"), duplicate.message.en)
        XCTAssertTrue(duplicate.message.vi.contains("sửa mã số BHXH ghi sai"), duplicate.message.vi)
        // Each count points at its own value.
        let lines = text.components(separatedBy: "\n")
        for code in ["workforce.exceeds-total", "count.negative"] {
            let found = try XCTUnwrap(file.findings.first { $0.code == code })
            let at = String(lines[found.line - 1].dropFirst(found.column - 1))
            XCTAssertTrue(at.hasPrefix(code == "count.negative" ? "-1\"" : "170\""), "\(code): \(at)")
        }
    }

    func testHighestValidRevisionWins() throws {
        let paths = ["79.xml", "79-r2.xml", "unknown-codes.xml"].map { TestSupport.fixture("inputs/2020/\($0)") }
        var files = TestSupport.ingestor.ingest(paths, reference: reference)
        Resubmissions.resolve(&files)
        XCTAssertEqual(
            files.map(\.outcome), [.superseded, .accepted, .rejected],
            "revision 3 has errors, so revision 2 stands")
    }

    func testSameRevisionWithDifferentContentIsAConflict() throws {
        let paths = ["valid/submission.xml", "valid/crlf.xml"].map(TestSupport.fixture)
        var files = TestSupport.ingestor.ingest(paths)
        Resubmissions.resolve(&files)
        XCTAssertEqual(files.map(\.outcome), [.rejected, .rejected])
        XCTAssertTrue(files.allSatisfy { TestSupport.codes($0) == ["submission.revision-conflict"] })
    }

    func testAnExactCopyIsSupersededWithAWarning() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("copy.xml").path
        try FileManager.default.copyItem(atPath: TestSupport.fixture("valid/submission.xml"), toPath: copy)
        var files = TestSupport.ingestor.ingest([TestSupport.fixture("valid/submission.xml"), copy])
        Resubmissions.resolve(&files)
        let outcomes = Set(files.map(\.outcome))
        XCTAssertEqual(outcomes, [.accepted, .superseded])
        let warned = try XCTUnwrap(files.first { $0.outcome == .superseded })
        XCTAssertEqual(TestSupport.codes(warned), ["submission.duplicate-file"])
    }

    /// `validate` settles files as the review runs do: a second board's file for a year is rejected by both.
    func testASecondBoardFileForAYearIsRejectedByValidateAsByRun() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let board = TestSupport.packageRoot.appendingPathComponent("Inputs/2020/board.xml").path
        let copy = dir.appendingPathComponent("board-copy.xml").path
        try FileManager.default.copyItem(atPath: board, toPath: copy)
        let report = TestSupport.ingestor.validate([board, copy], inputs: nil)
        XCTAssertEqual(report.files.map(\.outcome), [.accepted, .rejected])
        XCTAssertEqual(TestSupport.codes(report.files[1]), ["board.duplicate"])
        XCTAssertEqual(report.exitStatus, .dataError)
    }

    func testRegistryChecks() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOfFile: TestSupport.fixture("inputs/reference/registry.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "successor=\"75\"", with: "successor=\"76\"")
            .replacingOccurrences(of: "code=\"75\" name", with: "code=\"79\" name")
            .replacingOccurrences(of: "cluster=\"C08\" place=\"Thành phố", with: "cluster=\"C99\" place=\"Thành phố")
        let path = dir.appendingPathComponent("registry.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = TestSupport.ingestor.ingest(path: path)
        XCTAssertEqual(
            TestSupport.codes(file),
            ["registry.duplicate-code", "registry.unknown-successor", "registry.unknown-cluster"])
    }

    func testEveryClassOfAnAwardFamilyGivesItTheSameName() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOfFile: TestSupport.demoInputs + "/reference/catalogue.xml", encoding: .utf8)
        // The third class names the family differently, the first does not name it at all.
        text = text.replacingOccurrences(
            of: "rank=\"8\" family=\"HCLD\" familyName=\"Huân chương Lao động\"",
            with: "rank=\"8\" family=\"HCLD\" familyName=\"Huân chương Lao động (hạng Ba)\""
        )
        .replacingOccurrences(
            of: "rank=\"10\" family=\"HCLD\" familyName=\"Huân chương Lao động\"",
            with: "rank=\"10\" family=\"HCLD\"")
        let path = dir.appendingPathComponent("catalogue.xml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = TestSupport.ingestor.ingest(path: path)
        XCTAssertEqual(file.findings.map(\.code), ["catalogue.family-name-differs", "catalogue.family-name"])
        XCTAssertEqual(file.outcome, .rejected)
    }
}
