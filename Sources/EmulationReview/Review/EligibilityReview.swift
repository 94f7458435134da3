/// Every nomination, title and decision of the period checked against the rule in force in its year, using the
/// history of earlier years' accepted submissions and decisions.
enum EligibilityReview {
    /// The awards judged by a rule that reads earlier years of the candidate's record (`HistoryReach`).
    static let awardsReadingEarlierYears = Set(RuleSet.all.filter { $0.reach == .earlierYears }.flatMap(\.awards))

    /// Candidates judged together on one core.
    static let chunk = 2048

    /// Every candidate of the period with its grounds, in chunks of `chunk`.
    static func candidates(_ ctx: ReviewContext) -> [[(Candidate, String)]] {
        var chunks: [[(Candidate, String)]] = []
        var result: [(Candidate, String)] = []
        result.reserveCapacity(chunk)
        func append(_ candidate: (Candidate, String)) {
            if result.count == chunk {
                chunks.append(result)
                result = []
                result.reserveCapacity(chunk)
            }
            result.append(candidate)
        }
        for year in ctx.period.years {
            let endOfYear = Day(year: year, month: 12, day: 31)
            for agency in (ctx.accepted[year] ?? [:]).keys.sorted() {
                let (file, s) = ctx.accepted[year]![agency]!
                let people = Dictionary(s.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                let collectives = Dictionary(
                    s.collectives.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
                for n in s.nominations {
                    let name: String
                    switch n.recipientKind {
                    case .person: name = people[n.recipient]?.name ?? n.recipient
                    case .collective: name = collectives[n.recipient]?.name ?? n.recipient
                    case .agency: name = ctx.agencyName(n.recipient)
                    }
                    append(
                        (
                            Candidate(
                                recipientKind: n.recipientKind, recipient: n.recipient, agency: agency, name: name,
                                award: n.award, year: year, date: endOfYear, source: .nomination,
                                file: file.path, location: n.location), n.grounds
                        ))
                }
                for person in s.people {
                    for t in person.titles {
                        append(
                            (
                                Candidate(
                                    recipientKind: .person, recipient: person.id, agency: agency, name: person.name,
                                    award: t.award, year: year, date: t.date, source: .title, file: file.path,
                                    location: t.location), ""
                            ))
                    }
                }
                for collective in s.collectives {
                    for t in collective.titles {
                        append(
                            (
                                Candidate(
                                    recipientKind: .collective, recipient: collective.code, agency: agency,
                                    name: collective.name, award: t.award, year: year, date: t.date,
                                    source: .title, file: file.path, location: t.location), ""
                            ))
                    }
                }
            }
            guard let board = ctx.boards[year] else { continue }
            let boardFile =
                ctx.input.files.first { $0.format == .board && InputFolder.folderYear(of: $0.path) == year }?.path ?? ""
            for decision in board.decisions {
                for r in decision.recipients {
                    append(
                        (
                            Candidate(
                                recipientKind: r.kind, recipient: r.id ?? r.agency, agency: r.agency, name: r.name,
                                award: decision.award, year: decision.recognises ?? year, date: decision.date,
                                source: .decision,
                                file: boardFile, location: r.location), decision.number
                        ))
                }
            }
        }
        if !result.isEmpty { chunks.append(result) }
        return chunks
    }

    static func rows(_ ctx: ReviewContext) -> (rows: [NominationRow], earlierPeople: Set<String>) {
        let all = candidates(ctx)
        // Earlier years are kept only for the people a rule reads them for: candidates for an award whose rules
        // look back, and candidates whose award year itself lies before the period (a decision recognising it).
        let earlier = Set(
            all.joined().lazy.filter { candidate, _ in
                candidate.recipientKind == .person
                    && (awardsReadingEarlierYears.contains(candidate.award) || candidate.year < ctx.period.first)
            }.map(\.0.recipient))
        let context = RuleContext(
            history: ctx.makeHistory(earlierPeople: earlier), rulebook: ctx.reference.rulebook,
            standings: Ranking.standings(ctx))
        // Candidates are judged independently; chunks go to every core and come back in their order, each let
        // go once judged.
        return (concurrentMap(consuming: all) { judge($0[...], context: context) }, earlier)
    }

    private static func judge(_ candidates: ArraySlice<(Candidate, String)>, context: RuleContext) -> [NominationRow] {
        var citations = RuleSet.Citations()
        // Most candidates get the same results as many others (the same rules found nothing, under the same
        // citation): those rows share one list instead of holding a copy each.
        var shared = Set<[RuleSet.RuleResult]>()
        return candidates.map { candidate, grounds in
            let judgement = RuleSet.judge(candidate, in: context, citations: &citations)
            var results = judgement.results
            if results.allSatisfy({ $0.verdict.reason == nil }) {
                results = shared.insert(results).memberAfterInsert
            }
            return NominationRow(
                candidate: candidate, grounds: grounds, verdict: judgement.verdict, results: results)
        }
    }

    /// A warning for each candidate a rule finds not eligible, where a person would look for it.
    static func findings(_ rows: [NominationRow]) -> [Finding] {
        rows.flatMap { row -> [Finding] in
            guard row.verdict == .notEligible else { return [] }
            return row.objections.map { result in
                FindingCatalogue.eligibilityFinding(result, file: row.candidate.file, at: row.candidate.location)
            }
        }
    }
}
