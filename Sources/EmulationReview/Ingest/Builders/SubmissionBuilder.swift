import Foundation

/// Builds a `Submission` from the SAX events of an agency submission.
final class SubmissionBuilder: ElementHandler {
    private(set) var submission = Submission(
        agency: "", year: 0, revision: 0, submitted: nil,
        preparer: Preparer(name: "", email: ""),
        workforce: Workforce(total: 0, women: 0, directWorkers: 0, ethnicMinorities: 0, location: .start),
        indicatorsAsOf: Day(year: 0, month: 1, day: 1), indicators: [], movements: [], documents: [],
        collectives: [], people: [], nominations: [], location: .start)
    private var collective: Collective?
    private var person: Person?
    private var titles = TitleGatherer()
    private var pending: Attributes.Snapshot?

    /// The submission read, its people given their titles.
    func finish() -> Submission {
        titles.link(&submission.people)
        return submission
    }

    func wantsText(_ name: String) -> Bool {
        switch name {
        case "person", "title": false  // the most frequent, first
        case "movement", "document", "initiative", "nomination": true
        default: false
        }
    }

    func start(_ name: String, _ a: Attributes, at location: Location) {
        switch name {  // the most frequent elements first: a switch over strings compares in order
        case "person":
            titles.begin(person: submission.people.count)
            person = Person(
                id: a.text("id"), name: a.text("name"), gender: a.choice("gender", default: .male),
                ethnicMinority: a.bool("ethnicMinority"), worksDirectly: a.bool("worksDirectly"),
                level: a.choice("level", default: .staff), rating: a.choice("rating", default: .completed),
                collective: a.optionalText("collective"), discipline: nil, initiatives: [], titles: [],
                location: location)
        case "discipline":
            person?.discipline = Discipline(
                level: a.choice("level", default: .reprimand), decision: a.optionalText("decision"))
        case "title":
            let title = TitleGiven(
                award: a.text("award"), decision: a.text("decision"), date: a.day("date"), location: location)
            if person != nil {
                titles.append(title)
            } else {
                collective?.titles.append(title)
            }
        case "submission":
            submission.agency = a.text("agency")
            submission.year = a.int("year")
            submission.revision = a.int("revision")
            submission.submitted = ZonedTimestamp(iso: a.text("submitted"))
            submission.location = location
        case "emulationWork":
            submission.emulationWork = EmulationWork()
        case "office":
            submission.emulationWork?.offices.append(
                WorkOffice(kind: a.choice("kind", default: .division), name: a.text("name")))
        case "officer":
            submission.emulationWork?.officers.append(
                WorkOfficer(
                    gender: a.choice("gender", default: .male), born: a.int("born"),
                    education: a.choice("education", default: .university), since: a.int("since"),
                    dedicated: a.optionalBool("dedicated") ?? true, location: location))
        case "preparer":
            submission.preparer = Preparer(name: a.text("name"), email: a.text("email"), location: location)
        case "workforce":
            submission.workforce = Workforce(
                total: a.int("total"), women: a.int("women"),
                directWorkers: a.int("directWorkers"),
                ethnicMinorities: a.int("ethnicMinorities"), location: location)
        case "indicators":
            submission.indicatorsAsOf = a.day("asOf")
        case "indicator":
            submission.indicators.append(
                IndicatorResult(code: a.text("code"), actual: a.decimal("actual"), location: location))
        case "movement", "document", "initiative", "nomination":
            pending = Attributes.Snapshot(a, location: location)
        case "collective":
            collective = Collective(
                code: a.text("code"), name: a.text("name"), members: a.int("members"),
                women: a.int("women"), rating: a.choice("rating", default: .completed),
                titles: [], location: location, advancedLabourers: a.optionalInt("advancedLabourers"),
                grassrootsFighters: a.optionalInt("grassrootsFighters"), completedTasks: a.optionalInt("completedTasks")
            )
        default:
            break
        }
    }

    func end(_ name: String, text: String?, at location: Location) {
        switch name {
        case "person":
            titles.end()
            if let person { submission.people.append(person) }
            person = nil
        case "title":
            break
        case "collective":
            if let collective { submission.collectives.append(collective) }
            collective = nil
        case "movement":
            guard let p = pending else { return }
            submission.movements.append(
                MovementParticipation(code: p["code"], achievement: text?.collapsed ?? "", location: p.location))
        case "document":
            guard let p = pending else { return }
            submission.documents.append(
                GuidanceDocument(
                    number: p["number"], date: Day(iso: p["date"]) ?? Day(year: 0, month: 1, day: 1),
                    title: text?.collapsed ?? "", location: p.location))
        case "initiative":
            guard let p = pending else { return }
            person?.initiatives.append(
                Initiative(
                    code: p["code"], scope: InitiativeScope(rawValue: p["scope"]) ?? .unit,
                    title: text?.collapsed ?? ""))
        case "nomination":
            guard let p = pending else { return }
            submission.nominations.append(
                Nomination(
                    recipientKind: RecipientKind(rawValue: p["recipientKind"]) ?? .person,
                    recipient: p["recipient"], award: p["award"],
                    grounds: text?.collapsed ?? "", location: p.location))
        default:
            break
        }
    }
}

extension Attributes {
    /// A copy of the few attributes of an element whose text arrives later, at its end tag.
    struct Snapshot {
        /// An element has a handful of attributes: a list searched in order beats a hash table.
        private let values: [(name: String, value: String)]
        let location: Location

        init(_ attributes: Attributes, location: Location) {
            self.location = location
            values = attributes.all()
        }

        subscript(name: String) -> String { values.last { $0.name == name }?.value ?? "" }
    }
}
