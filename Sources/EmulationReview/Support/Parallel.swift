import Dispatch
import Foundation

/// The one way the core spreads work over every core: `concurrentMap` runs `transform` for each index on
/// Dispatch's pool and returns the results in index order, so the output never depends on scheduling.
/// `transform` must not touch shared mutable state; each call gets its own index.
public func concurrentMap<Value>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    guard count > 0 else { return [] }
    let slots = Slots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = transform(index)
    }
    return slots.values
}

/// Maps each index to `counts[index]` values on its own core, written in index order straight into the one list
/// they make: the list is held once, plus the batch each core is making, never the batches and their copy together.
/// A transform that gives other than its count of values is a programming error.
public func concurrentFlatMap<Value>(counts: [Int], _ transform: @Sendable (Int) -> [Value]) -> [Value] {
    var total = 0
    let offsets = counts.map { count in
        defer { total += count }
        return total
    }
    return [Value](unsafeUninitializedCapacity: total) { buffer, initialized in
        let base = UncheckedPointer(buffer.baseAddress)
        DispatchQueue.concurrentPerform(iterations: counts.count) { index in
            let values = transform(index)
            precondition(values.count == counts[index], "a batch gave \(values.count) values for \(counts[index])")
            guard let start = base.pointer?.advanced(by: offsets[index]) else { return }
            values.withUnsafeBufferPointer { batch in
                if let from = batch.baseAddress { start.initialize(from: from, count: batch.count) }
            }
        }
        initialized = total
    }
}

/// A list's storage that concurrent iterations fill, each its own disjoint part.
private struct UncheckedPointer<Value>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Value>?
    init(_ pointer: UnsafeMutablePointer<Value>?) { self.pointer = pointer }
}

/// A counter shared by concurrent iterations (progress reports).
public final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    public init() {}

    public func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

/// Fixed slots that concurrent iterations fill, each iteration its own index.
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value {
        get { lock.withLock { storage[index]! } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.map { $0! } } }
}
