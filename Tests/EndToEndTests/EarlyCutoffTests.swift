import Foundation
import TestSupport
import XCTest

/// Rebuilds that follow what changed: after a change of one year, the cron run rebuilds a report that reads the
/// year only as history just when what it used from it changed, reads its unchanged files from the fact cache,
/// and what it keeps is byte-identical to a full rebuild (which has a cache of its own, empty).
final class EarlyCutoffTests: XCTestCase {
    func testAnIndicatorChangeRebuildsItsYearsAndATitleChangeAlsoTheYearsThatJudgeItsHolder() throws {
        let work = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let inputs = work.appendingPathComponent("Inputs")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.demoInputs), to: inputs)
        func config(_ name: String) throws -> String {
            let path = work.appendingPathComponent("\(name).yaml").path
            try """
            inputs: \(inputs.path)
            reports: \(work.appendingPathComponent(name).path)
            state: \(work.appendingPathComponent(name + "-state").path)
            phases: ["2016-2020", "2021-2025", "2026-2030"]
            outputs: []
            """.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let cron = try config("reports")
        /// How many unchanged files the last run took from the fact cache.
        var cached = 0
        func run(_ path: String) throws -> [String] {
            let out = try TestSupport.run(["run", "--lang", "en", "--config", path])
            XCTAssertEqual(out.status, 0, out.stderr)
            cached =
                out.stderr.firstMatch(of: /(\d+) unchanged files? taken from the fact cache/).flatMap { Int($0.1) }
                ?? -1
            let line = out.stderr.split(separator: "\n").first { $0.contains("bringing up to date: ") }
            return line.map {
                $0.components(separatedBy: "bringing up to date: ")[1].split(separator: " ").map(String.init)
            }
                ?? []
        }
        func edit(_ file: String, _ from: String, _ to: String) throws {
            let url = inputs.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(text.contains(from), "\(file) holds \(from)")
            try text.replacingOccurrences(of: from, with: to).write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try run(cron).count, 15, "every year and phase from an empty state")
        XCTAssertEqual(cached, 0)

        // An indicator value of 2020: its own reports, 2021 (the year before it) and the phase with 2020 as its
        // baseline; the later years read 2020 only for their people's past and are kept.
        try edit("2020/01.xml", "code=\"PARTICIPANTS\" actual=\"7645980\"", "code=\"PARTICIPANTS\" actual=\"7645981\"")
        XCTAssertEqual(try run(cron), ["2020", "2021", "2016-2020", "2021-2025"])
        XCTAssertGreaterThan(cached, 300, "the unchanged files of 2009-2025 come from the fact cache")

        // A title of 2020 held by a person whose award the 2022 review judges on that past: 2022 too.
        try edit(
            "2020/06.xml", "      <title award=\"CSTDCS\" decision=\"2158/QĐ-BHXH\" date=\"2020-08-25\"/>\n", "")
        XCTAssertEqual(try run(cron), ["2020", "2021", "2022", "2016-2020", "2021-2025"])
        XCTAssertGreaterThan(cached, 300)

        // Nothing the incremental runs kept differs from a full rebuild of the same inputs.
        XCTAssertEqual(try run(try config("full")).count, 15)
        let kept = work.appendingPathComponent("reports")
        let full = work.appendingPathComponent("full")
        let files = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: full.path)).filter {
            !$0.hasPrefix(".") && !$0.contains("/.")
        }.sorted()
        XCTAssertGreaterThan(files.count, 200)
        for file in files {
            var isFolder: ObjCBool = false
            guard
                FileManager.default.fileExists(atPath: full.appendingPathComponent(file).path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            XCTAssertEqual(
                FileManager.default.contents(atPath: kept.appendingPathComponent(file).path),
                FileManager.default.contents(atPath: full.appendingPathComponent(file).path), file)
        }
    }
}
