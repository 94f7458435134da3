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
        let verb =
            switch source {
            case .nomination: "is proposed for"
            case .title: "is listed with"
            case .decision: "is awarded"
            }
        return "\(who) \(verb) \(AwardCode.name(award)) (\(award)) for \(year)"
    }
}

/// The `years` years ending with `last`, oldest first.
func window(_ years: Int, endingWith last: Int) -> [Int] {
    Array((last - years + 1)...last)
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
            let why =
                switch gap {
                case .beforeArchive:
                    "cannot be verified before \(history.archiveStart): the archive starts in \(history.archiveStart)"
                case .afterArchive: "cannot be verified: the archive ends in \(history.archiveEnd)"
                case .noSubmission:
                    "cannot be verified: agency \(candidate.agency) has no accepted submission for \(list)"
                case .notListed:
                    "cannot be verified: \(candidate.who) is not listed in the \(list) submission\(years.count > 1 ? "s" : "") of agency \(candidate.agency)"
                }
            gaps.append("\(need) in \(list) \(why)")
        }
    }

    /// Not eligible when a known fact breaks the rule, else cannot verify when the archive is silent, else eligible.
    var verdict: Verdict {
        if !failures.isEmpty {
            return .notEligible(
                Self.sentence("\(candidate.subject) but \(Self.list(failures)). Required: \(requirement)."))
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
