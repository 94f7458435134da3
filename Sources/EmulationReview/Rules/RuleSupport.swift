import Foundation

/// Award codes of `Inputs/reference/catalogue.xml` that the rules name.
enum AwardCode {
    static let commendationPaper = "GK"
    static let advancedLabourer = "LDTT"
    static let grassrootsFighter = "CSTDCS"
    static let sectorFighter = "CSTD-BN"
    static let nationalFighter = "CSTD-TQ"
    static let advancedCollective = "TTLDTT"
    static let excellentCollective = "TTLDXS"
    static let sectorCertificate = "BK-TGD"
    static let pmCertificate = "BK-TTG"
    static let labourOrder1 = "HCLD-1"
    static let labourOrder2 = "HCLD-2"
    static let labourOrder3 = "HCLD-3"

    /// English names for messages (the catalogue's `nameEn`; the rule context does not carry the catalogue).
    static func name(_ code: String) -> String {
        switch code {
        case commendationPaper: "Commendation paper of the unit head"
        case advancedLabourer: "Advanced Labourer"
        case grassrootsFighter: "Grassroots Emulation Fighter"
        case sectorFighter: "Sector Emulation Fighter"
        case nationalFighter: "National Emulation Fighter"
        case advancedCollective: "Advanced Labour Collective"
        case excellentCollective: "Excellent Labour Collective"
        case sectorCertificate: "Certificate of Merit of the VSS General Director"
        case pmCertificate: "Prime Minister's Certificate of Merit"
        case labourOrder1: "Labour Order, First Class"
        case labourOrder2: "Labour Order, Second Class"
        case labourOrder3: "Labour Order, Third Class"
        case "CTD-BHXH": "Emulation Flag of Vietnam Social Security"
        case "CTD-CP": "Government Emulation Flag"
        default: code
        }
    }
}

/// The legal regimes as the rules need them.
enum LegalRegime {
    /// Whether the regime applies Law 06/2022/QH15 (the rulebook says which law each regime applies).
    static func isLaw2022(_ regime: Regime) -> Bool { regime.law == .law2022 }

    /// "Law …, Decree …" of the regime in force, from the rulebook.
    static func citation(on day: Day, rulebook: Rulebook) -> String {
        guard let regime = rulebook.regime(on: day) else { return "no regime of the rulebook is in force on \(day)" }
        return regime.nameEn ?? regime.name
    }
}

extension Verdict {
    static func missingParameter(_ name: String, on day: Day) -> Verdict {
        .cannotVerify("the rulebook has no \(name) parameter for \(day)")
    }

    static func noRegime(on day: Day) -> Verdict {
        .cannotVerify("the rulebook has no legal regime in force on \(day)")
    }
}

extension Rulebook {
    /// A parameter in force on a day, as a positive whole number (a count of years or titles).
    func count(_ name: String, on day: Day) -> Int? {
        guard let value = parameter(name, on: day)?.value else { return nil }
        let whole = NSDecimalNumber(decimal: value).intValue
        return whole > 0 ? whole : nil
    }
}

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

/// "2019", "2018 and 2019", "2016–2019", "2015, 2017 and 2019".
func yearList(_ years: [Int]) -> String {
    let sorted = years.sorted()
    guard let first = sorted.first, let last = sorted.last else { return "" }
    if sorted.count > 2, last - first == sorted.count - 1 { return "\(first)–\(last)" }
    let texts = sorted.map(String.init)
    return texts.count == 1 ? texts[0] : texts.dropLast().joined(separator: ", ") + " and " + last.description
}

extension Candidate {
    /// The person or collective, as a clerk finds them in the files.
    var who: String {
        recipientKind == .person ? "\(name) (\(recipient))" : "collective \(name) (\(recipient), agency \(agency))"
    }

    /// "Trần Văn An (0101000001) is proposed for Grassroots Emulation Fighter (CSTDCS) for 2019".
    var subject: String {
        let verb = switch source {
        case .nomination: "is proposed for"
        case .title: "is listed with"
        case .decision: "is awarded"
        }
        return "\(who) \(verb) \(AwardCode.name(award)) (\(award)) for \(year)"
    }
}

/// Why the archive cannot say something about a year.
enum Gap: Hashable {
    case beforeArchive
    case afterArchive
    case noSubmission
    case notListed
}

/// A fact the archive either states or cannot state.
enum Known<Value> {
    case known(Value)
    case unknown(Gap)
}

/// A rule's findings about one candidate: known facts that break the rule, and what the archive cannot say.
struct Assessment {
    let candidate: Candidate
    let history: History
    /// What the rule requires, in the words of the regime in force; ends every message.
    var requirement: String
    private(set) var failures: [String] = []
    private(set) var gaps: [String] = []

    init(_ candidate: Candidate, _ history: History, requirement: String) {
        self.candidate = candidate
        self.history = history
        self.requirement = requirement
    }

