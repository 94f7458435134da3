import Foundation

// The facts of a submission, field by field in declaration order. A person's titles are read back into one list
// per submission that every person shares, as `SubmissionBuilder` makes them.

extension Submission: FactRecord {
    static let storedProperties = 15

    init(facts: inout FactReader) throws(FactError) {
        agency = try facts.string()
        year = try facts.int()
        revision = try facts.int()
        submitted = try facts.bool() ? try Self.timestamp(&facts) : nil
        preparer = try facts.read()
        workforce = try facts.read()
        indicatorsAsOf = try facts.read()
        indicators = try facts.array()
        movements = try facts.array()
        documents = try facts.array()
        collectives = try facts.array()
        var titles = TitleGatherer()
        let count = try facts.count()
        people = []
        people.reserveCapacity(count)
        for position in 0..<count {
            titles.begin(person: position)
            people.append(try Person(facts: &facts, titles: &titles))
            titles.end()
        }
        titles.link(&people)
        nominations = try facts.array()
        location = try facts.read()
        emulationWork = try facts.optional()
    }

    func write(to facts: inout FactWriter) {
        facts.string(agency)
        facts.int(year)
        facts.int(revision)
        facts.bool(submitted != nil)
        if let submitted { facts.string(submitted.text) }
        facts.write(preparer)
        facts.write(workforce)
        facts.write(indicatorsAsOf)
        facts.write(indicators)
        facts.write(movements)
        facts.write(documents)
        facts.write(collectives)
        facts.write(people)
        facts.write(nominations)
        facts.write(location)
        facts.write(emulationWork)
    }

    private static func timestamp(_ facts: inout FactReader) throws(FactError) -> ZonedTimestamp {
        let text = try facts.string()
        guard let timestamp = ZonedTimestamp(iso: text) else { throw FactError(reason: "not a timestamp") }
        return timestamp
    }
}

extension Person: FactRecord {
    static let storedProperties = 12

    init(facts: inout FactReader) throws(FactError) {
        var titles = TitleGatherer()
        titles.begin(person: 0)
        self = try Person(facts: &facts, titles: &titles)
        titles.end()
        var one = [self]
        titles.link(&one)
        self = one[0]
    }

    /// A person whose titles go to `titles`, which gives them back when the roster is complete.
    init(facts: inout FactReader, titles: inout TitleGatherer) throws(FactError) {
        id = try facts.string()
        name = try facts.string()
        gender = try facts.choice()
        ethnicMinority = try facts.bool()
        worksDirectly = try facts.bool()
        level = try facts.choice()
        rating = try facts.choice()
        collective = try facts.optional()
        discipline = try facts.optional()
        initiatives = try facts.array()
        for _ in 0..<(try facts.count()) { titles.append(try facts.read(TitleGiven.self)) }
        self.titles = []
        location = try facts.read()
    }

    func write(to facts: inout FactWriter) {
        facts.string(id)
        facts.string(name)
        facts.choice(gender)
        facts.bool(ethnicMinority)
        facts.bool(worksDirectly)
        facts.choice(level)
        facts.choice(rating)
        facts.write(collective)
        facts.write(discipline)
        facts.write(initiatives)
        facts.int(titles.count)
        for title in titles { facts.write(title) }
        facts.write(location)
    }
}

extension TitleGiven: FactRecord {
    static let storedProperties = 4

