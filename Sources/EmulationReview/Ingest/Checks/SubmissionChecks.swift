import Foundation

/// Consistency of one agency submission, and its agreement with the registry and catalogues.
struct SubmissionChecks {
    let submission: Submission
    let reference: ReferenceData?
    let folderYear: Int?

    func run(_ sink: inout FindingSink) {
        checkYear(&sink)
        checkPreparer(&sink)
        checkWorkforce(&sink)
        checkPeople(&sink)
        checkCollectives(&sink)
        checkNominations(&sink)
        checkIndicators(&sink)
        if let reference {
            checkAgency(reference, &sink)
            checkCodes(reference, &sink)
        }
    }

    private var s: Submission { submission }

    private func checkYear(_ sink: inout FindingSink) {
        if let folderYear, folderYear != s.year {
            sink.error(
                "submission.year-mismatch", at: s.location,
                "the file says year \(s.year) but lies in the folder for \(folderYear); correct the year or move the file to the \(s.year) folder"
            )
        }
        if s.indicatorsAsOf.year != s.year {
            sink.warning(
                "indicator.as-of-outside-year", at: s.location,
                "the indicators are reported as of \(s.indicatorsAsOf), outside the reporting year \(s.year); check the asOf date"
            )
        }
    }

    /// A warning, not an error: the address only matters for feedback, which goes to the agency's registered
    /// contacts (and to the preparer only when the address is plain and in their domain), so a bad address must
    /// not reject the agency's report.
    private func checkPreparer(_ sink: inout FindingSink) {
        let email = s.preparer.email
        guard let problem = EmailAddress.problem(in: email) else { return }
        let domain = reference?.agencies[s.agency]?.contacts.lazy.compactMap(EmailAddress.domain(of:)).first
        sink.warning(
            "submission.preparer-email", at: s.preparer.location,
            "preparer email \"\(email)\" is not a usable email address (\(problem)); write one address such as ten.ho@\(domain ?? "bhxh-tinh.vn"); feedback goes to the agency's registered contacts"
        )
    }

    private func checkWorkforce(_ sink: inout FindingSink) {
        let w = s.workforce
        for (name, value) in [
            ("total", w.total), ("women", w.women), ("directWorkers", w.directWorkers),
            ("ethnicMinorities", w.ethnicMinorities),
        ] where value < 0 {
            sink.error("count.negative", at: w.location, "workforce \(name) is \(value); a count cannot be negative")
        }
        for (name, label, value) in [
            ("women", "women", w.women), ("directWorkers", "people who work directly", w.directWorkers),
            ("ethnicMinorities", "ethnic-minority staff", w.ethnicMinorities),
        ] where value > w.total {
            sink.error(
                "workforce.exceeds-total", at: w.location,
                "workforce \(name) (\(value) \(label)) is greater than the total staff (\(w.total)); correct one of the two counts"
            )
        }
        let titled = Set(s.people.filter { !$0.titles.isEmpty }.map(\.id)).count
        if w.total >= 0 && titled > w.total {
            sink.error(
                "titles.exceed-headcount", at: w.location,
                "\(titled) people received a title but the workforce total is \(w.total); correct the total or the list of people"
            )
        }
    }

    private func checkPeople(_ sink: inout FindingSink) {
        let collectives = Set(s.collectives.map(\.code))
        var firstLine: [String: Int] = [:]
        for person in s.people {
            if !Self.isSocialInsuranceNumber(person.id) {
                sink.error(
                    "person.id-malformed", at: person.location,
                    "person id \"\(person.id)\" (\(person.name)) is not a 10-digit social insurance number; write the person's 10-digit number"
                )
            }
            if let earlier = firstLine[person.id] {
                sink.error(
                    "person.duplicate-id", at: person.location,
                    "person \(person.id) appears twice (first at line \(earlier)); list each person once")
            } else {
                firstLine[person.id] = person.location.line
            }
            if let collective = person.collective, !collectives.contains(collective) {
                sink.error(
                    "person.unknown-collective", at: person.location,
                    "\(person.name) belongs to collective \(collective), which is not among the collectives of this file; add it or correct the code"
                )
            }
            reportDuplicates(
                person.initiatives, code: "initiative.duplicate", what: "initiative", key: \.code,
                location: { _ in person.location }, into: &sink)
        }
    }

