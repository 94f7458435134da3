import EmulationReview
import Foundation
import TestSupport
import XCTest

/// What decides "already sent" is what a reader receives, and it survives the loss of the state store: no change
/// of inputs that changes no report, and no sequence of store loss, damage or rebuild, sends a report twice.
final class NothingSentTwiceTests: XCTestCase {
    private var mail: MailRun!

    override func setUpWithError() throws {
        mail = try MailRun()
        for year in [2024, 2025] {
            try mail.tiny.year(
                year,
                [.init(code: "01", participants: 120, target: 100), .init(code: "03", participants: 12, target: 10)])
        }
    }

    override func tearDown() {
        mail.stop()
        super.tearDown()
    }

    private func runOK(_ extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws
        -> TestSupport.Output
    {
        let result = try mail.run(extra)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr, file: file, line: line)
        return result
    }

    func testAChangeOfInputsThatChangesNoReportSendsNothing() throws {
        _ = try runOK()
        XCTAssertEqual(try mail.received(), 2, "the first run sends 2024 and 2025")
        // A line added at the end of a 2024 file: the 2024 report lists the file's new digest, so it is revised;
        // 2025 reads 2024 only for the change on the year before, and none of its files or sentences change.
        let file = mail.tiny.root.appendingPathComponent("2024/01.xml")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        let second = try runOK()
        XCTAssertTrue(second.stdout.contains("2025: report published"), second.stdout)
        XCTAssertTrue(second.stdout.contains("2024: report sent to lanhdao@example.vn (revised)"), second.stdout)
        XCTAssertFalse(second.stdout.contains("2025: report sent"), second.stdout)
        XCTAssertEqual(try mail.received(), 3)
    }

    func testLosingDamagingOrRebuildingTheStoreSendsNothingAgain() throws {
        _ = try runOK()
        XCTAssertEqual(try mail.received(), 2)
        let store = mail.state.appendingPathComponent("state.sqlite")
        func removeStore() {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store.path + suffix) }
        }

        removeStore()
        let deleted = try runOK()
        XCTAssertTrue(
            deleted.stderr.contains("was missing or empty and has been created anew; 2 deliveries were recovered"),
            deleted.stderr)
        XCTAssertEqual(try mail.received(), 2, "a deleted store")

        removeStore()
        XCTAssertTrue(FileManager.default.createFile(atPath: store.path, contents: Data()))
        _ = try runOK()
        XCTAssertEqual(try mail.received(), 2, "a store truncated to nothing")

        removeStore()
        XCTAssertTrue(FileManager.default.createFile(atPath: store.path, contents: Data(repeating: 0x5A, count: 8192)))
        let damaged = try mail.run()
        XCTAssertEqual(damaged.status, 74, damaged.stderr)
        XCTAssertTrue(damaged.stderr.contains("--rebuild-state"), damaged.stderr)
        _ = try runOK(["--rebuild-state"])
        XCTAssertEqual(try mail.received(), 2, "a damaged store, then its rebuild")

        _ = try runOK(["--rebuild-state"])
        _ = try runOK()
        XCTAssertEqual(try mail.received(), 2, "a rebuild of a healthy store, then a cron run")
    }

    func testAFullDiskIsReportedAsAFullDisk() throws {
        let disk = mail.work.appendingPathComponent("small-disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = try TestSupport.runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.path])
        guard mount.status == 0 else {
            throw XCTSkip("a small tmpfs cannot be mounted here (needs root): \(mount.stderr)")
        }
        defer { _ = try? TestSupport.runTool("/bin/umount", [disk.path]) }
        try mail.configure(state: disk.appendingPathComponent("state"))
        _ = try runOK()
        // Fill what is left of the disk, then change an input so that the run must write to the store.
        _ = try TestSupport.runTool("/bin/dd", ["if=/dev/zero", "of=\(disk.path)/filler", "bs=4k"])
        try mail.tiny.year(2025, [.init(code: "01", participants: 121, target: 100)])
        let full = try mail.run()
        XCTAssertEqual(full.status, 74, full.stdout + full.stderr)
        XCTAssertTrue(full.stderr.contains("No space left on device"), full.stderr)
        XCTAssertFalse(full.stderr.contains("damaged"), full.stderr)

        // Reports on the full disk: the publish fails as a full disk and takes its staging folder with it.
        let reports = disk.appendingPathComponent("reports")
        try FileManager.default.removeItem(atPath: "\(disk.path)/filler")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        _ = try TestSupport.runTool("/bin/dd", ["if=/dev/zero", "of=\(disk.path)/filler", "bs=4k"])
        let publish = try TestSupport.run([
            "run", "--period", "2025", "--no-email", "--inputs", mail.tiny.root.path, "--reports", reports.path,
            "--state", mail.work.appendingPathComponent("other-state").path,
        ])
        XCTAssertEqual(publish.status, 74, publish.stdout + publish.stderr)
        XCTAssertTrue(publish.stderr.contains("No space left on device"), publish.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: reports.path), [], "no staging folder is left")
    }
}
