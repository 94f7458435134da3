/// What the archive says about the candidate person, year by year.
struct PersonFacts {
    let candidate: Candidate
    let history: History

    init(_ candidate: Candidate, _ history: History) {
        self.candidate = candidate
        self.history = history
    }

    var id: String { candidate.recipient }

    /// The person's record for a year, or why the archive has none.
    func record(_ year: Int) -> Known<Person> {
        if year < history.archiveStart { return .unknown(.beforeArchive) }
        if year > history.archiveEnd { return .unknown(.afterArchive) }
        if let record = history.person(id, in: year) { return .known(record.person) }
        return .unknown(history.hasSubmission(of: candidate.agency, in: year) ? .notListed : .noSubmission)
    }

    /// Whether the person holds `award` for `year`: an award on record is enough, its absence counts only
    /// where the archive has the person's record for the year.
    func holds(_ award: String, in year: Int) -> Known<Bool> {
        if history.person(id, holds: award, in: year) { return .known(true) }
        switch record(year) {
        case .known: return .known(false)
        case .unknown(let gap): return .unknown(gap)
        }
    }

    /// Sorts years by a yes/no question about each.
    func split(_ years: [Int], _ test: (Int) -> Known<Bool>) -> (
        yes: [Int], no: [Int], unknown: [(year: Int, gap: Gap)]
    ) {
        var result: (yes: [Int], no: [Int], unknown: [(year: Int, gap: Gap)]) = ([], [], [])
        for year in years {
            switch test(year) {
            case .known(true): result.yes.append(year)
            case .known(false): result.no.append(year)
            case .unknown(let gap): result.unknown.append((year, gap))
            }
        }
        return result
    }

    /// Sorts years by a question about the person's record of each.
    func split(_ years: [Int], where test: (Person) -> Bool) -> (
        yes: [Int], no: [Int], unknown: [(year: Int, gap: Gap)]
    ) {
        split(years) { year in
            switch record(year) {
            case .known(let person): .known(test(person))
            case .unknown(let gap): .unknown(gap)
            }
        }
    }

    /// The years among `years` whose record the archive lacks, and why.
    func gaps(in years: [Int]) -> [(year: Int, gap: Gap)] {
        split(years, where: { _ in true }).unknown
    }

    /// The initiatives recognised in the known years among `years`.
    func initiatives(in years: [Int]) -> [Initiative] {
        years.flatMap { year -> [Initiative] in
            if case .known(let person) = record(year) { return person.initiatives }
            return []
        }
    }

    /// The latest award of a kind for a year not after `year`.
    func latest(_ award: String, notAfter year: Int) -> AwardRecord? {
        history.awards(of: id, award).filter { $0.year <= year }.max { $0.year < $1.year }
    }
}
