import Foundation

/// What a report used from each history year it read (the years before the year before its period): the
/// early cut-off of a build system. The eligibility rules read a history year only for the people whose awards are
/// judged on their past (`people`), for the agencies that sent an accepted report (whether one exists), and for
/// the board's decisions of that year; its indicators, staff counts, movements and other people are never read.
/// After a change the run rebuilds a report only if what it used changed, so a changed indicator value of 2020
/// does not rebuild 2024, while a changed title of a person a later report judges does.
public struct ReportUsage: Sendable, Equatable, Codable {
    /// The people the report's rules look up in the years before its period.
    public var people: [String]
    /// History year → digest of what the report used from it.
    public var years: [Int: String]

    public init(people: [String], years: [Int: String]) {
        self.people = people
        self.years = years
    }

    /// The digest of what a report judging `people` uses from one history year: the accepted submissions' agencies,
    /// those people's records there (positions in the file left out: moving a line changes nothing), and the
    /// year's board decisions. The same inputs give the same digest, however they were read.
    public static func digest(submissions: [Submission], board: BoardYear?, people: Set<String>) -> String {
        var parts: [String] = []
        for submission in submissions.sorted(by: { $0.agency < $1.agency }) {
            parts.append("agency \(submission.agency)")
            for person in submission.people.filter({ people.contains($0.id) }).sorted(by: { $0.id < $1.id }) {
                parts.append("person \(submission.agency) " + canonical(person))
            }
        }
        for decision in board?.decisions ?? [] {
            parts.append("decision " + canonical(decision))
        }
        return Digest.sha256(Data(parts.joined(separator: "\n").utf8))
    }

    /// JSON with sorted keys and without the `location` of anything (the line and column a value was read at).
    static func canonical(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(value), let object = try? JSONSerialization.jsonObject(with: data) else {
            return ""
        }
        func strip(_ node: Any) -> Any {
            if let dictionary = node as? [String: Any] {
                return dictionary.filter { $0.key != "location" }.mapValues(strip)
            }
            if let array = node as? [Any] { return array.map(strip) }
            return node
        }
        let cleaned = strip(object)
        guard let out = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys]) else { return "" }
        return String(decoding: out, as: UTF8.self)
    }
}
