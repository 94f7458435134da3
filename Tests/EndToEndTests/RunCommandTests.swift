import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// `emulation-review run` through the real binary on the demo inputs and on small folders made for the case.
final class RunCommandTests: XCTestCase {
    /// One published 2016–2020 demo review shared by the tests that only read it.
    nonisolated(unsafe) static var demo: URL?

    static func demoReport() throws -> URL {
        if let demo { return demo }
        let reports = try TestSupport.temporaryDirectory()
        let out = try TestSupport.run(["run", "--period", "2016-2020", "--reports", reports.path])
        guard out.status == 0 else { throw NSError(domain: "run failed: \(out.stderr)", code: Int(out.status)) }
        demo = reports.appendingPathComponent("2016-2020")
        return demo!
    }

    static func csv(_ name: String, in folder: URL) throws -> [[String: String]] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return CSVTestReader.records(String(decoding: data, as: UTF8.self))
    }

    func testRunPublishesEveryFileAndSaysWhatItDid() throws {
        let reports = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let out = try TestSupport.run(["run", "--lang", "en", "--period", "2016-2020", "--reports", reports.path])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertEqual(
            out.stdout,
            "2016-2020: report published in \(reports.path)/2016-2020 — agencies expected 355, accepted 353, rejected 1, missing 1, late 1\n"
        )
        let names = try FileManager.default.contentsOfDirectory(
            atPath: reports.appendingPathComponent("2016-2020").path
        ).sorted()
        for expected in [
            "review.html", "submissions.csv", "indicators.csv", "rankings.csv", "awards.csv", "nominations.csv",
            "movements.csv",
            "findings.csv", "form-0701.csv", "form-0702.csv", "form-0703.csv", "manifest.json", "documents.csv",
        ] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        XCTAssertFalse(names.contains { $0.hasPrefix(".") })
    }

    /// `--date` dates the report, `--as-of` its figures; `EMULATION_REVIEW_DATE` is the configuration's date.
    func testTheReportsDateIsItsOwnBesideTheFiguresDate() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        let reports = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        func published(_ extra: [String], environment: [String: String] = [:]) throws -> (String?, String?, String) {
            let args = ["run", "--period", "2024", "--inputs", tiny.root.path, "--reports", reports.path] + extra
            let out = try TestSupport.run(args, environment: environment)
            XCTAssertEqual(out.status, 0, out.stderr)
            let folder = reports.appendingPathComponent("2024")
            let manifest =
                try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
                as? [String: Any]
            let html = try String(contentsOf: folder.appendingPathComponent("review.html"), encoding: .utf8)
            return (manifest?["date"] as? String, manifest?["asOf"] as? String, html)
        }
        let plain = try published([])
        XCTAssertEqual([plain.0, plain.1], ["2025-01-10", "2024-12-31"], "dated by the submission time, not today")
        let dated = try published(["--date", "2025-02-03", "--as-of", "2024-12-30"])
        XCTAssertEqual([dated.0, dated.1], ["2025-02-03", "2024-12-30"])
        XCTAssertTrue(dated.2.contains("Hà Nội, ngày 03 tháng 02 năm 2025"))
        XCTAssertTrue(dated.2.contains("Số liệu đến ngày 30/12/2024"))
        let configured = try published([], environment: ["EMULATION_REVIEW_DATE": "2025-02-04"])
        XCTAssertEqual(configured.0, "2025-02-04")
        XCTAssertEqual(try TestSupport.run(["run", "--period", "2024", "--date", "3/2/2025"]).status, 64)
    }

    /// The seed report's figures, read back from the CSV files.
    func testTheSeedFiguresAreInTheCSVs() throws {
        let folder = try Self.demoReport()
        let indicators = try Self.csv("indicators.csv", in: folder).filter { $0["scope"] == "sector" }
        func sector(_ year: Int, _ code: String) -> [String: String]? {
            indicators.first { $0["year"] == String(year) && $0["indicator"] == code }
        }
        XCTAssertEqual(sector(2015, "PARTICIPANTS")?["actual"], "70200000")
        XCTAssertEqual(sector(2019, "PARTICIPANTS")?["actual"], "86500000")
        XCTAssertEqual(sector(2020, "PARTICIPANTS")?["actual"], "86400000")
        XCTAssertEqual(sector(2020, "PARTICIPANTS")?["plan"], "88037497")
        XCTAssertEqual(sector(2020, "PARTICIPANTS")?["fulfilment_percent"], "98.14")
        XCTAssertEqual(sector(2020, "SI-VOLUNTARY")?["actual"], "786173")
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
            as? [String: Any]
        XCTAssertEqual(manifest?["asOf"] as? String, "2020-08-31", "the 2020 figures are as of 31 August 2020")
        XCTAssertEqual(
            manifest?["date"] as? String, "2020-10-09", "the report is dated by its latest decision, of 9 October 2020")

        let documents = try Self.csv("documents.csv", in: folder).filter { $0["issuer"] == "VSS" }
        XCTAssertEqual(
            (2016...2020).map { year in documents.filter { $0["year"] == String(year) }.count }, [20, 55, 48, 25, 25])

        let kinds = try Self.csv("movements.csv", in: folder).map { $0["kind"]! }
        XCTAssertEqual(
            ["prime-minister", "phased", "annual", "thematic"].map { kind in kinds.filter { $0 == kind }.count },
            [4, 2, 5, 10])

        let awards = try Self.csv("awards.csv", in: folder).filter { $0["year"] == "2020" }
        func count(_ prefix: String, collective: Bool) -> Int {
            awards.filter { $0["award"]!.hasPrefix(prefix) && ($0["recipient_kind"] != "person") == collective }.count
        }
        XCTAssertEqual(count("HCLD-", collective: true), 11)
        XCTAssertEqual(count("HCLD-", collective: false), 6)
        XCTAssertEqual(count("CTD-CP", collective: true), 8)
        XCTAssertEqual(count("BK-TTG", collective: true), 7)
        XCTAssertEqual(count("BK-TTG", collective: false), 14)

        // The reward fund of the phase: every award but the Giấy khen has a multiple, a collective's Labour Order
        // twice an individual's.
        let phaseAwards = try Self.csv("awards.csv", in: folder)
        let fund = phaseAwards.compactMap { Decimal(string: $0["reward_vnd"] ?? "") }.reduce(0, +)
        XCTAssertEqual(fund, 9_044_052_000)
        let unpriced = phaseAwards.filter { ($0["bonus_multiple"] ?? "").isEmpty }
        XCTAssertEqual(unpriced.count, 619)
        XCTAssertEqual(Set(unpriced.map { $0["award"] ?? "" }), ["GK"])
        let order = phaseAwards.filter { $0["award"] == "HCLD-3" && $0["date"]?.hasPrefix("2020") == true }
        XCTAssertEqual(Set(order.filter { $0["recipient_kind"] == "person" }.map { $0["bonus_multiple"] }), ["4.5"])
        XCTAssertEqual(Set(order.filter { $0["recipient_kind"] != "person" }.map { $0["bonus_multiple"] }), ["9"])

        // The same figures in form 0702.N (state-level awards of Circular 03/2018/TT-BNV, in force for 2020):
        // column 2 the orders' collectives, 8 the Government flag, 10 the Prime Minister's certificates to people.
        let form = try Self.csv("form-0702.csv", in: folder)
        let total = try XCTUnwrap(form.first { $0["row"] == "01" })
        XCTAssertEqual(total["8"], "8")
        XCTAssertEqual(total["10"], "14")
        XCTAssertEqual(total["2"], "11")
    }

    /// A second, independent route: Python's ElementTree over the same XML must agree with the CSVs.
    func testAnIndependentRecomputationAgrees() throws {
        let folder = try Self.demoReport()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Tests/crosscheck/crosscheck.py", "Inputs", folder.path, "2016-2020"]
        process.currentDirectoryURL = TestSupport.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        XCTAssertTrue(output.hasSuffix("all totals agree\n"), output)
    }

    func testPlantedCasesInSubmissionsCSV() throws {
        let rows = try Self.csv("submissions.csv", in: try Self.demoReport())
        func states(_ year: String, _ agency: String) -> [String] {
            rows.filter { $0["year"] == year && $0["agency"] == agency }.map { $0["status"]! }.sorted()
        }
        XCTAssertEqual(states("2020", "79"), ["accepted-late"])
        XCTAssertEqual(states("2019", "31"), ["accepted-on-time", "superseded"])
        XCTAssertEqual(states("2017", "TW08"), ["missing"])
        XCTAssertEqual(states("2018", "27"), ["rejected"])
    }

    /// The eligibility review finds exactly the five problems planted in the demo, each with its rule.
    func testEligibilityFindsThePlantedProblems() throws {
        let folder = try Self.demoReport()
        let rows = try Self.csv("nominations.csv", in: folder).filter { $0["verdict"] == "not-eligible" }
        let found = rows.map {
            "\($0["file"]!) \($0["recipient"]!) \($0["rules"]!.split(separator: " ").first { _ in true } ?? "")"
        }
        XCTAssertEqual(
            Set(rows.map { "\($0["file"]!) \($0["recipient"]!)" }),
            [
                "Inputs/2017/66.xml 6618648131", "Inputs/2018/40.xml 4010278377", "Inputs/2019/37.xml 3789068872",
                "Inputs/2019/44.xml 44-08", "Inputs/2020/52.xml 5220212715",
            ], "\(found)")
        let reasons = rows.map { $0["reasons"]! }.joined(separator: "\n")
        for code in [
            "eligibility.grassroots-fighter:", "eligibility.discipline-blocks-award:",
            "eligibility.excellent-collective:",
            "eligibility.pm-certificate:",
        ] {
            XCTAssertTrue(reasons.contains(code), "\(code) in \(reasons)")
        }
        let findings = try Self.csv("findings.csv", in: folder).filter { $0["code"]!.hasPrefix("eligibility.") }
        XCTAssertEqual(findings.count, 5)
        XCTAssertTrue(findings.allSatisfy { $0["severity"] == "warning" && Int($0["line"]!)! > 1 })
        // Incomplete rosters are said to be so, not guessed (in the report's language, Vietnamese by default).
        let unverified = try Self.csv("nominations.csv", in: folder).filter { $0["verdict"] == "cannot-verify" }
        XCTAssertTrue(unverified.contains { $0["reasons"]!.contains("không tính được tỷ lệ Lao động tiên tiến") })
    }

    /// Every award of the demo is judged but those without an established rule (collectives' and agencies'
    /// certificates and Labour Orders); the flags follow the review's own ranking, and only the central units,
    /// which the ranking cannot score, cannot be verified; the collective rules decide on the collectives' counts.
    func testEveryDemoAwardIsJudgedOrNamed() throws {
        let rows = try Self.csv("nominations.csv", in: try Self.demoReport())
        let notChecked = Set(
            rows.filter { $0["verdict"] == "not-checked" }.map { "\($0["award"]!) \($0["recipient_kind"]!)" })
        XCTAssertEqual(
            notChecked,
            [
                "BK-TGD collective", "BK-TTG collective", "BK-TTG agency", "HCLD-1 agency", "HCLD-2 agency",
                "HCLD-3 agency", "HCLD-3 collective",
            ])
        let flags = rows.filter { ["CTD-BHXH", "CTD-CP"].contains($0["award"]!) }
        XCTAssertEqual(flags.count, 99)
        for flag in flags where flag["verdict"] != "eligible" {
            XCTAssertEqual(flag["verdict"], "cannot-verify")
            XCTAssertTrue(flag["recipient"]!.hasPrefix("TW"), "\(flag)")
        }
        // The collectives give their counts of title holders, but for Hà Nội's 2016 report, written without them.
        let collectives = rows.filter { $0["recipient_kind"] == "collective" && $0["verdict"] == "cannot-verify" }
        XCTAssertEqual(collectives.count, 10)
        XCTAssertEqual(Set(collectives.map { $0["file"]! }), ["Inputs/2016/01.xml"])
        let orders = rows.filter { $0["award"]!.hasPrefix("HCLD-") && $0["recipient_kind"] == "person" }
        XCTAssertEqual(orders.count, 12)
        XCTAssertTrue(orders.allSatisfy { $0["verdict"] == "cannot-verify" && $0["rules"]!.contains("labour-order") })
    }

    func testSameInputsGiveByteIdenticalReports() throws {
        let a = try TestSupport.temporaryDirectory()
        let b = try TestSupport.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        for folder in [a, b] {
            XCTAssertEqual(try TestSupport.run(["run", "--period", "2020", "--reports", folder.path]).status, 0)
        }
        let names = try XCTUnwrap(
            FileManager.default.subpathsOfDirectory(atPath: a.appendingPathComponent("2020").path)
        )
        .filter { !$0.hasSuffix("agencies") }.sorted()
        XCTAssertTrue(names.contains("agencies/01.html"))
        for name in names {
            XCTAssertEqual(
                try Data(contentsOf: a.appendingPathComponent("2020/\(name)")),
                try Data(contentsOf: b.appendingPathComponent("2020/\(name)")), name)
        }
    }

    func testCSVFormat() throws {
        let folder = try Self.demoReport()
        let data = try Data(contentsOf: folder.appendingPathComponent("indicators.csv"))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark by default, for Excel")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(
            text.hasPrefix(
                "year,scope,code,name,indicator,indicator_name,unit,better,plan,actual,fulfilment_percent,previous_actual,change,change_percent,reporting,planned,includes_former\r\n"
            ))
        XCTAssertTrue(text.contains(",\"Người tham gia BHXH, BHYT, BHTN\","), "a comma in a field is quoted")

        let reports = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        XCTAssertEqual(
            try TestSupport.run(["run", "--period", "2020", "--no-bom", "--reports", reports.path]).status, 0)
        let plain = try Data(contentsOf: reports.appendingPathComponent("2020/indicators.csv"))
        XCTAssertEqual(Array(plain.prefix(4)), Array("year".utf8))
    }

    /// A name starting with "=" reaches the CSV defused, and quotes are doubled.
    func testFormulaInjectionIsDefused() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        let text = tiny.submission(.init(code: "01", participants: 100, target: 100), year: 2024)
            .replacingOccurrences(
                of: "</submission>",
                with: """
                      <people>
                        <person id="0100000001" name="=HYPERLINK(&quot;http://x&quot;)" gender="female" ethnicMinority="false" worksDirectly="true" level="staff" rating="good">
                          <title award="LDTT" decision="@1/QĐ" date="2024-12-20"/>
                        </person>
                      </people>
                      <nominations><nomination recipientKind="person" recipient="0100000001" award="LDTT">-1+1</nomination></nominations>
                    </submission>
                    """)
        try tiny.write("2024/01.xml", text)
        let reports = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let out = try TestSupport.run([
            "run", "--period", "2024", "--inputs", tiny.root.path, "--reports", reports.path,
        ])
        XCTAssertEqual(out.status, 0, out.stderr + out.stdout)
        let awards = try String(contentsOf: reports.appendingPathComponent("2024/awards.csv"), encoding: .utf8)
        XCTAssertTrue(awards.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), awards)
        XCTAssertTrue(awards.contains(",'@1/QĐ,"), awards)
        let nominations = try String(
            contentsOf: reports.appendingPathComponent("2024/nominations.csv"), encoding: .utf8)
        XCTAssertTrue(nominations.contains(",'-1+1,"), nominations)
    }

    func testExitStatuses() throws {
        let reports = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let none = try TestSupport.run(["run", "--lang", "en", "--period", "2030", "--reports", reports.path])
        XCTAssertEqual(none.status, 66, none.stderr)
        XCTAssertTrue(none.stderr.contains("no input files for 2030"), none.stderr)
        XCTAssertEqual(try TestSupport.run(["run", "--period", "20-21"]).status, 64)
        // A span of years that is not one of the catalogue's phases is a usage error that lists the phases.
        let span = try TestSupport.run(["run", "--lang", "en", "--period", "2016-2022", "--reports", reports.path])
        XCTAssertEqual(span.status, 64, span.stderr)
        XCTAssertTrue(span.stderr.contains("2016-2022 is not a phase of the sector"), span.stderr)
        XCTAssertTrue(span.stderr.contains("lists 2011-2015, 2016-2020, 2021-2025, 2026-2030"), span.stderr)
        XCTAssertEqual(try TestSupport.run(["run", "--period", "2020", "--lang", "fr"]).status, 64)
        // The reports "folder" is a file: it cannot be written.
        let blocker = reports.appendingPathComponent("blocked")
        try Data("x".utf8).write(to: blocker)
        let blocked = try TestSupport.run(["run", "--period", "2020", "--reports", blocker.path])
        XCTAssertEqual(blocked.status, 73, blocked.stderr)
    }

    /// Without --lang and without a configuration that says otherwise, a failure speaks Vietnamese; the exit status,
    /// the period and the configuration's key read the same in both languages.
    func testFailuresSpeakVietnameseByDefault() throws {
        let work = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let reports = work.appendingPathComponent("reports").path
        let span = try TestSupport.run(["run", "--period", "2016-2022", "--reports", reports])
        XCTAssertEqual(span.status, 64, span.stderr)
        XCTAssertTrue(
            span.stderr.contains("emulation-review: 2016-2022 không phải là giai đoạn thi đua của ngành"), span.stderr)
        XCTAssertTrue(span.stderr.contains("có các giai đoạn 2011-2015, 2016-2020, 2021-2025, 2026-2030"), span.stderr)
        XCTAssertFalse(span.stderr.contains("is not a phase"), span.stderr)

        // A configuration that cannot be loaded says so in --lang when given, else in Vietnamese.
        let config = work.appendingPathComponent("config.yaml")
        try "lang: fr\n".write(to: config, atomically: true, encoding: .utf8)
        for command in ["run", "status"] {
            let bad = try TestSupport.run([command, "--config", config.path])
            XCTAssertEqual(bad.status, 78, bad.stderr)
            XCTAssertEqual(bad.stderr, "emulation-review: lang có giá trị \"fr\"; chỉ dùng vi hoặc en\n")
            let english = try TestSupport.run([command, "--lang", "en", "--config", config.path])
            XCTAssertEqual(english.stderr, "emulation-review: lang is \"fr\"; use vi or en\n")
        }
        let send = try TestSupport.run(["send", "--period", "2025", "--reports", reports])
        XCTAssertEqual(send.status, 78, send.stderr)
        XCTAssertTrue(send.stderr.contains("chưa có cấu hình thư: hãy thêm mục mail vào tệp cấu hình"), send.stderr)
    }

    /// A run that dies after writing its files but before the swap leaves the previous report whole; the next
    /// run cleans up and publishes.
    func testACrashBeforePublishingLeavesThePreviousReportWhole() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2024, [.init(code: "01", participants: 100, target: 100)])
        let reports = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let args = ["run", "--period", "2024", "--inputs", tiny.root.path, "--reports", reports.path]
        XCTAssertEqual(try TestSupport.run(args).status, 0)
        let published = reports.appendingPathComponent("2024")
        let before = try Data(contentsOf: published.appendingPathComponent("manifest.json"))
        // The agency corrects its figures; the next run crashes just before the swap.
        try tiny.write(
            "2024/01-r2.xml",
            tiny.submission(.init(code: "01", participants: 120, target: 100), year: 2024, revision: 2))
        setenv(Publisher.abortBeforeSwapVariable, "1", 1)
        let crashed = try TestSupport.run(args)
        unsetenv(Publisher.abortBeforeSwapVariable)
        XCTAssertNotEqual(crashed.status, 0)
        XCTAssertEqual(try Data(contentsOf: published.appendingPathComponent("manifest.json")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: reports.path).filter {
            $0.contains("staging")
        }
        XCTAssertEqual(leftovers.count, 1, "the crashed run's staging folder is still there")
        // The next run completes the work and cleans up.
        XCTAssertEqual(try TestSupport.run(args).status, 0)
        XCTAssertNotEqual(try Data(contentsOf: published.appendingPathComponent("manifest.json")), before)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: reports.path).filter { !$0.hasPrefix(".") }.sorted(),
            ["2024", "index.html"])
        XCTAssertFalse(
            try FileManager.default.contentsOfDirectory(atPath: reports.path).contains { $0.contains("staging") })
        let indicators = try String(contentsOf: published.appendingPathComponent("indicators.csv"), encoding: .utf8)
        XCTAssertTrue(
            indicators.contains(
                "2024,agency,01,Bảo hiểm xã hội tỉnh Một,PARTICIPANTS,Người tham gia,persons,higher,100,120,120,"),
            indicators)
    }
}

/// Reads the CSV the program writes (RFC 4180, optional BOM) into records by header name.
enum CSVTestReader {
    static func records(_ text: String) -> [[String: String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                field = ""
                if row != [""] { rows.append(row) }
                row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
