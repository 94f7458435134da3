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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let nowhere = Location(line: 0, column: 0)
        var bytes = Data()
        for submission in submissions.sorted(by: { $0.agency < $1.agency }) {
            bytes.append(contentsOf: Array("agency \(submission.agency)\n".utf8))
            for person in submission.people.filter({ people.contains($0.id) }).sorted(by: { $0.id < $1.id }) {
                // Where a record sits in its file is not part of it.
                var record = person
                record.location = nowhere
                record.titles = TitleList(
                    record.titles.map { title in
                        var title = title
                        title.location = nowhere
                        return title
                    })
                bytes.append(contentsOf: Array("person \(submission.agency) ".utf8))
                bytes.append((try? encoder.encode(record)) ?? Data())
                bytes.append(0x0A)
            }
        }
        for decision in board?.decisions ?? [] {
            var record = decision
            record.location = nowhere
            record.recipients = record.recipients.map { recipient in
                var recipient = recipient
                recipient.location = nowhere
                return recipient
            }
            bytes.append(contentsOf: Array("decision ".utf8))
            bytes.append((try? encoder.encode(record)) ?? Data())
            bytes.append(0x0A)
        }
        return Digest.sha256(bytes)
    }
}
