import Foundation

/// Builds the small histories of the rules' examples: people year by year with their rating, titles,
/// initiatives and discipline, collectives with their members, and awards given by decision.
///
///     ExampleHistory(archive: 2015...2019)
///         .person("0101000001", "Trần Văn An", in: 2017...2019, titles: ["LDTT", "CSTDCS"])
///         .person("0101000001", "Trần Văn An", year: 2018, titles: ["LDTT", "CSTDCS"], initiatives: [.sector])
public struct ExampleHistory: Sendable {
    /// The agency of the examples unless one is named.
    public static let agency = "27"

    private struct PersonEntry: Sendable {
        var agency: String
        var person: Person
    }

    private struct CollectiveEntry: Sendable {
        var agency: String
        var collective: Collective
    }

    private struct DecisionEntry: Sendable {
        var id: String
        var record: AwardRecord
    }

    private struct AgencyYear: Sendable, Hashable {
        var agency: String
        var year: Int
    }

    private var archive: ClosedRange<Int>
    /// Year → person id → entry; a later entry for the same person and year replaces the earlier.
    private var people: [Int: [String: PersonEntry]] = [:]
    private var collectives: [Int: [String: CollectiveEntry]] = [:]
    private var decisions: [DecisionEntry] = []
    /// Agencies with an accepted submission although no person of the example is listed in it.
    private var emptySubmissions: Set<AgencyYear> = []
    /// The review's cluster ranking, for the flag rules.
    private var standings = Standings()

    public init(archive: ClosedRange<Int>) {
        self.archive = archive
    }

    /// Lists a person in their agency's submission for every year of `years`.
    public func person(
        _ id: String, _ name: String, in years: ClosedRange<Int>, agency: String = ExampleHistory.agency,
        rating: Rating = .good, titles: [String] = [], initiatives: [InitiativeScope] = [],
        discipline: DisciplineLevel? = nil, collective: String? = nil, gender: Gender = .female
    ) -> ExampleHistory {
        var copy = self
        for year in years {
            let day = Day(year: year, month: 12, day: 15)
            let person = Person(
                id: id, name: name, gender: gender, ethnicMinority: false, worksDirectly: true, level: .staff,
                rating: rating, collective: collective,
                discipline: discipline.map { Discipline(level: $0, decision: "KL-\(year)") },
                initiatives: initiatives.enumerated().map {
                    Initiative(
                        code: "SK-\(id)-\(year)-\($0.offset + 1)", scope: $0.element,
                        title: "Initiative \($0.offset + 1) of \(year)")
                },
                titles: TitleList(
                    titles.map {
                        TitleGiven(award: $0, decision: "QD-\(agency)-\(year)", date: day, location: .start)
                    }),
                location: .start)
            copy.people[year, default: [:]][id] = PersonEntry(agency: agency, person: person)
        }
        return copy
    }

    /// Lists a person in their agency's submission for one year.
    public func person(
        _ id: String, _ name: String, year: Int, agency: String = ExampleHistory.agency,
        rating: Rating = .good, titles: [String] = [], initiatives: [InitiativeScope] = [],
        discipline: DisciplineLevel? = nil, collective: String? = nil, gender: Gender = .female
    ) -> ExampleHistory {
        person(
            id, name, in: year...year, agency: agency, rating: rating, titles: titles, initiatives: initiatives,
            discipline: discipline, collective: collective, gender: gender)
    }

    /// Lists `count` people at once (ids `prefix` + 01, 02…), e.g. the Advanced Labourers of a collective.
    public func people(
        _ count: Int, idPrefix prefix: String, year: Int, agency: String = ExampleHistory.agency,
        rating: Rating = .good, titles: [String] = [], collective: String? = nil
    ) -> ExampleHistory {
        guard count > 0 else { return self }
        return (1...count).reduce(self) { history, n in
            let number = n < 10 ? "0\(n)" : "\(n)"
            return history.person(
                prefix + number, "Staff \(prefix)\(number)", year: year, agency: agency, rating: rating,
                titles: titles, collective: collective)
        }
    }

