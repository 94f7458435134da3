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

/// Maps the elements of `array` in chunks of `chunk`, each chunk on its own core, the results in order.
public func concurrentMap<Element: Sendable, Value>(
    _ array: [Element], chunk: Int, _ transform: @Sendable (ArraySlice<Element>) -> [Value]
) -> [Value] {
    var chunks = concurrentMap((array.count + chunk - 1) / chunk) { index in
        transform(array[(index * chunk)..<min(array.count, (index + 1) * chunk)])
    }
    return joined(&chunks)
}

/// Maps each index to a list on its own core, the lists joined in order; each list is let go once copied.
public func concurrentFlatMap<Value>(_ count: Int, _ transform: @Sendable (Int) -> [Value]) -> [Value] {
    var results = concurrentMap(count, transform)
    return joined(&results)
}

/// The chunks' values in one list; each chunk is let go once copied: the results are held once, plus one chunk,
/// never twice over.
private func joined<Value>(_ chunks: inout [[Value]]) -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
    for index in chunks.indices {
        values.append(contentsOf: chunks[index])
        chunks[index] = []
    }
    return values
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
