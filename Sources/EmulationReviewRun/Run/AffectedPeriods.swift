import EmulationReview

/// Which reports a change of inputs affects: every report that reads a changed year, since a report of a year
/// reads that year, the year before and the history years before it (`ReviewLoader.readRange`).
public enum AffectedPeriods {
    /// - years: the year folders of the inputs (each has its own report); phases: the configured phases.
    public static func periods(changedYears: Set<Int>, years: [Int], phases: [Period]) -> [Period] {
        guard !changedYears.isEmpty else { return [] }
        let candidates = years.map { Period(first: $0, last: $0) } + phases
        return candidates.filter { period in changedYears.contains { ReviewLoader.readRange(of: period).contains($0) } }
    }
}
