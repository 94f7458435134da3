import Foundation

extension Decimal {
    /// Rounded half away from zero to `scale` decimal places (the way figures are printed in reports).
    public func rounded(_ scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }

    /// `self / other × 100`, or nil when `other` is zero.
    func percent(of other: Decimal) -> Decimal? {
        other == 0 ? nil : self / other * 100
    }
}

extension Sequence where Element == Decimal {
    var sum: Decimal { reduce(0, +) }
}
