/// Where an award in someone's history was recorded.
public enum AwardSource: String, Sendable, Codable, Hashable {
    /// A title or commendation listed in the agency's own accepted submission.
    case submission
    /// A decision in the board's file for the year.
    case decision
}

/// One award held by a person or collective.
public struct AwardRecord: Sendable, Hashable, Codable {
    // The strings first, then the small values: 48 bytes a record rather than 56.
    public var award: String
    public var decision: String
    public var year: Int
    public var date: Day
    public var source: AwardSource

    public init(award: String, year: Int, date: Day, decision: String, source: AwardSource) {
        self.award = award
        self.year = year
        self.date = date
        self.decision = decision
        self.source = source
    }
}

/// A person's record for one year, as their agency's accepted submission gave it. It points into the
/// submission's list of people, which it shares, rather than holding a copy of the person.
public struct PersonYear: Sendable, Hashable {
    public var agency: String
    private let roster: [Person]
    private let index: Int32
    private let storedYear: Int32

    public var year: Int { Int(storedYear) }
    public var person: Person { roster[Int(index)] }

    public init(year: Int, agency: String, person: Person) {
        self.init(year: year, agency: agency, roster: [person], index: 0)
    }

    init(year: Int, agency: String, roster: [Person], index: Int) {
        (self.agency, self.roster) = (agency, roster)
        self.index = Int32(index)
        storedYear = Int32(clamping: year)
    }

    public static func == (a: PersonYear, b: PersonYear) -> Bool {
        a.year == b.year && a.agency == b.agency && a.person == b.person
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(agency)
        hasher.combine(person)
    }
}

/// A collective's record for one year, with the people its agency listed as its members (shared with the
/// submission's list of people, not copied).
public struct CollectiveYear: Sendable, Hashable {
    public var year: Int
    public var agency: String
    public var collective: Collective
    private let roster: [Person]
    private let members: [Int32]

    /// The people of the submission whose `collective` is this one. May be fewer than `collective.members`:
    /// agencies list only the people concerned by titles, so share rules can be decided only on a full list.
    public var listedMembers: [Person] { members.map { roster[Int($0)] } }

    public init(year: Int, agency: String, collective: Collective, listedMembers: [Person]) {
        self.init(
            year: year, agency: agency, collective: collective, roster: listedMembers,
            members: listedMembers.indices.map(Int32.init))
    }

    init(year: Int, agency: String, collective: Collective, roster: [Person], members: [Int32]) {
        (self.year, self.agency, self.collective, self.roster, self.members) = (
            year, agency, collective, roster, members
        )
    }

    public static func == (a: CollectiveYear, b: CollectiveYear) -> Bool {
        a.year == b.year && a.agency == b.agency && a.collective == b.collective && a.listedMembers == b.listedMembers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(agency)
        hasher.combine(collective)
    }
}

/// Everything the archive says about people and collectives across the years: accepted submissions and the
/// board's decisions. Years before `archiveStart` are unknown, never assumed empty.
public struct History: Sendable {
    /// The first year of the archive; nothing is known before it.
    public var archiveStart: Int
    /// The last year of the archive.
    public var archiveEnd: Int
    /// Person id → their records, one a year in year order (a person has a few; a short list costs a fraction of a
    /// dictionary each).
    private var people: [String: [PersonYear]] = [:]
    /// Person id → awards (titles from submissions and board decisions), in date order.
    public private(set) var personAwards: [String: [AwardRecord]] = [:]
    /// Collective key (`agency/code`) → year → record.
    public private(set) var collectives: [String: [Int: CollectiveYear]] = [:]
    /// Collective key (`agency/code`), or agency code for a whole office → awards.
    public private(set) var collectiveAwards: [String: [AwardRecord]] = [:]
    /// Agency code → year → the agency's accepted submission's workforce and indicators.
    public private(set) var agencyYears: [String: [Int: Submission]] = [:]
    /// Agency code → year → award → how many of the people its submission lists hold that title.
    public private(set) var titleHolders: [String: [Int: [String: Int]]] = [:]

    public init(archiveStart: Int, archiveEnd: Int) {
        self.archiveStart = archiveStart
        self.archiveEnd = archiveEnd
    }

    public static func collectiveKey(agency: String, code: String) -> String { "\(agency)/\(code)" }