    /// Lists a collective (a division or district office) with its headcount, rating and titles.
    public func collective(
        _ code: String, _ name: String, year: Int, agency: String = ExampleHistory.agency,
        members: Int, rating: Rating, titles: [String] = [], advancedLabourers: Int? = nil,
        grassrootsFighters: Int? = nil, completedTasks: Int? = nil
    ) -> ExampleHistory {
        var copy = self
        let day = Day(year: year, month: 12, day: 15)
        copy.collectives[year, default: [:]][code] = CollectiveEntry(
            agency: agency,
            collective: Collective(
                code: code, name: name, members: members, women: 0, rating: rating,
                titles: titles.map {
                    TitleGiven(award: $0, decision: "QD-\(agency)-\(year)", date: day, location: .start)
                },
                location: .start, advancedLabourers: advancedLabourers, grassrootsFighters: grassrootsFighters,
                completedTasks: completedTasks))
        return copy
    }

    /// Records an award given by a decision of the board (e.g. a Certificate of Merit), for a year.
    public func decision(_ id: String, _ award: String, year: Int) -> ExampleHistory {
        var copy = self
        copy.decisions.append(
            DecisionEntry(
                id: id,
                record: AwardRecord(
                    award: award, year: year, date: Day(year: year, month: 12, day: 20),
                    decision: "QD-BHXH-\(year)", source: .decision)))
        return copy
    }

    /// Records that an agency submitted for a year, even if none of the example's people is in it.
    public func submission(agency: String = ExampleHistory.agency, year: Int) -> ExampleHistory {
        var copy = self
        copy.emptySubmissions.insert(AgencyYear(agency: agency, year: year))
        return copy
    }

    /// Places an agency in the review's cluster ranking of a year (and records its submission for the year).
    public func standing(
        agency: String = ExampleHistory.agency, year: Int, cluster: String, rank: Int, planned: Int = 6,
        fulfilled: Int = 6, thematic: [Standing.Movement] = []
    ) -> ExampleHistory {
        var copy = submission(agency: agency, year: year)
        copy.standings.add(
            Standing(cluster: cluster, rank: rank, planned: planned, fulfilled: fulfilled, thematic: thematic),
            agency: agency, year: year)
        return copy
    }

    /// Records that the review ranked a year, whoever it could score.
    public func ranked(year: Int) -> ExampleHistory {
        var copy = self
        copy.standings.rank(year: year)
        return copy
    }

    /// The history: one accepted submission per agency and year, then the decisions.
    public var history: History {
        var history = History(archiveStart: archive.lowerBound, archiveEnd: archive.upperBound)
        var agencyYears = emptySubmissions
        for (year, entries) in people {
            for entry in entries.values { agencyYears.insert(AgencyYear(agency: entry.agency, year: year)) }
        }
        for (year, entries) in collectives {
            for entry in entries.values { agencyYears.insert(AgencyYear(agency: entry.agency, year: year)) }
        }
        for key in agencyYears.sorted(by: { ($0.year, $0.agency) < ($1.year, $1.agency) })
        where archive.contains(key.year) {
            let listed = (people[key.year] ?? [:]).values.filter { $0.agency == key.agency }.map(\.person).sorted {
                $0.id < $1.id
            }
            let units = (collectives[key.year] ?? [:]).values.filter { $0.agency == key.agency }.map(\.collective)
                .sorted { $0.code < $1.code }
            history.add(Self.submission(agency: key.agency, year: key.year, people: listed, collectives: units))
        }
        for entry in decisions where archive.contains(entry.record.year) {
            history.addPersonAward(entry.id, entry.record)
        }
        return history
    }

    /// The history with the example rulebook.
    public var context: RuleContext {
        RuleContext(history: history, rulebook: Self.rulebook, standings: standings)
    }

    /// The history with another rulebook (e.g. one lacking a parameter).
    public func context(rulebook: Rulebook) -> RuleContext {
        RuleContext(history: history, rulebook: rulebook, standings: standings)
    }

