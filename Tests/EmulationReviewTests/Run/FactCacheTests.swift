import EmulationReview
import Foundation
import TestSupport
import XCTest

@testable import EmulationReviewRun

/// The fact cache answers only for the same path, bytes and context, never with facts that are not whole, and a
/// cache it cannot use is made anew rather than stopping the run.
final class FactCacheTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var demoFiles: [String] {
        InputFolder.xmlFiles(in: "\(TestSupport.demoInputs)/2024").filter { !$0.hasSuffix("board.xml") }
    }

    private func cache(_ context: String = "one") throws -> FactCache {
        try XCTUnwrap(FactCache(directory: folder.path, context: context))
    }

    /// Reading a year twice through the cache gives the same files; the second time every accepted submission
    /// comes from the cache.
    func testASecondReadComesFromTheCacheAndEqualsTheFirst() throws {
        let cache = try cache()
        let ingestor = TestSupport.ingestor.caching(in: cache)
        let first = ingestor.ingest(demoFiles)
        XCTAssertEqual(cache.usage.answered, 0)
        XCTAssertEqual(cache.usage.kept, first.filter(\.isCacheable).count)
        XCTAssertGreaterThan(cache.usage.kept, 20)
        let second = ingestor.ingest(demoFiles)
        XCTAssertEqual(cache.usage.answered, cache.usage.kept)
        for (a, b) in zip(first, second) {
            XCTAssertEqual(a.path, b.path)
            XCTAssertEqual(a.submission, b.submission)
            XCTAssertEqual(a.findings, b.findings)
            XCTAssertEqual(a.outcome, b.outcome)
            XCTAssertEqual(a.sha256, b.sha256)
        }
    }

    /// `--rebuild-state` removes the cache: what it held is not answered again.
    func testRemovingTheCacheForgetsEveryFile() throws {
        let file = TestSupport.ingestor.ingest(path: demoFiles[0])
        try cache().keep(file)
        FactCache.remove(in: folder.path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("facts.sqlite").path))
        XCTAssertNil(try cache().file(path: file.path, sha256: file.sha256))
    }

    /// Another file's bytes, another path or another context is a miss.
    func testOnlyTheSamePathBytesAndContextAreAnswered() throws {
        let file = TestSupport.ingestor.ingest(path: demoFiles[0])
        try cache().keep(file)
        XCTAssertNotNil(try cache().file(path: file.path, sha256: file.sha256))
        XCTAssertNil(try cache().file(path: file.path, sha256: String(repeating: "0", count: 64)))
        XCTAssertNil(try cache().file(path: demoFiles[1], sha256: file.sha256))
        XCTAssertNil(try cache("two").file(path: file.path, sha256: file.sha256))
        // Opening for another context forgot the first one's rows.
        XCTAssertNil(try cache().file(path: file.path, sha256: file.sha256))
    }

    /// A row whose facts were altered on disk no longer matches its own digest: a miss, not a forged file.
    func testAlteredFactsAreAMiss() throws {
        let file = TestSupport.ingestor.ingest(path: demoFiles[0])
        try cache().keep(file)
        let database = try SQLiteDatabase(path: folder.appendingPathComponent("facts.sqlite").path)
        let rows = try database.query("SELECT facts FROM facts")
        guard case .blob(var facts) = rows.first?.first else { return XCTFail("no facts kept") }
        facts[facts.count - 1] ^= 1
        try database.query("UPDATE facts SET facts = ?", [.blob(facts)])
        XCTAssertNil(try cache().file(path: file.path, sha256: file.sha256))
    }

    /// A cache file that is not a database is replaced by an empty cache.
    func testADamagedCacheIsMadeAnew() throws {
        try Data(repeating: 0x5A, count: 8192).write(to: folder.appendingPathComponent("facts.sqlite"))
        let file = TestSupport.ingestor.ingest(path: demoFiles[0])
        let cache = try cache()
        XCTAssertNil(cache.file(path: file.path, sha256: file.sha256))
        cache.keep(file)
        XCTAssertNotNil(cache.file(path: file.path, sha256: file.sha256))
    }

    /// Files no longer among the inputs are forgotten.
    func testFilesGoneFromTheInputsAreForgotten() throws {
        let files = demoFiles.prefix(2).map { TestSupport.ingestor.ingest(path: $0) }
        let cache = try cache()
        for file in files { cache.keep(file) }
        cache.forget(keeping: [files[0].path])
        XCTAssertNotNil(cache.file(path: files[0].path, sha256: files[0].sha256))
        XCTAssertNil(cache.file(path: files[1].path, sha256: files[1].sha256))
    }
}
