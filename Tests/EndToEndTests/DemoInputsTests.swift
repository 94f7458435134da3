import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The committed demo inputs through the real binary: every file valid but the one planted to be rejected.
final class DemoInputsTests: XCTestCase {
    func testValidateAcceptsTheDemoAndRejectsOnlyBacNinh2018() throws {
        let out = try TestSupport.run(["validate", "--lang", "en", "--inputs", "Inputs", "Inputs"])
        XCTAssertEqual(out.status, 65, out.stderr)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, out.stdout)
        XCTAssertTrue(lines[0].hasPrefix("Inputs/2018/27.xml:4:"), lines[0])
        XCTAssertTrue(lines[0].contains("error: [workforce.exceeds-total]"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Inputs/2018/27.xml:51:"), lines[1])
        XCTAssertTrue(
            lines[1].contains("error: [person.duplicate-id] person 2701208738 appears twice (first at line 48)"),
            lines[1])
        XCTAssertEqual(
            lines[2],
            "436 files checked: 434 valid, 1 valid but superseded by a later revision, 1 invalid (2 errors, 0 warnings)"
        )
    }

    func testPlantedCasesAreWhatTheREADMESays() throws {
        let inputs = TestSupport.demoInputs
        let ingestor = Ingestor(schemas: TestSupport.schemas)
        let reference = try XCTUnwrap(ingestor.loadReference(inputs: inputs).data)
        XCTAssertEqual(reference.registry.agencies.filter { $0.level == .provincial }.count, 63)
        XCTAssertEqual(reference.agencies["01"]?.place, "Hà Nội")
        // Resubmission: Hải Phòng 2019, revision 2 stands.
        var files = ingestor.ingest(["31.xml", "31-r2.xml"].map { "\(inputs)/2019/\($0)" }, reference: reference)
        Resubmissions.resolve(&files)
        XCTAssertEqual(files.map(\.outcome), [.superseded, .accepted])
        // UTF-16 and BOM + CRLF files are accepted.
        for path in ["2016/01.xml", "2017/48.xml"] {
            XCTAssertEqual(ingestor.ingest(path: "\(inputs)/\(path)", reference: reference).outcome, .accepted, path)
        }
        // TW08 never sent its 2017 report.
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(inputs)/2017/TW08.xml"))
        // Hồ Chí Minh City sent its 2020 report after the deadline.
        let board = try XCTUnwrap(ingestor.ingest(path: "\(inputs)/2020/board.xml", reference: reference))
        guard case .board(let plan) = board.content else { return XCTFail("no board file for 2020") }
        let hcm = try XCTUnwrap(ingestor.ingest(path: "\(inputs)/2020/79.xml", reference: reference).submission)
        XCTAssertGreaterThan(try XCTUnwrap(hcm.submitted).localDay, plan.deadline)
    }

    /// The committed corpus is exactly what the generator writes, so anyone can regenerate it.
    func testGeneratorReproducesTheCommittedInputs() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Scripts/generate-inputs", "--out", dir.path]
        process.currentDirectoryURL = TestSupport.packageRoot
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let committed = InputFolder.xmlFilesRecursively(in: TestSupport.demoInputs)
        let generated = InputFolder.xmlFilesRecursively(in: dir.path)
        XCTAssertEqual(
            committed.map { String($0.dropFirst(TestSupport.demoInputs.count)) },
            generated.map { String($0.dropFirst(dir.path.count)) })
        for (a, b) in zip(committed, generated) {
            XCTAssertEqual(FileManager.default.contents(atPath: a), FileManager.default.contents(atPath: b), a)
        }
    }
}