    /// A person as a candidate for an award: a title of the year's submission, a nomination (dated the last
    /// day of its year) or a board decision (dated 20 December of the year).
    public static func candidate(
        _ id: String, _ name: String, _ award: String, year: Int, source: Candidate.Source = .title,
        agency: String = ExampleHistory.agency
    ) -> Candidate {
        Candidate(
            recipientKind: .person, recipient: id, agency: agency, name: name, award: award, year: year,
            date: date(year: year, source: source), source: source)
    }

    /// An agency as a candidate for an award (a flag, an order), proposed in its own submission by default.
    public static func agencyCandidate(
        _ name: String, _ award: String, year: Int, code: String = ExampleHistory.agency,
        source: Candidate.Source = .nomination
    ) -> Candidate {
        Candidate(
            recipientKind: .agency, recipient: code, agency: code, name: name, award: award, year: year,
            date: date(year: year, source: source), source: source)
    }

    /// A collective as a candidate for an award.
    public static func collectiveCandidate(
        _ code: String, _ name: String, _ award: String, year: Int,
        source: Candidate.Source = .title, agency: String = ExampleHistory.agency
    ) -> Candidate {
        Candidate(
            recipientKind: .collective, recipient: code, agency: agency, name: name, award: award, year: year,
            date: date(year: year, source: source), source: source)
    }

    private static func date(year: Int, source: Candidate.Source) -> Day {
        switch source {
        case .nomination: Day(year: year, month: 12, day: 31)
        case .title: Day(year: year, month: 12, day: 15)
        case .decision: Day(year: year, month: 12, day: 20)
        }
    }

    private static func submission(agency: String, year: Int, people: [Person], collectives: [Collective]) -> Submission
    {
        Submission(
            agency: agency, year: year, revision: 1,
            submitted: ZonedTimestamp(iso: "\(year + 1)-01-10T09:00:00+07:00")!,
            preparer: Preparer(name: "Example preparer", email: "preparer@example.vn"),
            workforce: Workforce(
                total: max(people.count, collectives.reduce(0) { $0 + $1.members }),
                women: 0, directWorkers: 0, ethnicMinorities: 0, location: .start),
            indicatorsAsOf: Day(year: year, month: 12, day: 31), indicators: [], movements: [], documents: [],
            collectives: collectives, people: people, nominations: [], location: .start)
    }

