import Foundation

/// Everything conferred in the period — titles in agencies' accepted submissions and the board's decisions —
/// with the reward fund each implies (multiple × base salary in force on the decision date). An award the
/// rulebook gives no multiple is counted as such, so that a total never passes for the whole fund.
enum AwardsReview {
    static func authority(for level: AwardLevel) -> String {
        switch level {
        case .agency: "agency-head"
        case .sector: Authority.generalDirector.rawValue
        case .government: Authority.primeMinister.rawValue
        case .state: Authority.president.rawValue
        }
    }

    /// The awards of the period's calendar years: those of each year's accepted submissions and board's file.
    static func rows(_ ctx: ReviewContext) -> [AwardRow] { rows(ctx, years: ctx.period.years) }

    /// What the statistics forms count of the awards decided in the period's statistics year (1 December of the
    /// year before to 30 November), wherever they were reported: the period's own rows (`awards`) and those of the
    /// year before, where a December decision is reported. An award reported in both years is counted once.
    static func statisticsYearFacts(_ ctx: ReviewContext, awards: [AwardRow]) -> [StatisticsForms.AwardFacts] {
        let window = ctx.period.statisticsWindow
        let before = rows(ctx, years: [ctx.period.first - 1], decidedIn: window)
        func row(_ index: Int) -> AwardRow { index < before.count ? before[index] : awards[index - before.count] }
        // The same award to the same recipient by the same decision counts once (a title listed by the agency and
        // in the board's decision). Duplicates share a decision, so they are looked for within each decision's
        // rows: a few hundred keys at a time rather than one set of every row.
        struct Decision: Hashable {
            let award: String
            let decision: String
        }
        struct Recipient: Hashable {
            let kind: RecipientKind
            let agency: String
            let recipient: String
        }
        var byDecision: [Decision: [Int32]] = [:]
        for index in 0..<(before.count + awards.count) {
            let r = row(index)
            guard window.contains(r.date) else { continue }
            byDecision[Decision(award: r.award, decision: r.decision), default: []].append(Int32(index))
        }
        var counted = [Bool](repeating: false, count: before.count + awards.count)
        for list in byDecision.values {
            var seen = Set<Recipient>(minimumCapacity: list.count)
            for index in list {
                let r = row(Int(index))
                if seen.insert(Recipient(kind: r.recipientKind, agency: r.agency, recipient: r.recipient)).inserted {
                    counted[Int(index)] = true
                }
            }
        }
        return counted.indices.filter { counted[$0] }.map { StatisticsForms.AwardFacts(row($0)) }
    }

    /// The awards of `years`; with `window`, only those decided in it (a decision outside it still counts once
    /// with the agency's title it repeats).
    static func rows(_ ctx: ReviewContext, years: [Int], decidedIn window: ClosedRange<Day>? = nil) -> [AwardRow] {
        // Rows come in a fixed order (year, agency code, the submission's own order, then the board's decisions in
        // the order of its file), so no sort of the whole list is needed for the output to be the same every time.
        var rows: [AwardRow] = []
        if window == nil { rows.reserveCapacity(listedCount(ctx, years: years)) }
        // The year's awards its board also decides, by recipient and decision: a decision an agency also listed
        // among its titles is counted once.
        var decided: Set<String> = []
        var listed: Set<String> = []
        func add(_ row: AwardRow) {
            if decided.contains(row.award) { listed.insert(key(row)) }
            if window?.contains(row.date) ?? true { rows.append(row) }
        }
        func key(_ row: AwardRow) -> String {
            "\(row.recipientKind.rawValue)|\(row.agency)|\(row.recipient)|\(row.award)|\(row.decision)"
        }
        func make(
            year: Int, date: Day, decision: String, authority: String?, award code: String, kind: CommendationKind,
            recipientKind: RecipientKind, recipient: String, name: String, agency: String, gender: Gender?,
            direct: Bool?, minority: Bool?, level: PositionLevel?, source: AwardSource, file: String,
            location: Location
        ) -> AwardRow {
            let award = ctx.reference.awards[code]
            let rulebook = ctx.reference.rulebook
            // A collective's multiple is the individual's times the rulebook's collective factor (orders: 2), so
            // that the row's multiple × base salary is its amount.
            let collective = recipientKind != .person
            let multiple = rulebook.bonus(for: code, on: date)?.multiple(collective: collective)
            let salary = multiple == nil ? nil : rulebook.baseSalary(on: date)
            var amount: Decimal?
            if let multiple, let salary { amount = (multiple * salary).rounded(0) }
            let awardLevel = award?.level ?? .agency
            return AwardRow(
                year: year, date: date, decision: decision, authority: authority ?? Self.authority(for: awardLevel),
                award: code, awardName: award?.name ?? code, level: awardLevel,
                form: award?.kind ?? .certificateOfMerit, commendationKind: kind, recipientKind: recipientKind,
                recipient: recipient, recipientName: name, agency: agency, agencyName: ctx.agencyName(agency),
                gender: gender, worksDirectly: direct, ethnicMinority: minority, positionLevel: level,
                source: source, bonusMultiple: multiple, baseSalary: salary, rewardAmount: amount,
                file: file, location: location)
        }
        for year in years {
            decided = Set(ctx.boards[year]?.decisions.map(\.award) ?? [])
            listed = []
            for agency in (ctx.accepted[year] ?? [:]).keys.sorted() {
                let (file, s) = ctx.accepted[year]![agency]!
                for collective in s.collectives {
                    for t in collective.titles {
                        add(
                            make(
                                year: year, date: t.date, decision: t.decision, authority: nil, award: t.award,
                                kind: .regular,
                                recipientKind: .collective, recipient: collective.code, name: collective.name,
                                agency: agency,
                                gender: nil, direct: nil, minority: nil, level: nil, source: .submission,
                                file: file.path,
                                location: t.location))
                    }
                }
                for person in s.people {
                    for t in person.titles {
                        add(
                            make(
                                year: year, date: t.date, decision: t.decision, authority: nil, award: t.award,
                                kind: .regular,
                                recipientKind: .person, recipient: person.id, name: person.name, agency: agency,
                                gender: person.gender, direct: person.worksDirectly, minority: person.ethnicMinority,
                                level: person.level, source: .submission, file: file.path, location: t.location))
                    }
                }
            }
            guard let board = ctx.boards[year] else { continue }
            let boardFile =
                ctx.input.files.first { $0.format == .board && InputFolder.folderYear(of: $0.path) == year }?.path ?? ""
            for decision in board.decisions {
                for r in decision.recipients {
                    let recipientKey =
                        "\(r.kind.rawValue)|\(r.agency)|\(r.id ?? r.agency)|\(decision.award)|\(decision.number)"
                    guard listed.insert(recipientKey).inserted else { continue }
                    let known = r.kind == .person ? r.id.flatMap { ctx.person($0, agency: r.agency, year: year) } : nil
                    var row =
                        make(
                            year: year, date: decision.date, decision: decision.number,
                            authority: decision.authority.rawValue,
                            award: decision.award, kind: decision.kind, recipientKind: r.kind,
                            recipient: r.id ?? r.agency, name: r.name, agency: r.agency,
                            gender: r.gender ?? known?.gender, direct: r.worksDirectly ?? known?.worksDirectly,
                            minority: r.ethnicMinority ?? known?.ethnicMinority, level: r.level ?? known?.level,
                            source: .decision, file: boardFile, location: r.location)
                    row.category = r.category
                    row.proposer = decision.proposer
                    add(row)
                }
            }
        }
        return rows
    }