    mutating func fail(_ text: String) { failures.append(text) }

    mutating func gap(_ text: String) { gaps.append(text) }

    /// Records the years the archive cannot speak of for `need` (e.g. "Grassroots Emulation Fighter").
    mutating func gaps(_ need: String, _ unknown: [(year: Int, gap: Gap)]) {
        for gap in [Gap.beforeArchive, .afterArchive, .noSubmission, .notListed] {
            let years = unknown.filter { $0.gap == gap }.map(\.year)
            guard !years.isEmpty else { continue }
            let list = yearList(years)
            let why = switch gap {
            case .beforeArchive: "cannot be verified before \(history.archiveStart): the archive starts in \(history.archiveStart)"
            case .afterArchive: "cannot be verified: the archive ends in \(history.archiveEnd)"
            case .noSubmission: "cannot be verified: agency \(candidate.agency) has no accepted submission for \(list)"
            case .notListed: "cannot be verified: \(candidate.who) is not listed in the \(list) submission\(years.count > 1 ? "s" : "") of agency \(candidate.agency)"
            }
            gaps.append("\(need) in \(list) \(why)")
        }
    }

    /// Not eligible when a known fact breaks the rule, else cannot verify when the archive is silent, else eligible.
    var verdict: Verdict {
        if !failures.isEmpty {
            return .notEligible(Self.sentence("\(candidate.subject) but \(Self.list(failures)). Required: \(requirement)."))
        }
        if !gaps.isEmpty {
            return .cannotVerify(Self.sentence("\(candidate.subject): \(Self.list(gaps)). Required: \(requirement)."))
        }
        return .eligible
    }

    /// "a", "a and b", "a; b; and c".
    private static func list(_ items: [String]) -> String {
        guard items.count > 2 else { return items.joined(separator: " and ") }
        return items.dropLast().joined(separator: "; ") + "; and " + items[items.count - 1]
    }

    private static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

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
        return .unknown(history.agencyYears[candidate.agency]?[year] == nil ? .noSubmission : .notListed)
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
    func split(_ years: [Int], _ test: (Int) -> Known<Bool>) -> (yes: [Int], no: [Int], unknown: [(year: Int, gap: Gap)]) {
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
    func split(_ years: [Int], where test: (Person) -> Bool) -> (yes: [Int], no: [Int], unknown: [(year: Int, gap: Gap)]) {
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

/// What the archive says about the candidate collective in the award year.
struct CollectiveFacts {
    let candidate: Candidate
    let history: History

    init(_ candidate: Candidate, _ history: History) {
        self.candidate = candidate
        self.history = history
    }

    /// The collective's record for the award year, or why the archive has none.
    var record: Known<CollectiveYear> {
        let year = candidate.year
        if year < history.archiveStart { return .unknown(.beforeArchive) }
        if year > history.archiveEnd { return .unknown(.afterArchive) }
        if let record = history.collectives[candidate.collectiveKey]?[year] { return .known(record) }
        return .unknown(history.agencyYears[candidate.agency]?[year] == nil ? .noSubmission : .notListed)
    }

    /// Checks that at least `needed` members hold Advanced Labourer. An incomplete roster still decides when the
    /// listed members alone reach the count, or when even every unlisted member could not.
    func checkAdvancedLabourers(_ record: CollectiveYear, needed: Int, share: String, into assessment: inout Assessment) {
        let members = record.collective.members, listed = record.listedMembers.count
        let advanced = record.listedMembers.filter { history.person($0.id, holds: AwardCode.advancedLabourer, in: record.year) }.count
        let unlisted = max(0, members - listed)
        if advanced + unlisted < needed {
            let known = unlisted == 0 ? "only \(advanced) of its \(members) members are Advanced Labourers"
                : "at most \(advanced + unlisted) of its \(members) members can be Advanced Labourers (\(advanced) of the \(listed) listed are)"
            assessment.fail("\(known) in \(record.year), and \(share) means \(needed)")
        } else if advanced < needed {
            assessment.gap("the \(record.year) submission lists \(listed) of \(members) members of collective \(record.collective.code); the share of Advanced Labourers cannot be computed")
        }
    }

    /// Records the listed members disciplined at `level` or above.
    func checkDiscipline(_ record: CollectiveYear, atLeast level: DisciplineLevel, into assessment: inout Assessment) {
        for person in record.listedMembers {
            guard let discipline = person.discipline, discipline.level >= level else { continue }
            assessment.fail("its member \(person.name) (\(person.id)) was disciplined at \(discipline.level.rawValue) level in \(record.year)")
        }
    }
}

/// The `years` years ending with `last`, oldest first.
func window(_ years: Int, endingWith last: Int) -> [Int] {
    Array((last - years + 1)...last)
}