    /// The parameters of `Inputs/reference/rulebook.xml`, written out for the examples (the only copy in code).
    public static let rulebook: Rulebook = {
        func day(_ text: String) -> Day { Day(iso: text)! }
        func dated(_ from: String, _ value: Decimal, _ source: String) -> Dated<Decimal> {
            Dated(from: day(from), value: value, source: source)
        }
        let since2010 = "2010-07-27"
        return Rulebook(
            regimes: [
                Regime(
                    code: "LAW-2003", name: "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2013), Nghị định 42/2010/NĐ-CP",
                    nameEn: "Law on Emulation and Commendation 2003/2013, Decree 42/2010/ND-CP", from: day(since2010),
                    law: .law2003),
                Regime(
                    code: "ND-91-2017", name: "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP",
                    nameEn: "Law on Emulation and Commendation 2003/2013, Decree 91/2017/ND-CP",
                    from: day("2017-10-01"), law: .law2003),
                Regime(
                    code: "ND-98-2023", name: "Luật Thi đua, Khen thưởng số 06/2022/QH15, Nghị định 98/2023/NĐ-CP",
                    nameEn: "Law 06/2022/QH15, Decree 98/2023/ND-CP", from: day("2024-01-01"), law: .law2022),
                Regime(
                    code: "ND-152-2025", name: "Luật Thi đua, Khen thưởng số 06/2022/QH15, Nghị định 152/2025/NĐ-CP",
                    nameEn: "Law 06/2022/QH15, Decree 152/2025/ND-CP", from: day("2025-07-01"), law: .law2022),
            ],
            baseSalaries: [], bonuses: [:],
            parameters: [
                "advanced-collective.min-share": [
                    dated(since2010, 50, "Nghị định 91/2017/NĐ-CP: trên 50% là Lao động tiên tiến"),
                    dated("2024-01-01", 70, "Nghị định 98/2023/NĐ-CP: từ 70% là Lao động tiên tiến"),
                ],
                "excellent-collective.min-share": [
                    dated(since2010, 70, "Nghị định 91/2017/NĐ-CP"),
                    dated("2024-01-01", 70, "Nghị định 98/2023/NĐ-CP"),
                ],
                "grassroots-fighter.max-share": [
                    dated(since2010, 15, "Tỷ lệ Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến (chưa chắc chắn)")
                ],
                "sector-fighter.consecutive-grassroots": [dated(since2010, 3, "Nghị định 91/2017/NĐ-CP")],
                "national-fighter.consecutive-sector": [dated(since2010, 2, "Nghị định 91/2017/NĐ-CP")],
                "sector-certificate.consecutive-grassroots": [
                    dated(since2010, 2, "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP")
                ],
                "pm-certificate.consecutive-years": [
                    dated(since2010, 5, "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP")
                ],
                "labour-order-3.consecutive-years": [dated(since2010, 5, "Nghị định 98/2023/NĐ-CP")],
                "labour-order-3.excellent-years": [
                    dated(
                        since2010, 5,
                        "Nghị định 91/2017/NĐ-CP: các năm đều hoàn thành xuất sắc nhiệm vụ (chưa chắc chắn)")
                ],
                "labour-order-3.initiatives": [dated(since2010, 5, "Nghị định 91/2017/NĐ-CP (chưa chắc chắn)")],
                "labour-order-2.consecutive-years": [
                    dated(since2010, 5, "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP (chưa chắc chắn)")
                ],
                "labour-order-2.excellent-years": [
                    dated(
                        since2010, 5,
                        "Nghị định 91/2017/NĐ-CP: các năm đều hoàn thành xuất sắc nhiệm vụ (chưa chắc chắn)"),
                    dated("2024-01-01", 2, "Nghị định 98/2023/NĐ-CP (chưa chắc chắn)"),
                ],
                "labour-order-2.initiatives": [dated(since2010, 2, "Nghị định 91/2017/NĐ-CP (chưa chắc chắn)")],
                "labour-order-1.consecutive-years": [
                    dated(since2010, 5, "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP (chưa chắc chắn)")
                ],
                "labour-order-1.excellent-years": [
                    dated(
                        since2010, 5,
                        "Nghị định 91/2017/NĐ-CP: các năm đều hoàn thành xuất sắc nhiệm vụ (chưa chắc chắn)"),
                    dated("2024-01-01", 3, "Nghị định 98/2023/NĐ-CP (chưa chắc chắn)"),
                ],
                "labour-order-1.initiatives": [dated(since2010, 3, "Nghị định 91/2017/NĐ-CP (chưa chắc chắn)")],
                "sector-flag.thematic-years": [
                    dated(
                        since2010, 3,
                        "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP: phong trào theo chuyên đề từ 3 năm")
                ],
                "labour-order-3.grassroots-titles": [dated("2024-01-01", 3, "Nghị định 98/2023/NĐ-CP")],
                "pm-certificate.grassroots-titles": [dated("2024-01-01", 3, "Nghị định 98/2023/NĐ-CP")],
                "pm-certificate.initiatives": [dated(since2010, 5, "Nghị định 91/2017/NĐ-CP")],
                "sector-certificate.excellent-years": [
                    dated(since2010, 2, "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP")
                ],
                "sector-certificate.initiatives": [
                    dated(since2010, 2, "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP")
                ],
            ],
            scoring: ScoringMethod(cap: 120, womenPreferenceShare: 70, weights: [:]))
    }()

    /// The example rulebook without a parameter, for the examples of a missing parameter.
    public static func rulebook(without parameter: String) -> Rulebook {
        var copy = rulebook
        copy.parameters[parameter] = nil
        return copy
    }
}
