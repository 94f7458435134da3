import Foundation

/// Typed reads of attribute values, straight from libxml2's bytes. The schema has already checked each value;
/// when it reported an error the file is rejected anyway, so an unreadable value falls back to a neutral default.
extension Attributes {
    func text(_ name: StaticString) -> String {
        self[name] ?? ""
    }

    func optionalText(_ name: StaticString) -> String? {
        self[name]
    }

    /// The items of an `xs:list` value; none when the attribute is absent.
    func list(_ name: StaticString) -> [String] {
        (self[name] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    func int(_ name: StaticString) -> Int {
        guard let bytes = bytes(name), !bytes.isEmpty else { return 0 }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return 0 }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return negative ? Int.min : Int.max }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    func optionalInt(_ name: StaticString) -> Int? {
        bytes(name) == nil ? nil : int(name)
    }

    func decimal(_ name: StaticString) -> Decimal {
        Decimal(string: text(name), locale: posixLocale) ?? 0
    }

    func optionalDecimal(_ name: StaticString) -> Decimal? {
        bytes(name) == nil ? nil : decimal(name)
    }

    func bool(_ name: StaticString) -> Bool {
        guard let bytes = bytes(name) else { return false }
        return bytes.elementsEqual("true".utf8) || bytes.elementsEqual("1".utf8)
    }

    func optionalBool(_ name: StaticString) -> Bool? {
        bytes(name) == nil ? nil : bool(name)
    }

    func day(_ name: StaticString) -> Day {
        optionalDay(name) ?? Day(year: 0, month: 1, day: 1)
    }

    func optionalDay(_ name: StaticString) -> Day? {
        bytes(name).flatMap(Day.init(utf8:))
    }

    func choice<T: RawRepresentable>(_ name: StaticString, default fallback: T) -> T where T.RawValue == String {
        self[name].flatMap(T.init(rawValue:)) ?? fallback
    }

    func optionalChoice<T: RawRepresentable>(_ name: StaticString) -> T? where T.RawValue == String {
        self[name].flatMap(T.init(rawValue:))
    }
}

private let posixLocale = Locale(identifier: "en_US_POSIX")

extension Day {
    /// Parses `YYYY-MM-DD` (the start of an xs:date) from UTF-8 bytes.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m),
            (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

extension String {
    /// Element text as the schema sees it after whitespace collapsing.
    var collapsed: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if isXMLSpace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