    /// How many awards the years' accepted submissions list (their people's and collectives' titles) and their
    /// board files decide: room for the rows at once, since a list that doubles as it grows holds its old and its
    /// new storage together for a moment (for a phase's 140,000 awards, some 35 MB more at the review's peak).
    static func listedCount(_ ctx: ReviewContext, years: [Int]) -> Int {
        var count = 0
        for year in years {
            for entry in (ctx.accepted[year] ?? [:]).values { count += entry.submission.titleCount }
            count += ctx.boards[year]?.recipientCount ?? 0
        }
        return count
    }

    static func summary(_ ctx: ReviewContext, awards: [AwardRow]) -> [AwardSummaryRow] {
        var byAward: [String: AwardSummaryRow] = [:]
        for row in awards {
            let definition = ctx.reference.awards[row.award]
            var s =
                byAward[row.award]
                ?? AwardSummaryRow(
                    award: row.award, awardName: row.awardName, level: row.level,
                    rank: definition?.rank ?? 0, collectives: 0, individuals: 0,
                    women: 0, directWorkers: 0, ethnicMinorities: 0, rewardTotal: 0, withoutMultiple: 0)
            if row.isCollective {
                s.collectives += 1
            } else {
                s.individuals += 1
                if row.gender == .female { s.women += 1 }
                if row.worksDirectly == true { s.directWorkers += 1 }
                if row.ethnicMinority == true { s.ethnicMinorities += 1 }
            }
            s.rewardTotal += row.rewardAmount ?? 0
            if row.bonusMultiple == nil { s.withoutMultiple += 1 }
            byAward[row.award] = s
        }
        return byAward.values.sorted { ($1.rank, $0.award) < ($0.rank, $1.award) }
    }

    /// The summary's state and government awards by family, in the summary's order: the catalogue has one award
    /// per class of an order, and says which family each class belongs to.
    static func stateAndGovernmentFamilies(_ ctx: ReviewContext, summary: [AwardSummaryRow]) -> [AwardFamilyRow] {
        var families: [AwardFamilyRow] = []
        for row in summary where row.level == .state || row.level == .government {
            let definition = ctx.reference.awards[row.award]
            let code = definition?.family ?? row.award
            if let index = families.firstIndex(where: { $0.family == code }) {
                families[index].collectives += row.collectives
                families[index].individuals += row.individuals
            } else if let definition, definition.family != nil {
                families.append(
                    AwardFamilyRow(
                        family: code, name: definition.familyName ?? definition.name,
                        nameEn: definition.familyNameEn, collectives: row.collectives,
                        individuals: row.individuals))
            } else {
                families.append(
                    AwardFamilyRow(
                        family: code, name: row.awardName, nameEn: definition?.nameEn,
                        collectives: row.collectives, individuals: row.individuals))
            }
        }
        return families
    }
}
