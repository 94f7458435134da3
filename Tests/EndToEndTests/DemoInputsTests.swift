import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The committed demo inputs through the real binary: every file valid but the one planted to be rejected.
final class DemoInputsTests: XCTestCase {
    func testValidateAcceptsTheDemoAndRejectsOnlyBacNinh2018AndCanTho2021() throws {
        let out = try TestSupport.run(["validate", "--lang", "en", "--inputs", "Inputs", "Inputs"])
        XCTAssertEqual(out.status, 65, out.stderr)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, out.stdout)
        XCTAssertTrue(lines[0].hasPrefix("Inputs/2018/27.xml:4:"), lines[0])
        XCTAssertTrue(lines[0].contains("error: [workforce.exceeds-total]"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Inputs/2018/27.xml:51:"), lines[1])
        XCTAssertTrue(
            lines[1].contains(
                "error: [person.duplicate-id] id 2701208738 (Nguyễn Thị Thư) is already listed at line 48: delete this repeated entry"
            ),
            lines[1])
        XCTAssertTrue(lines[2].hasPrefix("Inputs/2021/92.xml:4:"), lines[2])
        XCTAssertTrue(lines[2].contains("error: [workforce.exceeds-total]"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("Inputs/2021/92.xml:"), lines[3])
        XCTAssertTrue(lines[3].contains("error: [person.duplicate-id]"), lines[3])
        XCTAssertEqual(
            lines[4],
            "808 files checked: 804 valid, 2 valid but superseded by a later revision, 2 invalid (4 errors, 0 warnings)"
        )
    }

    func testPlantedCasesAreWhatTheREADMESays() throws {
        let inputs = TestSupport.demoInputs
        let ingestor = Ingestor(schemas: TestSupport.schemas)
        let reference = try XCTUnwrap(ingestor.loadReference(inputs: inputs).data)
        // 63 provincial offices to 28 Feb 2025, 35 regional offices to 30 Jun 2025, 34 provincial offices after.
        let provincial = reference.registry.agencies.filter { $0.level == .provincial }
        XCTAssertEqual(provincial.filter { $0.reports(forYear: 2024) }.count, 63)
        XCTAssertEqual(provincial.filter { $0.exists(on: Day(year: 2025, month: 3, day: 1)) }.count, 35)
        XCTAssertEqual(provincial.filter { $0.reports(forYear: 2025) }.count, 34)
        XCTAssertEqual(reference.agencies["01"]?.place, "Hà Nội")
        // Region VIII (Hải Phòng, Thái Bình) split: each former province goes where its part went.
        let end2025 = Day(year: 2025, month: 12, day: 31)
        XCTAssertEqual(reference.lineage.heir(of: "31", on: end2025), "P31")
        XCTAssertEqual(reference.lineage.heir(of: "34", on: end2025), "P33")
        XCTAssertEqual(reference.lineage.heir(of: "KV08", on: end2025), "KV08")
        XCTAssertEqual(reference.lineage.heir(of: "31", on: Day(year: 2025, month: 4, day: 1)), "KV08")
        XCTAssertEqual(reference.agencies["P75"]?.cluster, reference.agencies["P96"]?.cluster)
        // Nghệ An corrects its 2024 report: revision 2 stands.
        var present = ingestor.ingest(["40.xml", "40-r2.xml"].map { "\(inputs)/2024/\($0)" }, reference: reference)
        Resubmissions.resolve(&present)
        XCTAssertEqual(present.map(\.outcome), [.superseded, .accepted])
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
