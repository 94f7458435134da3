import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// The cron job through the real binary: incremental runs, the lock, the state store, the configuration.
final class UnattendedRunTests: XCTestCase {
    private var tiny: TinyInputs!
    private var reports: URL!

    override func setUpWithError() throws {
        tiny = try TinyInputs()
        try tiny.year(
            2023, [.init(code: "01", participants: 90, target: 100), .init(code: "03", participants: 9, target: 10)])
        try tiny.year(
            2024, [.init(code: "01", participants: 100, target: 100), .init(code: "03", participants: 10, target: 10)])
        try tiny.year(
            2025, [.init(code: "01", participants: 120, target: 100), .init(code: "03", participants: 12, target: 10)])
        reports = try TestSupport.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        tiny.remove()
        try? FileManager.default.removeItem(at: reports)
    }

    /// The cron run, its messages in English (the reports too).
    private func cron(_ extra: [String] = []) throws -> TestSupport.Output {
        try TestSupport.run(["run", "--lang", "en", "--inputs", tiny.root.path, "--reports", reports.path] + extra)
    }

    private func lines(_ out: TestSupport.Output) -> [String] {
        out.stdout.split(separator: "\n").map(String.init)
    }

    func testFirstRunPublishesEverythingThenNothingChanges() throws {
        let first = try cron()
        XCTAssertEqual(first.status, 0, first.stderr)
        // The three years, and the configured phase 2021-2025 (the default phases are 2016-2020 and 2021-2025).
        XCTAssertEqual(
            lines(first).map { String($0.prefix(while: { $0 != ":" })) }, ["2023", "2024", "2025", "2021-2025"])
        let second = try cron()
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stdout, "nothing changed since the last run\n")
        XCTAssertEqual(try cron(["--quiet"]).stdout, "", "--quiet prints nothing when nothing needs a person")
        // Touching a file without changing it costs a digest, not a rebuild.
        let file = tiny.root.appendingPathComponent("2024/01.xml")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        XCTAssertEqual(try cron().stdout, "nothing changed since the last run\n")
    }

    /// A change in 2024 rebuilds 2024 (its year), 2025 (which compares with 2024 and reads its history) and the
    /// phase 2021-2025, not 2023.
    func testAChangeRebuildsExactlyTheReportsThatReadIt() throws {
        XCTAssertEqual(try cron().status, 0)
        let before2023 = try Data(contentsOf: reports.appendingPathComponent("2023/manifest.json"))
        try tiny.write(
            "2024/01-r2.xml",
            tiny.submission(.init(code: "01", participants: 105, target: 100), year: 2024, revision: 2))
        let out = try cron()
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertEqual(lines(out).map { String($0.prefix(while: { $0 != ":" })) }, ["2024", "2025", "2021-2025"])
        XCTAssertEqual(try Data(contentsOf: reports.appendingPathComponent("2023/manifest.json")), before2023)
        XCTAssertEqual(try cron().stdout, "nothing changed since the last run\n")
        // A deleted file is a change too.
        try FileManager.default.removeItem(at: tiny.root.appendingPathComponent("2024/01-r2.xml"))
        XCTAssertEqual(lines(try cron()).count, 3)
    }

    func testAManualRerunRebuildsWhateverTheState() throws {
        XCTAssertEqual(try cron().status, 0)
        let out = try cron(["--period", "2023"])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.hasPrefix("2023: report published in"), out.stdout)
        XCTAssertEqual(
            try cron().stdout, "nothing changed since the last run\n", "a manual rerun does not hide changes from cron")
    }

    /// A run that dies during publishing leaves the old reports; the next run finishes the work.
    func testAfterACrashTheNextRunFinishesTheWork() throws {
        XCTAssertEqual(try cron().status, 0)
        let before = try Data(contentsOf: reports.appendingPathComponent("2025/manifest.json"))
        try tiny.write(
            "2025/03-r2.xml", tiny.submission(.init(code: "03", participants: 13, target: 10), year: 2025, revision: 2))
        setenv(Publisher.abortBeforeSwapVariable, "1", 1)
        let crashed = try cron()
        unsetenv(Publisher.abortBeforeSwapVariable)
        XCTAssertNotEqual(crashed.status, 0)
        XCTAssertEqual(try Data(contentsOf: reports.appendingPathComponent("2025/manifest.json")), before)
        let next = try cron()
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(lines(next).map { String($0.prefix(while: { $0 != ":" })) }, ["2025", "2021-2025"])
        XCTAssertNotEqual(try Data(contentsOf: reports.appendingPathComponent("2025/manifest.json")), before)
    }

    /// Two runs at once: the second exits 75 at once, naming the running process; with --wait it waits.
    func testOneRunAtATime() throws {
        XCTAssertEqual(try cron().status, 0)
        let lockPath = reports.appendingPathComponent(".state/run.lock").path
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            """
            import fcntl, sys, time
            f = open(sys.argv[1], "r+"); fcntl.flock(f, fcntl.LOCK_EX)
            f.truncate(0); f.write("process 4242 started at 2026-01-01T00:00:00Z\\n"); f.flush()
            print("locked", flush=True); time.sleep(20)
            """, lockPath,
        ]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        _ = pipe.fileHandleForReading.availableData  // "locked"
        let blocked = try cron()
        XCTAssertEqual(blocked.status, 75, blocked.stderr)
        XCTAssertTrue(
            blocked.stderr.contains("another run is in progress (process 4242 started at 2026-01-01T00:00:00Z)"),
            blocked.stderr)
        let waited = Date()
        XCTAssertEqual(try cron(["--wait", "1"]).status, 75)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(waited), 1)
        holder.terminate()
        holder.waitUntilExit()
        XCTAssertEqual(try cron().status, 0, "the lock goes with the process that held it")
    }

    func testADamagedStoreIsReportedAndRebuilt() throws {
        XCTAssertEqual(try cron().status, 0)
        let store = reports.appendingPathComponent(".state/state.sqlite")
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store.path + suffix) }
        try Data(repeating: 0x41, count: 8192).write(to: store)
        let damaged = try cron()
        XCTAssertEqual(damaged.status, 74)
        XCTAssertTrue(damaged.stderr.contains("is damaged; run again with --rebuild-state"), damaged.stderr)
        let rebuilt = try cron(["--rebuild-state"])
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertEqual(lines(rebuilt).count, 4, "a rebuilt store knows nothing: every report is brought up to date")
        let status = try TestSupport.run(["status", "--lang", "en", "--reports", reports.path])
        XCTAssertEqual(status.status, 0)
        XCTAssertTrue(status.stdout.contains("2025  published"), status.stdout)
    }

    /// `status` in the reader's language: Vietnamese headings and words with --lang vi (and by default), English
    /// with --lang en; dates, periods, digests, commands and exit statuses the same in both.
    func testStatusSpeaksTheChosenLanguage() throws {
        XCTAssertEqual(try cron().status, 0)
        let quiet = try TestSupport.run(["run", "--inputs", tiny.root.path, "--reports", reports.path])
        XCTAssertEqual(quiet.stdout, "không có gì thay đổi kể từ lần chạy trước\n", "Vietnamese by default")
        let vi = try TestSupport.run(["status", "--lang", "vi", "--reports", reports.path])
        XCTAssertEqual(vi.status, 0, vi.stderr)
        let en = try TestSupport.run(["status", "--lang", "en", "--reports", reports.path])
        XCTAssertEqual(en.status, 0, en.stderr)
        XCTAssertEqual(try TestSupport.run(["status", "--reports", reports.path]).stdout, vi.stdout)
        for heading in [
            "kho trạng thái: ", "\ncác lần chạy gần đây:\n", "\nbáo cáo:\n", "\nthư cần xử lý:\n  không có\n",
        ] {
            XCTAssertTrue(vi.stdout.contains(heading), "\(heading) in\n\(vi.stdout)")
        }
        for heading in ["state: ", "\nlast runs:\n", "\nreports:\n", "\ndeliveries needing attention:\n  none\n"] {
            XCTAssertTrue(en.stdout.contains(heading), "\(heading) in\n\(en.stdout)")
        }
        XCTAssertTrue(vi.stdout.contains("  run  mã thoát 0  -  không có gì thay đổi\n"), vi.stdout)
        XCTAssertTrue(en.stdout.contains("  run  exit 0  -  nothing changed\n"), en.stdout)
        XCTAssertTrue(
            vi.stdout.contains("  run  mã thoát 0  2023 2024 2025 2021-2025  đã công bố 4 báo cáo, đã gửi 0 thư\n"),
            vi.stdout)
        XCTAssertTrue(
            en.stdout.contains("  run  exit 0  2023 2024 2025 2021-2025  4 reports published, 0 emails sent\n"),
            en.stdout)
        XCTAssertTrue(vi.stdout.contains("thư: chưa cấu hình thư\n"), vi.stdout)
        XCTAssertTrue(en.stdout.contains("email: no mail configured\n"), en.stdout)
        XCTAssertTrue(
            vi.stdout.contains("      2025: đã công bố báo cáo tại \(reports.path)/2025 — số lượt phải báo cáo "),
            vi.stdout)
        XCTAssertTrue(
            en.stdout.contains("      2025: report published in \(reports.path)/2025 — agencies expected "),
            en.stdout)
        XCTAssertFalse(vi.stdout.contains("published"), vi.stdout)
        // The same lines, word for word apart: the dates and digests are kept.
        let dates = #"\d{4}-\d{2}-\d{2}T[0-9:]+Z|[0-9a-f]{12}"#
        func kept(_ text: String) -> [String] {
            let expression = try! NSRegularExpression(pattern: dates)
            return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                String(text[Range($0.range, in: text)!])
            }
        }
        XCTAssertEqual(kept(vi.stdout), kept(en.stdout))
        XCTAssertEqual(vi.stdout.split(separator: "\n").count, en.stdout.split(separator: "\n").count)
    }

    func testConfigurationFileAndEnvironment() throws {
        let config = reports.appendingPathComponent("config.yaml")
        try """
        inputs: \(tiny.root.path)
        reports: \(reports.appendingPathComponent("out").path)
        state: \(reports.appendingPathComponent("state").path)
        phases: ["2024-2025"]
        lang: en
        """.write(to: config, atomically: true, encoding: .utf8)
        let out = try TestSupport.run(["run", "--config", config.path])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.contains("2024-2025: report published in \(reports.path)/out/2024-2025"), out.stdout)
        let html = try String(contentsOf: reports.appendingPathComponent("out/2024-2025/review.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<html lang=\"en\""))
        XCTAssertTrue(FileManager.default.fileExists(atPath: reports.appendingPathComponent("state/state.sqlite").path))

        try "lang: fr\n".write(to: config, atomically: true, encoding: .utf8)
        let bad = try TestSupport.run(["run", "--lang", "en", "--config", config.path])
        XCTAssertEqual(bad.status, 78)
        XCTAssertTrue(bad.stderr.contains("lang is \"fr\"; use vi or en"), bad.stderr)
        XCTAssertEqual(try TestSupport.run(["run", "--config", "/nonexistent.yaml"]).status, 78)

        // A CA file that cannot be read is the configuration's fault, said before anything is built or sent.
        try """
        mail:
          url: smtp://127.0.0.1:1
          from: thidua@example.vn
          to: [lanhdao@example.vn]
          caFile: /nonexistent/ca.pem
        """.write(to: config, atomically: true, encoding: .utf8)
        let ca = try TestSupport.run(["run", "--lang", "en", "--config", config.path])
        XCTAssertEqual(ca.status, 78, ca.stderr)
        XCTAssertTrue(ca.stderr.contains("mail.caFile is \"/nonexistent/ca.pem\""), ca.stderr)
    }
}
