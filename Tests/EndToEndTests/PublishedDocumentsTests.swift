import EmulationReview
import Foundation
import TestSupport
import XCTest

/// The documents a run publishes beside the HTML and CSV files, as the configuration's `outputs` asks: listed in
/// the manifest, and byte-identical when the same inputs are published again.
final class PublishedDocumentsTests: XCTestCase {
    func testThePDFIsPublishedListedAndTheSameOnARerun() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2025, [.init(code: "01", participants: 120, target: 100)])
        let work = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let config = work.appendingPathComponent("config.yaml")
        try """
        inputs: \(tiny.root.path)
        reports: \(work.appendingPathComponent("reports").path)
        state: \(work.appendingPathComponent("state").path)
        phases: []
        outputs: [pdf]
        """.write(to: config, atomically: true, encoding: .utf8)
        let pdfPath = work.appendingPathComponent("reports/2025/review.pdf")
        var copies: [Data] = []
        for _ in 0..<2 {
            let run = try TestSupport.run(["run", "--config", config.path, "--period", "2025"])
            XCTAssertEqual(run.status, 0, run.stderr)
            copies.append(try Data(contentsOf: pdfPath))
        }
        XCTAssertTrue(copies[0].starts(with: Data("%PDF-".utf8)))
        XCTAssertEqual(copies[0], copies[1], "the same inputs give the same PDF")
        let manifest = try String(
            contentsOf: work.appendingPathComponent("reports/2025/manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"file\" : \"review.pdf\""), manifest)

        try "outputs: [tiff]\n".write(to: config, atomically: true, encoding: .utf8)
        let bad = try TestSupport.run(["run", "--lang", "en", "--config", config.path, "--period", "2025"])
        XCTAssertEqual(bad.status, 78)
        XCTAssertTrue(bad.stderr.contains("outputs lists \"tiff\""), bad.stderr)
    }

    /// By default a run publishes the workbook and the Word document, listed in the manifest, the same bytes on a
    /// rerun of the same inputs.
    func testTheWorkbookAndTheWordDocumentArePublishedByDefault() throws {
        let tiny = try TinyInputs()
        defer { tiny.remove() }
        try tiny.year(2025, [.init(code: "01", participants: 120, target: 100)])
        let work = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let arguments = [
            "run", "--period", "2025", "--no-email", "--inputs", tiny.root.path,
            "--reports", work.appendingPathComponent("reports").path, "--state",
            work.appendingPathComponent("state").path,
        ]
        var copies: [[Data]] = []
        for _ in 0..<2 {
            let run = try TestSupport.run(arguments)
            XCTAssertEqual(run.status, 0, run.stderr)
            copies.append(
                try ["review.xlsx", "review.docx"].map {
                    try Data(contentsOf: work.appendingPathComponent("reports/2025/\($0)"))
                })
        }
        XCTAssertEqual(copies[0], copies[1], "the same inputs give the same documents")
        XCTAssertTrue(copies[0][0].starts(with: Data("PK".utf8)) && copies[0][1].starts(with: Data("PK".utf8)))
        let manifest = try String(
            contentsOf: work.appendingPathComponent("reports/2025/manifest.json"), encoding: .utf8)
        XCTAssertTrue(
            manifest.contains("\"file\" : \"review.xlsx\"") && manifest.contains("\"file\" : \"review.docx\""))
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: work.appendingPathComponent("reports/2025/review.pdf").path))
    }
}
