import Foundation

/// Everything conferred in the period — titles in agencies' accepted submissions and the board's decisions —
/// with the reward fund each implies (multiple × base salary in force on the decision date).
enum AwardsReview {
    static func authority(for level: AwardLevel) -> String {
        switch level {
        case .agency: "agency-head"
        case .sector: Authority.generalDirector.rawValue
        case .government: Authority.primeMinister.rawValue
        case .state: Authority.president.rawValue
        }
    }

    static func rows(_ ctx: ReviewContext) -> [AwardRow] {
        var rows: [AwardRow] = []
        var seen: Set<String> = []
        func add(_ row: AwardRow) {
            let key = "\(row.recipientKind.rawValue)|\(row.agency)|\(row.recipient)|\(row.award)|\(row.decision)|\(row.year)"
            guard seen.insert(key).inserted else { return }
            rows.append(row)
        }
        func make(year: Int, date: Day, decision: String, authority: String?, award code: String, kind: CommendationKind,
                  recipientKind: RecipientKind, recipient: String, name: String, agency: String, gender: Gender?,
                  direct: Bool?, minority: Bool?, level: PositionLevel?, source: AwardSource, file: String,
                  location: Location) -> AwardRow {
            let award = ctx.reference.awards[code]
            let rulebook = ctx.reference.rulebook
            let multiple = rulebook.bonusMultiple(for: code, on: date)
            let salary = multiple == nil ? nil : rulebook.baseSalary(on: date)
            var amount: Decimal?
            if let multiple, let salary { amount = (multiple * salary).rounded(0) }
            let awardLevel = award?.level ?? .agency
            return AwardRow(year: year, date: date, decision: decision, authority: authority ?? Self.authority(for: awardLevel),
                            award: code, awardName: award?.name ?? code, level: awardLevel,
                            form: award?.kind ?? .certificateOfMerit, commendationKind: kind, recipientKind: recipientKind,
                            recipient: recipient, recipientName: name, agency: agency, agencyName: ctx.agencyName(agency),
                            gender: gender, worksDirectly: direct, ethnicMinority: minority, positionLevel: level,
                            source: source, bonusMultiple: multiple, baseSalary: salary, rewardAmount: amount,
                            file: file, location: location)
        }
        for year in ctx.period.years {
            for agency in (ctx.accepted[year] ?? [:]).keys.sorted() {
                let (file, s) = ctx.accepted[year]![agency]!
                for collective in s.collectives {
                    for t in collective.titles {
                        add(make(year: year, date: t.date, decision: t.decision, authority: nil, award: t.award, kind: .regular,
                                 recipientKind: .collective, recipient: collective.code, name: collective.name, agency: agency,
                                 gender: nil, direct: nil, minority: nil, level: nil, source: .submission, file: file.path,
                                 location: t.location))
                    }
                }
                for person in s.people {
                    for t in person.titles {
                        add(make(year: year, date: t.date, decision: t.decision, authority: nil, award: t.award, kind: .regular,
                                 recipientKind: .person, recipient: person.id, name: person.name, agency: agency,
                                 gender: person.gender, direct: person.worksDirectly, minority: person.ethnicMinority,
                                 level: person.level, source: .submission, file: file.path, location: t.location))
                    }
                }
            }
            guard let board = ctx.boards[year] else { continue }
            let boardFile = ctx.input.files.first { $0.format == .board && InputFolder.folderYear(of: $0.path) == year }?.path ?? ""
            for decision in board.decisions {
                for r in decision.recipients {
                    let known = r.kind == .person ? r.id.flatMap { ctx.history.person($0, in: year)?.person } : nil
                    add(make(year: year, date: decision.date, decision: decision.number, authority: decision.authority.rawValue,
                             award: decision.award, kind: decision.kind, recipientKind: r.kind,
                             recipient: r.id ?? r.agency, name: r.name, agency: r.agency,
                             gender: r.gender ?? known?.gender, direct: r.worksDirectly ?? known?.worksDirectly,
                             minority: r.ethnicMinority ?? known?.ethnicMinority, level: r.level ?? known?.level,
                             source: .decision, file: boardFile, location: r.location))
                }
            }
        }
        return rows.sorted {
            ($0.year, $0.date, $0.award, $0.agency, $0.recipient, $0.decision) < ($1.year, $1.date, $1.award, $1.agency, $1.recipient, $1.decision)
        }
    }

    static func summary(_ ctx: ReviewContext, awards: [AwardRow]) -> [AwardSummaryRow] {
        var byAward: [String: AwardSummaryRow] = [:]
        for row in awards {
            let definition = ctx.reference.awards[row.award]
            var s = byAward[row.award] ?? AwardSummaryRow(award: row.award, awardName: row.awardName, level: row.level,
                                                          rank: definition?.rank ?? 0, collectives: 0, individuals: 0,
                                                          women: 0, directWorkers: 0, ethnicMinorities: 0, rewardTotal: 0)
            if row.isCollective {
                s.collectives += 1
            } else {
                s.individuals += 1
                if row.gender == .female { s.women += 1 }
                if row.worksDirectly == true { s.directWorkers += 1 }
                if row.ethnicMinority == true { s.ethnicMinorities += 1 }
            }
            s.rewardTotal += row.rewardAmount ?? 0
            byAward[row.award] = s
        }
        return byAward.values.sorted { ($1.rank, $0.award) < ($0.rank, $1.award) }
    }
}
