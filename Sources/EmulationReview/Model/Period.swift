/// A reporting period: one year (`2020`) or a multi-year phase (`2016-2020`, giai đoạn).
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public let first: Int
    public let last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Parses `YYYY` or `YYYY-YYYY` (first year not after the last, years 2000–2100).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
            let first = Int(parts[0]), let last = Int(parts[parts.count - 1]),
            first <= last, first >= 2000, last <= 2100
        else { return nil }
        self.init(first: first, last: last)
    }

    public var isPhase: Bool { first != last }

    public var years: [Int] { Array(first...last) }

    /// A phase is compared with the year before it (2015 for 2016–2020).
    public var baselineYear: Int? { isPhase ? first - 1 : nil }

    /// Every year whose inputs the review reads: the baseline (or, for one year, the year before for
    /// year-over-year change) and the period's years.
    public var yearsRead: [Int] { Array((first - 1)...last) }

    public var description: String { isPhase ? "\(first)-\(last)" : "\(first)" }

    /// The calendar years of the period, 1 January of the first to 31 December of the last: what the review
    /// counts everywhere but in the statistics forms.
    public var calendarWindow: ClosedRange<Day> {
        Day(year: first, month: 1, day: 1)...Day(year: last, month: 12, day: 31)
    }

    /// The statistics year of the emulation-and-commendation forms: 1 December of the year before the first to
    /// 30 November of the last (the forms of 2020 count 1 Dec 2019 – 30 Nov 2020, of 2016–2020 1 Dec 2015 –
    /// 30 Nov 2020), by the date of the award decision and the dates of a movement.
    public var statisticsWindow: ClosedRange<Day> {
        Day(year: first - 1, month: 12, day: 1)...Day(year: last, month: 11, day: 30)
    }
}

extension Period: Comparable {
    /// Years first, then phases, each in time order: the order reports are listed and delivered in.
    public static func < (a: Period, b: Period) -> Bool {
        (a.isPhase ? 1 : 0, a.first, a.last) < (b.isPhase ? 1 : 0, b.first, b.last)
    }
}
