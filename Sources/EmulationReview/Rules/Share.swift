import Foundation

/// Whole-number bounds of a percentage of a count, without rounding surprises.
enum Share {
    /// The smallest count that is at least `percent`% of `total`.
    static func atLeast(_ percent: Decimal, of total: Int) -> Int {
        rounded(percent * Decimal(total) / 100, .up)
    }

    /// The smallest count that is more than `percent`% of `total`.
    static func moreThan(_ percent: Decimal, of total: Int) -> Int {
        rounded(percent * Decimal(total) / 100, .down) + 1
    }

    /// The largest count that is not more than `percent`% of `total`.
    static func atMost(_ percent: Decimal, of total: Int) -> Int {
        rounded(percent * Decimal(total) / 100, .down)
    }

    private static func rounded(_ value: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Int {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 0, mode)
        return NSDecimalNumber(decimal: output).intValue
    }
}
