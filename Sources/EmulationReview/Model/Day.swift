/// A calendar date without time or zone (xs:date), comparable and cheap to carry: four bytes, ordered as a
/// number (the archive holds one for every title of every person of every year).
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// year << 9 | month << 5 | day.
    private var packed: Int32

    public var year: Int {
        get { Int(packed >> 9) }
        set { packed = Self.pack(newValue, month, day) }
    }

    public var month: Int {
        get { Int((packed >> 5) & 0xF) }
        set { packed = Self.pack(year, newValue, day) }
    }

    public var day: Int {
        get { Int(packed & 0x1F) }
        set { packed = Self.pack(year, month, newValue) }
    }

    /// `month` is 1…12 and `day` 1…31 (as `init(iso:)` checks); `year` 0…9999.
    public init(year: Int, month: Int, day: Int) {
        packed = Self.pack(year, month, day)
    }

    private static func pack(_ year: Int, _ month: Int, _ day: Int) -> Int32 {
        precondition((0...15).contains(month) && (0...31).contains(day), "not a day: \(year)-\(month)-\(day)")
        return Int32(clamping: year) << 9 | Int32(month) << 5 | Int32(day)
    }

    /// Parses the `YYYY-MM-DD` prefix of an xs:date or xs:dateTime lexical value.
    public init?(iso text: some StringProtocol) {
        if let day = Self.plainISO(text.utf8) {
            self = day
            return
        }
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The common case read from the bytes: ten ASCII characters `DDDD-DD-DD` with a valid month and day, and
    /// nothing after them that could join the last digit into one character. Nil means "not that case", not "not
    /// a date": the general parse decides then.
    private static func plainISO(_ utf8: some Collection<UInt8>) -> Day? {
        var year = 0
        var month = 0
        var day = 0
        var offset = 0
        for byte in utf8 {
            if offset == 10 {
                guard byte < 0x80 else { return nil }
                break
            }
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                let digit = Int(byte) &- 48
                guard (0...9).contains(digit) else { return nil }
                if offset < 4 {
                    year = year * 10 + digit
                } else if offset < 7 {
                    month = month * 10 + digit
                } else {
                    day = day * 10 + digit
                }
            }
            offset += 1
        }
        guard offset == 10, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

    /// Seconds from 1970-01-01T00:00:00Z to the start of this day in UTC: a reproducible time stamp for the
    /// documents made from a review (`SOURCE_DATE_EPOCH`), never the clock.
    public var epochSeconds: Int64 { Int64(ZonedTimestamp.daysFromCivil(year, month, day)) * 86_400 }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A moment with its UTC offset as written (xs:dateTime with a zone), e.g. `2021-01-10T09:30:00+07:00`.
public struct ZonedTimestamp: Sendable, Hashable, Codable {
    /// The text as the agency wrote it.
    public var text: String
    /// Seconds since 1970-01-01T00:00:00Z, for comparisons.
    public var epochSeconds: Int64

    public init?(iso text: String) {
        // YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)
        guard let day = Day(iso: text) else { return nil }
        let rest = text.dropFirst(10)
        guard rest.first == "T" else { return nil }
        let time = rest.dropFirst()
        let clock = time.prefix(8).split(separator: ":")
        guard clock.count == 3, let h = Int(clock[0]), let mi = Int(clock[1]), let s = Int(clock[2]) else { return nil }
        var offsetSeconds = 0
        if time.hasSuffix("Z") {
            offsetSeconds = 0
        } else {
            let zone = time.suffix(6)
            guard let sign = zone.first, sign == "+" || sign == "-" else { return nil }
            let parts = zone.dropFirst().split(separator: ":")
            guard parts.count == 2, let zh = Int(parts[0]), let zm = Int(parts[1]) else { return nil }
            offsetSeconds = (zh * 3600 + zm * 60) * (sign == "-" ? -1 : 1)
        }
        let days = ZonedTimestamp.daysFromCivil(day.year, day.month, day.day)
        self.text = text
        self.epochSeconds = Int64(days) * 86_400 + Int64(h * 3600 + mi * 60 + s - offsetSeconds)
    }

    /// The calendar day in the writer's own zone.
    public var localDay: Day { Day(iso: text)! }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