    private func checkCollectives(_ sink: inout FindingSink) {
        reportDuplicates(
            s.collectives, code: "collective.duplicate-code", what: "collective", key: \.code, location: \.location,
            into: &sink)
        for c in s.collectives {
            if c.members < 0 || c.women < 0 {
                sink.error(
                    "count.negative", at: c.location,
                    "collective \(c.code) has a negative count; a count cannot be negative")
            }
            if c.women > c.members {
                sink.error(
                    "collective.women-exceed-members", at: c.location,
                    "collective \(c.code) (\(c.name)) has \(c.women) women but only \(c.members) members; correct one of the two counts"
                )
            }
        }
    }

    private func checkNominations(_ sink: inout FindingSink) {
        let people = Set(s.people.map(\.id))
        let collectives = Set(s.collectives.map(\.code))
        for n in s.nominations {
            let known: Bool
            let what: String
            switch n.recipientKind {
            case .person:
                known = people.contains(n.recipient)
                what =
                    "person \(n.recipient) is not in the file's list of people; add the person with their record for the year"
            case .collective:
                known = collectives.contains(n.recipient)
                what = "collective \(n.recipient) is not among the file's collectives; add it or correct the code"
            case .agency:
                known = n.recipient == s.agency
                what = "an agency may only nominate itself as a whole (\(s.agency)), not \(n.recipient)"
            }
            if !known {
                sink.error("nomination.unknown-recipient", at: n.location, "nomination for \(n.award): \(what)")
            }
        }
    }

    private func checkIndicators(_ sink: inout FindingSink) {
        reportDuplicates(
            s.indicators, code: "indicator.duplicate", what: "indicator", key: \.code, location: \.location, into: &sink
        )
    }

    private func checkAgency(_ reference: ReferenceData, _ sink: inout FindingSink) {
        guard let agency = reference.agencies[s.agency] else {
            sink.error(
                "agency.unknown", at: s.location,
                "agency code \(s.agency) is not in the agency registry; use your office's code from the registry")
            return
        }
        if !agency.isValid(inYear: s.year) {
            var message =
                "agency \(s.agency) (\(agency.name)) did not exist in \(s.year): the registry has it from \(agency.validFrom)"
            if let to = agency.validTo { message += " to \(to)" }
            if let successor = agency.successor { message += "; report as \(successor)" }
            sink.error("agency.not-valid-in-year", at: s.location, message)
        }
    }

    private func checkCodes(_ reference: ReferenceData, _ sink: inout FindingSink) {
        for result in s.indicators {
            guard let definition = reference.indicators[result.code] else {
                sink.error(
                    "indicator.unknown", at: result.location,
                    "indicator code \(result.code) is not in the catalogue; use a code from the catalogue")
                continue
            }
            if definition.unit == .percent && (result.actual < 0 || result.actual > 100) {
                sink.error(
                    "indicator.percent-out-of-range", at: result.location,
                    "\(result.code) (\(definition.name)) is \(result.actual)%, outside 0–100; write the percentage itself, e.g. 98.14"
                )
            } else if definition.unit != .percent && result.actual < 0 {
                sink.error(
                    "count.negative", at: result.location,
                    "\(result.code) (\(definition.name)) is \(result.actual); it cannot be negative")
            }
        }
        for movement in s.movements where reference.movements[movement.code] == nil {
            sink.error(
                "movement.unknown", at: movement.location,
                "movement code \(movement.code) is not in the catalogue; use the code of the movement as the catalogue lists it"
            )
        }
        func checkAward(_ code: String, for kind: RecipientKind, at location: Location, who: String) {
            guard let award = reference.awards[code] else {
                sink.error(
                    "award.unknown", at: location,
                    "award code \(code) (\(who)) is not in the catalogue; use a code from the catalogue")
                return
            }
            if !award.recipients.admits(kind) {
                sink.error(
                    "award.wrong-recipient", at: location,
                    "\(award.name) is for \(award.recipients == .individual ? "individuals" : "collectives") only, but is given to \(who)"
                )
            }
        }
        for c in s.collectives {
            for t in c.titles { checkAward(t.award, for: .collective, at: t.location, who: "collective \(c.code)") }
        }
        for p in s.people {
            for t in p.titles { checkAward(t.award, for: .person, at: t.location, who: p.name) }
        }
        for n in s.nominations {
            checkAward(n.award, for: n.recipientKind, at: n.location, who: "\(n.recipientKind.rawValue) \(n.recipient)")
        }
    }

    static func isSocialInsuranceNumber(_ id: String) -> Bool {
        id.utf8.count == 10 && id.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