    init(facts: inout FactReader) throws(FactError) {
        self.init(
            award: try facts.string(), decision: try facts.string(), date: try facts.read(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.string(award)
        facts.string(decision)
        facts.write(date)
        facts.write(location)
    }
}

extension Preparer: FactRecord {
    static let storedProperties = 3

    init(facts: inout FactReader) throws(FactError) {
        self.init(name: try facts.string(), email: try facts.string(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.string(name)
        facts.string(email)
        facts.write(location)
    }
}

extension Workforce: FactRecord {
    static let storedProperties = 5

    init(facts: inout FactReader) throws(FactError) {
        self.init(
            total: try facts.int(), women: try facts.int(), directWorkers: try facts.int(),
            ethnicMinorities: try facts.int(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.int(total)
        facts.int(women)
        facts.int(directWorkers)
        facts.int(ethnicMinorities)
        facts.write(location)
    }
}

extension IndicatorResult: FactRecord {
    static let storedProperties = 3

    init(facts: inout FactReader) throws(FactError) {
        self.init(code: try facts.string(), actual: try facts.read(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.string(code)
        facts.write(actual)
        facts.write(location)
    }
}

extension MovementParticipation: FactRecord {
    static let storedProperties = 3

    init(facts: inout FactReader) throws(FactError) {
        self.init(code: try facts.string(), achievement: try facts.string(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.string(code)
        facts.string(achievement)
        facts.write(location)
    }
}

extension GuidanceDocument: FactRecord {
    static let storedProperties = 4

    init(facts: inout FactReader) throws(FactError) {
        self.init(
            number: try facts.string(), date: try facts.read(), title: try facts.string(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.string(number)
        facts.write(date)
        facts.string(title)
        facts.write(location)
    }
}

extension Collective: FactRecord {
    static let storedProperties = 10

    init(facts: inout FactReader) throws(FactError) {
        self.init(
            code: try facts.string(), name: try facts.string(), members: try facts.int(), women: try facts.int(),
            rating: try facts.choice(), titles: try facts.array(), location: try facts.read(),
            advancedLabourers: try facts.optional(), grassrootsFighters: try facts.optional(),
            completedTasks: try facts.optional())
    }

    func write(to facts: inout FactWriter) {
        facts.string(code)
        facts.string(name)
        facts.int(members)
        facts.int(women)
        facts.choice(rating)
        facts.write(titles)
        facts.write(location)
        facts.write(advancedLabourers)
        facts.write(grassrootsFighters)
        facts.write(completedTasks)
    }
}

extension Discipline: FactRecord {
    static let storedProperties = 2

    init(facts: inout FactReader) throws(FactError) {
        self.init(level: try facts.choice(), decision: try facts.optional())
    }

    func write(to facts: inout FactWriter) {
        facts.choice(level)
        facts.write(decision)
    }
}

extension Initiative: FactRecord {
    static let storedProperties = 3

    init(facts: inout FactReader) throws(FactError) {
        self.init(code: try facts.string(), scope: try facts.choice(), title: try facts.string())
    }

    func write(to facts: inout FactWriter) {
        facts.string(code)
        facts.choice(scope)
        facts.string(title)
    }
}

extension Nomination: FactRecord {
    static let storedProperties = 5

    init(facts: inout FactReader) throws(FactError) {
        self.init(
            recipientKind: try facts.choice(), recipient: try facts.string(), award: try facts.string(),
            grounds: try facts.string(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.choice(recipientKind)
        facts.string(recipient)
        facts.string(award)
        facts.string(grounds)
        facts.write(location)
    }
}

extension EmulationWork: FactRecord {
    static let storedProperties = 2

    init(facts: inout FactReader) throws(FactError) {
        self.init(offices: try facts.array(), officers: try facts.array())
    }

    func write(to facts: inout FactWriter) {
        facts.write(offices)
        facts.write(officers)
    }
}

extension WorkOffice: FactRecord {
    static let storedProperties = 2

    init(facts: inout FactReader) throws(FactError) {
        self.init(kind: try facts.choice(), name: try facts.string())
    }

    func write(to facts: inout FactWriter) {
        facts.choice(kind)
        facts.string(name)
    }
}

extension WorkOfficer: FactRecord {
    static let storedProperties = 6

    init(facts: inout FactReader) throws(FactError) {
        self.init(
            gender: try facts.choice(), born: try facts.int(), education: try facts.choice(), since: try facts.int(),
            dedicated: try facts.bool(), location: try facts.read())
    }

    func write(to facts: inout FactWriter) {
        facts.choice(gender)
        facts.int(born)
        facts.choice(education)
        facts.int(since)
        facts.bool(dedicated)
        facts.write(location)
    }
}
