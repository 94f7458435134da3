/// Every nomination, title and decision of the period checked against the rule in force in its year, using the
/// history of earlier years' accepted submissions and decisions.
enum EligibilityReview {
    /// The awards judged by a rule that reads earlier years of the candidate's record (`HistoryReach`).
    static let awardsReadingEarlierYears = Set(RuleSet.all.filter { $0.reach == .earlierYears }.flatMap(\.awards))

    /// Where candidates come from, in the review's order: each agency's accepted submission of a year (its
    /// nominations, then its people's and collectives' titles), then the year's board decisions.
    enum Source: Sendable {
        case submission(year: Int, agency: String)
        case board(year: Int)
    }

    static func sources(_ ctx: ReviewContext) -> [Source] {
        ctx.period.years.flatMap { year -> [Source] in
            (ctx.accepted[year] ?? [:]).keys.sorted().map { Source.submission(year: year, agency: $0) }
                + (ctx.boards[year] == nil ? [] : [.board(year: year)])
        }
    }

    /// The candidates of one source with their grounds.
    static func candidates(_ source: Source, _ ctx: ReviewContext) -> [(Candidate, String)] {
        var result: [(Candidate, String)] = []
        switch source {
        case .submission(let year, let agency):
            let endOfYear = Day(year: year, month: 12, day: 31)
            let (file, s) = ctx.accepted[year]![agency]!
            result.reserveCapacity(s.nominations.count + s.people.count + s.collectives.count)
            // The names by id, made when a nomination first needs one; the first listing counts.
            var people: [String: String]?
            var collectives: [String: String]?
            for n in s.nominations {
                let name: String
                switch n.recipientKind {
                case .person:
                    if people == nil {
                        people = Dictionary(s.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                    }
                    name = people?[n.recipient] ?? n.recipient
                case .collective:
                    if collectives == nil {
                        collectives = Dictionary(
                            s.collectives.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
                    }
                    name = collectives?[n.recipient] ?? n.recipient
                case .agency: name = ctx.agencyName(n.recipient)
                }
                result.append(
                    (
                        Candidate(
                            recipientKind: n.recipientKind, recipient: n.recipient, agency: agency, name: name,
                            award: n.award, year: year, date: endOfYear, source: .nomination,
                            file: file.path, location: n.location), n.grounds
                    ))
            }
            for person in s.people {
                for t in person.titles {
                    result.append(
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
                    result.append(
                        (
                            Candidate(
                                recipientKind: .collective, recipient: collective.code, agency: agency,
                                name: collective.name, award: t.award, year: year, date: t.date,
                                source: .title, file: file.path, location: t.location), ""
                        ))
                }
            }
        case .board(let year):
            guard let board = ctx.boards[year] else { break }
            let boardFile =
                ctx.input.files.first { $0.format == .board && InputFolder.folderYear(of: $0.path) == year }?.path ?? ""
            for decision in board.decisions {
                for r in decision.recipients {
                    result.append(
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
        return result
    }

    /// The people whose earlier years a rule reads: candidates for an award whose rules look back, and candidates
    /// whose award year itself lies before the period (a decision recognising it).
    static func earlierPeople(_ ctx: ReviewContext, sources: [Source]) -> Set<String> {
        let found = concurrentMap(sources.count) { index in
            candidates(sources[index], ctx).compactMap { candidate, _ in
                candidate.recipientKind == .person
                    && (awardsReadingEarlierYears.contains(candidate.award) || candidate.year < ctx.period.first)
                    ? candidate.recipient : nil
            }
        }
        return Set(found.joined())
    }

    /// How many candidates a source gives, without making them.
    static func count(_ source: Source, _ ctx: ReviewContext) -> Int {
        switch source {
        case .submission(let year, let agency):
            let s = ctx.accepted[year]![agency]!.submission
            return s.nominations.count + s.titleCount
        case .board(let year):
            return ctx.boards[year]?.recipientCount ?? 0
        }
    }

    /// Candidates judged together on one core, at least: consecutive sources are judged together until they
    /// give this many.
    static let batch = 2048

    /// The sources in consecutive runs that give at least `batch` candidates each (the last one fewer), with how
    /// many candidates each run gives.
    static func batches(_ sources: [Source], _ ctx: ReviewContext) -> [(sources: ArraySlice<Source>, count: Int)] {
        var batches: [(sources: ArraySlice<Source>, count: Int)] = []
        var start = 0
        var gathered = 0
        for (index, source) in sources.enumerated() {
            gathered += count(source, ctx)
            if gathered >= batch {
                batches.append((sources[start...index], gathered))
                start = index + 1
                gathered = 0
            }
        }
        if start < sources.count { batches.append((sources[start...], gathered)) }
        return batches
    }

    static func rows(_ ctx: ReviewContext) -> (rows: [NominationRow], earlierPeople: Set<String>) {
        let sources = sources(ctx)
        let earlier = earlierPeople(ctx, sources: sources)
        let context = RuleContext(
            history: ctx.makeHistory(earlierPeople: earlier), rulebook: ctx.reference.rulebook,
            standings: Ranking.standings(ctx))
        // Candidates are judged independently, a batch of sources on a core at a time, the rows written in the
        // sources' order into the one list they make; a batch's candidates are made when it is judged and let go
        // after, never all at once.
        let batches = batches(sources, ctx)
        let rows = concurrentFlatMap(counts: batches.map(\.count)) { index in
            judge(batches[index].sources.flatMap { candidates($0, ctx) }[...], context: context)
        }
        return (rows, earlier)
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