    /// Adds an accepted submission: its people, collectives and the titles they were given. With `onlyPeople`,
    /// the records of other people are left out (their titles still count in `titleHolders`): a review keeps
    /// the earlier years of only the people whose awards are judged on their history.
    public mutating func add(_ submission: Submission, onlyPeople: Set<String>? = nil) {
        let year = submission.year
        agencyYears[submission.agency, default: [:]][year] = submission
        var members: [String: [Int32]] = [:]
        var holders: [String: Int] = [:]
        let roster = submission.people
        for (index, person) in roster.enumerated() {
            for (offset, title) in person.titles.enumerated()
            where !person.titles[..<offset].contains(where: { $0.award == title.award }) {
                holders[title.award, default: 0] += 1
            }
            if let code = person.collective { members[code, default: []].append(Int32(index)) }
            if let onlyPeople, !onlyPeople.contains(person.id) { continue }
            Self.insert(
                PersonYear(year: year, agency: submission.agency, roster: roster, index: index),
                into: &people[person.id, default: []])
            for title in person.titles {
                addPersonAward(
                    person.id,
                    AwardRecord(
                        award: title.award, year: year, date: title.date,
                        decision: title.decision, source: .submission))
            }
        }
        titleHolders[submission.agency, default: [:]][year] = holders
        for collective in submission.collectives {
            let key = Self.collectiveKey(agency: submission.agency, code: collective.code)
            collectives[key, default: [:]][year] = CollectiveYear(
                year: year, agency: submission.agency, collective: collective, roster: roster,
                members: members[collective.code] ?? [])
            for title in collective.titles {
                addCollectiveAward(
                    key,
                    AwardRecord(
                        award: title.award, year: year, date: title.date,
                        decision: title.decision, source: .submission))
            }
        }
    }

    /// Adds the board's decisions for a year.
    public mutating func add(_ board: BoardYear) {
        for decision in board.decisions {
            for recipient in decision.recipients {
                let record = AwardRecord(
                    award: decision.award, year: decision.recognises ?? board.year, date: decision.date,
                    decision: decision.number, source: .decision)
                switch recipient.kind {
                case .person:
                    if let id = recipient.id { addPersonAward(id, record) }
                case .collective:
                    if let id = recipient.id {
                        addCollectiveAward(Self.collectiveKey(agency: recipient.agency, code: id), record)
                    }
                case .agency:
                    addCollectiveAward(recipient.agency, record)
                }
            }
        }
    }

    public mutating func addPersonAward(_ id: String, _ record: AwardRecord) {
        Self.insert(record, into: &personAwards[id, default: []])
    }

    public mutating func addCollectiveAward(_ key: String, _ record: AwardRecord) {
        Self.insert(record, into: &collectiveAwards[key, default: []])
    }

    /// Keeps a list in date order without duplicates, mutating it in place (lists are short; most records arrive
    /// in order, so the search starts from the end).
    private static func insert(_ record: AwardRecord, into list: inout [AwardRecord]) {
        var index = list.count
        while index > 0, (record.date, record.award) < (list[index - 1].date, list[index - 1].award) { index -= 1 }
        var probe = index
        while probe > 0, list[probe - 1].date == record.date {
            if list[probe - 1] == record { return }
            probe -= 1
        }
        if index < list.count, list[index] == record { return }
        list.insert(record, at: index)
    }

    /// Keeps a person's records in year order, one a year (a later one for the same year replaces it).
    private static func insert(_ record: PersonYear, into list: inout [PersonYear]) {
        var index = list.count
        while index > 0, list[index - 1].year > record.year { index -= 1 }
        if index > 0, list[index - 1].year == record.year {
            list[index - 1] = record
        } else {
            list.insert(record, at: index)
        }
    }

    /// The person's record for a year, if their agency's accepted submission listed them.
    public func person(_ id: String, in year: Int) -> PersonYear? {
        people[id]?.last { $0.year == year }
    }

    /// Whether the person holds `award` for `year` (awards are recorded by the year they recognise).
    public func person(_ id: String, holds award: String, in year: Int) -> Bool {
        personAwards[id]?.contains { $0.award == award && $0.year == year } ?? false
    }

    /// The person's awards of a kind, oldest first.
    public func awards(of id: String, _ award: String) -> [AwardRecord] {
        (personAwards[id] ?? []).filter { $0.award == award }
    }

    /// Agency code → the former agencies whose history it carries (merged into it by the report's end).
    public var formerAgencies: [String: Set<String>] = [:]

    /// Whether the agency, or a former agency it carries, has an accepted submission for the year: a person
    /// missing from it was not listed, rather than having no record at all.
    public func hasSubmission(of agency: String, in year: Int) -> Bool {
        agencyYears[agency]?[year] != nil
            || (formerAgencies[agency] ?? []).contains { agencyYears[$0]?[year] != nil }
    }

    /// Whether a year is inside the archive (otherwise nothing can be said about it).
    public func knows(_ year: Int) -> Bool { year >= archiveStart && year <= archiveEnd }
}
