import XCTest

@testable import EmulationReview

final class ParallelTests: XCTestCase {
    func testFlatMapWritesEachBatchInItsPlace() {
        // Batches of different sizes, some empty, made in any order on every core: the list is theirs in order.
        let counts = (0..<200).map { ($0 * 7919) % 13 }
        let values = concurrentFlatMap(counts: counts) { index in
            (0..<counts[index]).map { "\(index).\($0)" }
        }
        XCTAssertEqual(values, counts.indices.flatMap { index in (0..<counts[index]).map { "\(index).\($0)" } })
    }

    func testFlatMapOfNothing() {
        XCTAssertEqual(concurrentFlatMap(counts: []) { _ in [Int]() }, [])
        XCTAssertEqual(concurrentFlatMap(counts: [0, 0]) { _ in [Int]() }, [])
    }
}
