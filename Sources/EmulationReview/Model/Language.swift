import Foundation

/// The report's language. Vietnamese by default, with its number formats (86.500.000; 98,14%).
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi
    case en

    var groupingSeparator: String { self == .vi ? "." : "," }
    var decimalSeparator: String { self == .vi ? "," : "." }

    /// A number with grouping and exactly `decimals` decimal places (rounded half away from zero).
    public func format(_ value: Decimal, decimals: Int = 0) -> String {
        let rounded = value.rounded(decimals)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var text = magnitude.description
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            fraction = String(text[text.index(after: dot)...])
            text = String(text[..<dot])
        }
        if fraction.count < decimals { fraction += String(repeating: "0", count: decimals - fraction.count) }
        var grouped = ""
        for (index, digit) in text.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(contentsOf: groupingSeparator.reversed()) }
            grouped.append(digit)
        }
        var result = String(grouped.reversed())
        if decimals > 0 { result += decimalSeparator + fraction }
        return (negative ? "−" : "") + result
    }

    public func format(_ value: Int) -> String { format(Decimal(value)) }

    /// A percentage with two decimals: `98,14%` in Vietnamese, `98.14%` in English.
    public func percent(_ value: Decimal, decimals: Int = 2) -> String { format(value, decimals: decimals) + "%" }

    /// A date as people write it: `15/10/2020` (vi) or `15 Oct 2020` (en).
    public func date(_ day: Day) -> String {
        switch self {
        case .vi:
            return String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
        case .en:
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(day.day) \(months[day.month - 1]) \(day.year)"
        }
    }

    /// The administrative dateline: `Hà Nội, ngày 15 tháng 10 năm 2020`.
    public func dateline(place: String, _ day: Day) -> String {
        switch self {
        case .vi:
            "\(place), ngày \(String(format: "%02d", day.day)) tháng \(String(format: "%02d", day.month)) năm \(day.year)"
        case .en: "\(place), \(date(day))"
        }
    }
}
