import Foundation
import TestSupport
import XCTest

/// The demo of today through the real binary: the 2021–2025 phase across the 2025 reorganisation, its years
/// alone, and 2026 as of late November.
final class PresentTests: XCTestCase {
    nonisolated(unsafe) static var reports: URL?

    /// The 2021–2025, 2023 and 2026 reviews of the demo, published once for the tests that read them.
    static func published() throws -> URL {
        if let reports { return reports }
        let folder = try TestSupport.temporaryDirectory()
        for period in ["2021-2025", "2023", "2026"] {
            let out = try TestSupport.run(["run", "--lang", "en", "--period", period, "--reports", folder.path])
            guard out.status == 0 else { throw NSError(domain: "run \(period): \(out.stderr)", code: 1) }
        }
        reports = folder
        return folder
    }

    static func csv(_ name: String, _ period: String) throws -> [[String: String]] {
        try RunCommandTests.csv(name, in: published().appendingPathComponent(period))
    }

    /// The phase ranks the 34 provincial offices of its end, each with its former provinces inside: every one of
    /// the 63 provinces of 2020 is in exactly one of them, and each office has one score a year.
    func testThePhaseRanksTheThirtyFourOfficesWithTheirPredecessorsInside() throws {
        let phase = try Self.csv("rankings.csv", "2021-2025").filter { $0["period"] == "2021-2025" }
        let offices = phase.filter { $0["agency"]!.hasPrefix("P") }
        XCTAssertEqual(offices.count, 34)
        XCTAssertEqual(Set(offices.map { $0["cluster"]! }).count, 8)
        // Every office is scored each year but Cần Thơ (P92) in 2021, when 92's report was rejected: its 2021
        // figures lack a third of the office, so they are not compared with the whole office's plan.
        XCTAssertEqual(
            offices.filter { $0["years_scored"] != "5" }.map { "\($0["agency"]!) \($0["years_scored"]!)" }, ["P92 4"])
        let canTho = try Self.csv("indicators.csv", "2021-2025").filter {
            $0["scope"] == "agency" && $0["code"] == "P92" && $0["year"] == "2021"
        }
        XCTAssertEqual(canTho.count, 9)
        for row in canTho {
            XCTAssertEqual([row["reporting"], row["planned"], row["fulfilment_percent"]], ["2", "3", ""], "\(row)")
        }
        // The office's page says why 2021 has no % of plan.
        let page = try String(
            contentsOf: Self.published().appendingPathComponent("2021-2025/agencies/P92.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("2021 has the figures of 2 of the 3 agencies given a plan"), "P92.html")
        // The phase's ranking says which year its score leaves out, and the agencies' table that one of the
        // office's reports of 2021 was rejected.
        let review = try String(
            contentsOf: Self.published().appendingPathComponent("2021-2025/review.html"), encoding: .utf8)
        XCTAssertEqual(review.components(separatedBy: "Not scored in ").count - 1, 1)
        XCTAssertTrue(review.contains("Not scored in 2021: no figures of "), "no reason for 2021")
        XCTAssertTrue(review.contains("(92, report rejected)"), "the rejected former agency is not named")
        let states = try Self.csv("agencies.csv", "2021-2025").filter { $0["agency"] == "P92" }
        XCTAssertEqual(
            states.map { "\($0["year"]!) \($0["submission_status"]!)" },
            [
                "2021 rejected", "2022 accepted-on-time", "2023 accepted-on-time", "2024 accepted-on-time",
                "2025 accepted-on-time",
            ])
        // No demo submission lists its emulation work: forms 0604.N and 0605.N have empty cells, not zeros.
        for form in ["form-0604.csv", "form-0605.csv"] {
            let cells = try Self.csv(form, "2021-2025").flatMap { row in row.filter { $0.key.first!.isNumber } }
            XCTAssertFalse(cells.isEmpty)
            XCTAssertTrue(cells.allSatisfy { $0.value.isEmpty }, "\(form): \(cells)")
        }
        var former: [String] = []
        for row in offices {
            former += row["includes_former"]!.split(separator: " ").map(String.init).filter { !$0.hasPrefix("KV") }
        }
        XCTAssertEqual(former.count, 63, former.joined(separator: " "))
        XCTAssertEqual(Set(former).count, 63)
        let haiPhong = try XCTUnwrap(offices.first { $0["agency"] == "P31" })
        XCTAssertEqual(haiPhong["includes_former"], "30 31")
        // No 2020 province is ranked on its own beside its successor, in the phase or in any of its years.
        let years = try Self.csv("rankings.csv", "2021-2025")
        XCTAssertFalse(years.contains { $0["agency"]!.count == 2 }, "a former province ranked on its own")
        // The indicators roll the former provinces in year by year: the office's 2021 participants are theirs.
        let rows = try Self.csv("indicators.csv", "2021-2025")
        func actual(_ scope: String, _ code: String, _ year: String) -> Double? {
            rows.first {
                $0["scope"] == scope && $0["code"] == code && $0["year"] == year && $0["indicator"] == "PARTICIPANTS"
            }.flatMap { Double($0["actual"]!) }
        }
        let single = try Self.csv("indicators.csv", "2023")
        func singleActual(_ code: String) -> Double? {
            single.first {
                $0["scope"] == "agency" && $0["code"] == code && $0["year"] == "2023"
                    && $0["indicator"] == "PARTICIPANTS"
            }.flatMap { Double($0["actual"]!) }
        }
        XCTAssertEqual(
            actual("agency", "P31", "2023"), try XCTUnwrap(singleActual("30")) + XCTUnwrap(singleActual("31")))
        let p31 = try XCTUnwrap(rows.first { $0["scope"] == "agency" && $0["code"] == "P31" && $0["year"] == "2023" })
        XCTAssertEqual(p31["includes_former"], "30 31")
    }

    /// A year's sector and cluster figures are the same in the phase and in the year's own report.
    func testTheSectorAndClusterFiguresOf2023AreThoseOfThe2023Report() throws {
        func figures(_ period: String) throws -> [String: [String?]] {
            var result: [String: [String?]] = [:]
            for row in try Self.csv("indicators.csv", period) where row["year"] == "2023" && row["scope"] != "agency" {
                result["\(row["scope"]!)|\(row["code"]!)|\(row["indicator"]!)"] = [
                    row["plan"], row["actual"], row["fulfilment_percent"], row["change"], row["reporting"],
                ]
            }
            return result
        }
        let phase = try figures("2021-2025")
        XCTAssertEqual(phase.count, 108, "the sector and 11 clusters, 9 indicators each")
        XCTAssertEqual(phase, try figures("2023"))
        XCTAssertEqual(phase["sector|VSS|HI"]?[1], "93300000", "the public 2023 figure")
    }

    /// An agency merged away during a year is reported for by its successor, never missing; section 8 lists
    /// the lineage with the split of region VIII.
    func testNoMergedAgencyIsMissingAndTheLineageIsListed() throws {
        let submissions = try Self.csv("submissions.csv", "2021-2025")
        let byState = Dictionary(grouping: submissions.filter { $0["year"] == "2025" }, by: { $0["status"]! })
        XCTAssertNil(byState["missing"], "\(byState["missing"] ?? [])")
        XCTAssertEqual(byState["reported-by-successor"]?.count, 98)
        XCTAssertEqual(byState["reported-by-successor"]?.first { $0["agency"] == "34" }?["reported_by"], "P33")
        XCTAssertEqual(
            submissions.filter { $0["status"] == "missing" }.map { "\($0["year"]!)/\($0["agency"]!)" }, ["2022/TW05"])
        let html = try String(
            contentsOf: Self.published().appendingPathComponent("2021-2025/review.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("Regional Social Security Office VIII"), "the lineage names region VIII")
        XCTAssertTrue(html.contains("Hải Phòng Social Security (P31) — the part of 31"), "the split gives each part")
        XCTAssertTrue(html.contains("includes the former"))
    }

    /// 2026 is reported as of 20 November: the collection so far is not compared with the whole of 2025.
    func test2026IsTheYearSoFar() throws {
        let html = try String(contentsOf: Self.published().appendingPathComponent("2026/review.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("20/11/2026") || html.contains("20 Nov 2026"), "the as-of date is shown")
        let collection = try XCTUnwrap(
            Self.csv("indicators.csv", "2026").first {
                $0["scope"] == "sector" && $0["year"] == "2026" && $0["indicator"] == "COLLECTION"
            })
        XCTAssertEqual(collection["change"], "")
        let participants = try XCTUnwrap(
            Self.csv("indicators.csv", "2026").first {
                $0["scope"] == "agency" && $0["code"] == "P01" && $0["year"] == "2026"
                    && $0["indicator"] == "PARTICIPANTS"
            })
        XCTAssertNotEqual(participants["change"], "", "a stock as of November is compared with the year before")
        // The sector's sum lacks P12, which has not reported yet: it is not compared with 2025's 34 offices.
        let sector = try XCTUnwrap(
            Self.csv("indicators.csv", "2026").first {
                $0["scope"] == "sector" && $0["year"] == "2026" && $0["indicator"] == "PARTICIPANTS"
            })
        XCTAssertEqual([sector["reporting"], sector["planned"], sector["change"]], ["33", "34", ""])
        XCTAssertTrue(html.contains("2026 lacks the figures of "), "no note")
        XCTAssertTrue(html.contains("2026 actuals cover 33 of the 34 agencies given a plan"), "no count")
        // The office that has not reported is named under its cluster's ranking, not left out without a word.
        XCTAssertTrue(html.contains("Not scored: "), "P12 is left out of the ranking silently")
        XCTAssertTrue(html.contains("(P12, no report sent)."))
        let missing = try Self.csv("submissions.csv", "2026").filter { $0["status"] == "missing" }.map { $0["agency"]! }
        XCTAssertEqual(missing, ["P12", "TW08"])
        // The one value typed wrong is flagged, as a warning: the new Nghệ An office's voluntary SI participants.
        let flagged = try Self.csv("findings.csv", "2026").filter { $0["code"]!.hasPrefix("indicator.unusual") }
        XCTAssertEqual(flagged.map { "\($0["file"]!) \($0["severity"]!)" }, ["Inputs/2026/P40.xml warning"])
        XCTAssertTrue(flagged.first?["message"]?.hasPrefix("SI-VOLUNTARY is 3.2 times last year's") == true)
    }

    /// One page per agency of the phase, linked from the review and listed in the manifest.
    func testThePhaseHasAPageForEachAgency() throws {
        let folder = try Self.published().appendingPathComponent("2021-2025")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("agencies").path)
        XCTAssertEqual(pages.count, 42, "34 provincial offices and 8 central units")
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent("review.html"), encoding: .utf8)
        for page in pages {
            XCTAssertTrue(manifest.contains("\"agencies/\(page)\""), "\(page) is in the manifest")
            XCTAssertTrue(html.contains("href=\"agencies/\(page)\""), "\(page) is linked from the review")
        }
        let p31 = try String(contentsOf: folder.appendingPathComponent("agencies/P31.html"), encoding: .utf8)
        XCTAssertTrue(p31.contains("Inputs/2021/30.xml"), "the former Hải Dương office's submissions are on P31's page")
    }

    /// `index.html` beside the reports lists every published report, newest first, and its agencies' pages.
    func testTheIndexListsEveryReportNewestFirst() throws {
        let index = try String(contentsOf: Self.published().appendingPathComponent("index.html"), encoding: .utf8)
        let order = try ["2026/review.html", "2021-2025/review.html", "2023/review.html"].map {
            try XCTUnwrap(index.range(of: "href=\"\($0)\"")?.lowerBound, $0)
        }
        XCTAssertEqual(order, order.sorted(), "newest first")
        XCTAssertTrue(index.contains("href=\"2021-2025/agencies/P31.html\""))
        XCTAssertTrue(index.contains("Review of emulation and commendation work, 2021–2025"))
    }
}
