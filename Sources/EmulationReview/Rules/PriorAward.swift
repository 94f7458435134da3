/// Checks shared by the rules that build on an earlier award and a run of years.
enum PriorAward {
    /// The person must hold `award` for a year before `first` (the first year of the run that follows it). An
    /// award older than the archive cannot be seen, so a missing one is a gap, never a failure.
    static func check(_ award: String, before first: Int, _ facts: PersonFacts, into assessment: inout Assessment) {
        guard facts.latest(award, notAfter: first - 1) == nil else { return }
        let name = AwardCode.name(award)
        let later = facts.history.awards(of: facts.id, award).filter { $0.year >= first }.map(\.year)
        let note = later.isEmpty ? "" : " (the one for \(yearList(later)) does not precede the years counted)"
        assessment.gap(
            "no \(name) for \(first - 1) or earlier is on record\(note), and one given before \(facts.history.archiveStart), when the archive starts, cannot be verified"
        )
    }

    /// The person must hold at least `needed` Grassroots Emulation Fighter titles in `years`.
    static func checkTitles(_ needed: Int, in years: [Int], _ facts: PersonFacts, into assessment: inout Assessment) {
        let titles = facts.split(years) { facts.holds(AwardCode.grassrootsFighter, in: $0) }
        if titles.yes.count + titles.unknown.count < needed {
            assessment.fail(
                "holds \(titles.yes.count) Grassroots Emulation Fighter title\(titles.yes.count == 1 ? "" : "s") in \(yearList(years)), not \(needed)"
            )
        } else if titles.yes.count < needed {
            assessment.gaps("Grassroots Emulation Fighter", titles.unknown)
        }
    }
}
