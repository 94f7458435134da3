import Foundation

/// A value kept in the compact binary form of a file's extracted facts (`IngestedFile.facts`): written field by
/// field in a fixed order, read back in the same order. Nothing in it names a field, so a change to a type's
/// stored properties must change its `write` and `init(facts:)` and `FactFormat.version`; `storedProperties`
/// lets a test notice a property added without them.
protocol FactCodable {
    init(facts: inout FactReader) throws(FactError)
    func write(to facts: inout FactWriter)
}

/// A record type of the facts: how many stored properties its coding covers (compared with `Mirror` by a test).
protocol FactRecord: FactCodable {
    static var storedProperties: Int { get }
}

/// The facts could not be read back: truncated, or not what this build writes. The file is read again instead.
struct FactError: Error {
    var reason: String
}

/// Appends values as bytes: integers as variable-length zigzag numbers, strings as a length and UTF-8.
struct FactWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Bytes as they are, their count known to the reader.
    mutating func raw(_ value: UnsafeRawBufferPointer) { bytes.append(contentsOf: value) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: some FactCodable) { value.write(to: &self) }

    mutating func write<Value: FactCodable>(_ value: Value?) {
        bool(value != nil)
        if let value { value.write(to: &self) }
    }

    mutating func write<Value: FactCodable>(_ values: [Value]) {
        int(values.count)
        for value in values { value.write(to: &self) }
    }

    /// An enumeration by its raw value, which stays stable when cases are added or reordered.
    mutating func choice<Value: RawRepresentable<String>>(_ value: Value) { string(value.rawValue) }
}

/// Reads what `FactWriter` wrote, checking every length against what is left.
struct FactReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(FactError) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw FactError(reason: "truncated number") }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let zigzag = Int64(bitPattern: value)
        return Int((zigzag >> 1) ^ -(zigzag & 1))
    }

    /// A count of things still to read: never negative, never more than the bytes left could hold.
    mutating func count() throws(FactError) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw FactError(reason: "impossible count \(count)") }
        return count
    }

    mutating func bool() throws(FactError) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw FactError(reason: "not a yes or no") }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func bytes(_ count: Int) throws(FactError) -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else { throw FactError(reason: "truncated") }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func string() throws(FactError) -> String {
        let length = try count()
        defer { offset += length }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + length]), as: UTF8.self)
        }
    }

    mutating func read<Value: FactCodable>(_: Value.Type = Value.self) throws(FactError) -> Value {
        try Value(facts: &self)
    }

    mutating func optional<Value: FactCodable>(_: Value.Type = Value.self) throws(FactError) -> Value? {
        try bool() ? try Value(facts: &self) : nil
    }

    mutating func array<Value: FactCodable>(_: Value.Type = Value.self) throws(FactError) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(facts: &self)) }
        return values
    }

    mutating func choice<Value: RawRepresentable<String>>(_: Value.Type = Value.self) throws(FactError) -> Value {
        let raw = try string()
        guard let value = Value(rawValue: raw) else { throw FactError(reason: "unknown \(Value.self) \(raw)") }
        return value
    }
}

extension Int: FactCodable {
    init(facts: inout FactReader) throws(FactError) { self = try facts.int() }
    func write(to facts: inout FactWriter) { facts.int(self) }
}

extension String: FactCodable {
    init(facts: inout FactReader) throws(FactError) { self = try facts.string() }
    func write(to facts: inout FactWriter) { facts.string(self) }
}

extension Bool: FactCodable {
    init(facts: inout FactReader) throws(FactError) { self = try facts.bool() }
    func write(to facts: inout FactWriter) { facts.bool(self) }
}

extension Location: FactCodable {
    init(facts: inout FactReader) throws(FactError) {
        self.init(line: try facts.int(), column: try facts.int())
    }

    func write(to facts: inout FactWriter) {
        facts.int(line)
        facts.int(column)
    }
}

extension Day: FactCodable {
    init(facts: inout FactReader) throws(FactError) {
        let (year, month, day) = (try facts.int(), try facts.int(), try facts.int())
        guard (0...9999).contains(year), (0...15).contains(month), (0...31).contains(day) else {
            throw FactError(reason: "not a day")
        }
        self.init(year: year, month: month, day: day)
    }

    func write(to facts: inout FactWriter) {
        facts.int(year)
        facts.int(month)
        facts.int(day)
    }
}

extension Decimal: FactCodable {
    /// The number exactly as stored (its digits and its scale: 12.50 stays 12.50), as the bytes of the value: the
    /// cache's context names the executable, so a layout of another Foundation is never read.
    init(facts: inout FactReader) throws(FactError) {
        let bytes = try facts.bytes(MemoryLayout<Decimal>.size)
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes) }
        guard !value.isNaN else { throw FactError(reason: "not a decimal") }
        self = value
    }

    func write(to facts: inout FactWriter) {
        withUnsafeBytes(of: self) { facts.raw($0) }
    }
}
