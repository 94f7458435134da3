import Foundation

/// Who carries whose history: the registry's dated successions read forwards (an agency's heir on a day) and
/// backwards (the former agencies an agency includes). Identity is the registry code, never a state code, so a
/// code reused by a new agency is a different agency unless the registry says it succeeds the old one.
public struct Lineage: Sendable {
    private let agencies: [String: Agency]

    init(_ agencies: [String: Agency]) { self.agencies = agencies }

    /// The agency that carries `code`'s figures on `day`: itself while it exists, else its successor's heir.
    /// Through a split, the successor that took the part that came from `code` or from an agency on its way;
    /// when the split does not say, the split agency itself (its figures are not shared out by guess).
    public func heir(of code: String, on day: Day) -> String {
        var current = code
        var path: [String] = [code]
        while let agency = agencies[current], let end = agency.validTo, end < day, !agency.successors.isEmpty {
            var next: String?
            if agency.successors.count == 1 {
                next = agency.successors[0]
            } else {
                next =
                    path.reversed().lazy.compactMap { former in
                        agency.parts.first { $0.predecessor == former }?.successor
                    }.first
            }
            guard let next, agencies[next] != nil, !path.contains(next) else { break }
            current = next
            path.append(next)
        }
        return current
    }

    /// The successions that took effect from `from` to `to` (both included), in date and code order.
    public func successions(from: Day, to: Day) -> [Succession] {
        agencies.values.compactMap { agency -> Succession? in
            guard let end = agency.validTo, !agency.successors.isEmpty else { return nil }
            let date = end.next
            guard from <= date, date <= to else { return nil }
            return Succession(agency: agency.code, date: date, successors: agency.successors, parts: agency.parts)
        }.sorted { ($0.date, $0.agency) < ($1.date, $1.agency) }
    }
}

/// One agency's end: merged into one successor, or split among several.
public struct Succession: Sendable, Hashable {
    public var agency: String
    /// The first day of the successors.
    public var date: Day
    public var successors: [String]
    public var parts: [SplitPart]

    public var isSplit: Bool { successors.count > 1 }
}

extension Day {
    /// The day after.
    public var next: Day {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if day < lengths[max(0, min(11, month - 1))] { return Day(year: year, month: month, day: day + 1) }
        return month < 12 ? Day(year: year, month: month + 1, day: 1) : Day(year: year + 1, month: 1, day: 1)
    }
}
