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
        let bad = try TestSupport.run(["run", "--config", config.path, "--period", "2025"])
        XCTAssertEqual(bad.status, 78)
        XCTAssertTrue(bad.stderr.contains("outputs lists \"tiff\""), bad.stderr)
    }
}
