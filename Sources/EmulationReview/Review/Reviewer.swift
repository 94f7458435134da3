import Foundation

/// Computes a `Review` from its inputs. Pure: no clock, no file, no environment; same inputs, same review.
public struct Reviewer: Sendable {
    public init() {}

    /// The four independent parts of a review, computed side by side.
    private enum Part {
        case nominations([NominationRow], Set<String>)
        case awards([AwardRow])
        case indicators([IndicatorRow])
        case rankings([RankingRow])
    }

    public func review(_ input: ReviewInput) -> Review {
        let ctx = ReviewContext(input)
        // The parts are independent: eligibility (the heaviest) runs on every core while the others go on.
        let parts = concurrentMap(4) { part -> Part in
            switch part {
            case 0:
                {
                    let (rows, people) = EligibilityReview.rows(ctx)
                    return .nominations(rows, people)
                }()
            case 1: .awards(AwardsReview.rows(ctx))
            case 2: .indicators(IndicatorReview.rows(ctx))
            default: .rankings(Ranking.rows(ctx))
            }
        }
        var nominations: [NominationRow] = []
        var earlierPeople: Set<String> = []
        var awards: [AwardRow] = []
        var indicators: [IndicatorRow] = []
        var rankings: [RankingRow] = []
        for part in parts {
            switch part {
            case .nominations(let rows, let people):
                nominations = rows
                earlierPeople = people
            case .awards(let rows): awards = rows
            case .indicators(let rows): indicators = rows
            case .rankings(let rows): rankings = rows
            }
        }
        let submissions = Completeness.statuses(ctx)
        let completeness = Completeness.summaries(ctx, statuses: submissions)
        let growth = IndicatorReview.growth(ctx, rows: indicators)
        let awardSummary = AwardsReview.summary(ctx, awards: awards)
        let movements = MovementsReview.rows(ctx)
        let documents = MovementsReview.documents(ctx)
        // The forms count the statistics year (1 Dec – 30 Nov), the rest of the review the calendar year.
        let forms = StatisticsForms.forms(
            ctx, awards: AwardsReview.statisticsYearFacts(ctx, awards: awards),
            movements: MovementsReview.rows(ctx, window: ctx.period.statisticsWindow))
        // Files of other years are read as history (the eligibility rules) or for comparison: their findings
        // belong to their own year's report. A reference file has no year and counts for every report.
        var findings = input.files.filter { file in
            Completeness.fileYear(file).map(ctx.period.years.contains) ?? true
        }.flatMap(\.findings)
        findings += EligibilityReview.findings(nominations)
        findings += UnusualValues.findings(ctx)
        findings.sort()
        let headline = Self.headline(
            ctx, completeness: completeness, indicators: indicators, movements: movements,
            nominations: nominations, awardSummary: awardSummary)
        return Review(
            period: input.period, lastYear: ctx.lastYear, asOf: ctx.asOf, date: input.date ?? Self.reportDate(ctx),
            programVersion: input.programVersion, reference: input.reference,
            submissions: submissions, completeness: completeness, indicators: indicators, growth: growth,
            rankings: rankings, awards: awards, awardSummary: awardSummary, nominations: nominations,
            movements: movements, documents: documents, forms: forms, reorganisations: ctx.reorganisations,
            findings: findings, headline: headline, usage: Self.usage(ctx, people: earlierPeople))
    }

    /// What the review used from each history year, for the run's decision to rebuild it after a change.
    static func usage(_ ctx: ReviewContext, people: Set<String>) -> ReportUsage {
        let years = Set(ctx.accepted.keys).union(ctx.boards.keys).filter { $0 < ctx.period.first - 1 }
        var digests: [Int: String] = [:]
        for year in years {
            digests[year] = ReportUsage.digest(
                submissions: (ctx.accepted[year] ?? [:]).values.map(\.submission), board: ctx.boards[year],
                people: people)
        }
        return ReportUsage(people: people.sorted(), years: digests)
    }

    /// The latest date among the board's decisions of the period's years and the submission times of the
    /// accepted submissions of those years: the day the report could first be written. Never the clock, so the
    /// same inputs date the report the same; with neither, the figures' date.
    static func reportDate(_ ctx: ReviewContext) -> Day {
        var days: [Day] = []
        for year in ctx.period.years {
            days += ctx.boards[year]?.decisions.map(\.date) ?? []
            for entry in (ctx.accepted[year] ?? [:]).values {
                if let submitted = entry.file.identity?.submitted ?? entry.submission.submitted {
                    days.append(submitted.localDay)
                }
            }
        }
        return days.max() ?? ctx.asOf
    }

    private static func headline(
        _ ctx: ReviewContext, completeness: [CompletenessSummary], indicators: [IndicatorRow],
        movements: [MovementRow], nominations: [NominationRow],
        awardSummary: [AwardSummaryRow]
    ) -> Headline {
        let sector = indicators.filter { $0.scope == .sector }
        var participants: [Int: Decimal] = [:]
        var asOf: [Int: Day] = [:]
        for row in sector where row.indicator == "PARTICIPANTS" {
            if let actual = row.actual {
                participants[row.year] = actual
                asOf[row.year] = ctx.asOfByYear[row.year]
            }
        }
        let last = ctx.lastYear
        let lastParticipants = sector.first { $0.year == last && $0.indicator == "PARTICIPANTS" }
        let voluntary = sector.first { $0.year == last && $0.indicator == "SI-VOLUNTARY" }?.actual
        var documents: [Int: Int] = [:]
        for year in ctx.period.yearsRead {
            if let board = ctx.boards[year] { documents[year] = board.documents.count }
        }
        var byKind: [MovementKind: Int] = [:]
        for movement in movements { byKind[movement.kind, default: 0] += 1 }
        let inPeriod = completeness.filter { ctx.period.years.contains($0.year) }
        return Headline(
            participants: participants, participantsAsOf: asOf,
            lastYearFulfilment: lastParticipants?.fulfilment, lastYearPlan: lastParticipants?.plan,
            voluntaryLastYear: voluntary, boardDocuments: documents, movementsByKind: byKind,
            agenciesExpected: inPeriod.map(\.expected).reduce(0, +),
            agenciesAccepted: inPeriod.map(\.accepted).reduce(0, +),
            agenciesRejected: inPeriod.map(\.rejected).reduce(0, +),
            agenciesMissing: inPeriod.map(\.missing).reduce(0, +),
            agenciesLate: inPeriod.map(\.late).reduce(0, +),
            eligibilityProblems: nominations.filter { $0.verdict == .notEligible }.count,
            stateAndGovernmentAwards: AwardsReview.stateAndGovernmentFamilies(ctx, summary: awardSummary))
    }
}

/// The inputs indexed for the review's parts.
struct ReviewContext: Sendable {
    let input: ReviewInput
    let period: Period
    let reference: ReferenceData
    let boards: [Int: BoardYear]
    /// The accepted submission of each agency for each year read.
    let accepted: [Int: [String: (file: IngestedFile, submission: Submission)]]
    /// The first and last years with an accepted submission: the archive the eligibility rules can see.
    let archive: ClosedRange<Int>
    let asOf: Day
    let asOfByYear: [Int: Day]
    /// Agency code → the code its figures roll up into for this period (itself unless merged away by the end).
    let rollUp: [String: String]
    /// Agency code → the former agencies whose figures it carries in this report, sorted ("includes the former
    /// …"): those merged into it that existed at some time in the years the report reads.
    let formers: [String: [String]]
    let reorganisations: [Reorganisation]
    /// The last year the report has: the period's, or for a phase under way the latest year with any input (a
    /// submission or the board's file); the years after it have not come yet and count for nothing.
    let lastYear: Int

    /// The period's years the report has so far.
    var yearsSoFar: [Int] { Array(period.first...lastYear) }

    init(_ input: ReviewInput) {
        self.input = input
        period = input.period
        reference = input.reference
        boards = input.boards
        var accepted: [Int: [String: (file: IngestedFile, submission: Submission)]] = [:]
        var years: [Int] = []
        for file in input.files where file.outcome == .accepted {
            guard let submission = file.submission else { continue }
            accepted[submission.year, default: [:]][submission.agency] = (file, submission)
            years.append(submission.year)
        }
        self.accepted = accepted
        archive = (years.min() ?? input.period.first)...(years.max() ?? input.period.last)
        var asOfByYear: [Int: Day] = [:]
        for (year, byAgency) in accepted {
            asOfByYear[year] = byAgency.values.map(\.submission.indicatorsAsOf).max()
        }
        self.asOfByYear = asOfByYear
        let inPeriod = input.period.years.compactMap { asOfByYear[$0] }
        asOf = input.asOf ?? inPeriod.max() ?? Day(year: input.period.last, month: 12, day: 31)
        let latest = input.files.compactMap(Completeness.fileYear).filter { $0 <= input.period.last }.max()
        lastYear = input.period.isPhase ? max(input.period.first, latest ?? input.period.last) : input.period.last
        // Every agency's figures count under the agency that carries them at the end of the report's last year;
        // the lineage of the period is every succession from its first day to that end.
        let lineage = input.reference.lineage
        let end = Day(year: lastYear, month: 12, day: 31)
        var rollUp: [String: String] = [:]
        for agency in input.reference.registry.agencies {
            rollUp[agency.code] = lineage.heir(of: agency.code, on: end)
        }
        self.rollUp = rollUp
        let readFrom = Day(year: input.period.first - 1, month: 1, day: 1)
        var formers: [String: [String]] = [:]
        for (agency, heir) in rollUp where agency != heir {
            guard let end = input.reference.agencies[agency]?.validTo, end >= readFrom else { continue }
            formers[heir, default: []].append(agency)
        }
        self.formers = formers.mapValues { $0.sorted() }
        reorganisations = lineage.successions(from: Day(year: input.period.first, month: 1, day: 1), to: end.next)
            .map { succession in
                var parts: [String: [String]] = [:]
                for part in succession.parts { parts[part.successor, default: []].append(part.predecessor) }
                return Reorganisation(
                    agency: succession.agency, agencyName: input.reference.agencies[succession.agency]?.name ?? "",
                    successors: succession.successors,
                    successorNames: succession.successors.map { input.reference.agencies[$0]?.name ?? $0 },
                    parts: parts.mapValues { $0.sorted() },
                    validTo: input.reference.agencies[succession.agency]!.validTo!)
            }
    }

    /// The history of people and collectives across the archive, for the eligibility rules. Built by the part
    /// that needs it, concurrently with the others. Years before the period keep only the people in
    /// `earlierPeople` (those whose awards are judged on their history).
    func makeHistory(earlierPeople: Set<String>) -> History {
        var history = History(archiveStart: archive.lowerBound, archiveEnd: archive.upperBound)
        history.formerAgencies = formers.mapValues(Set.init)
        for year in accepted.keys.sorted() {
            let filter: Set<String>? = year >= period.first ? nil : earlierPeople
            for agency in accepted[year]!.keys.sorted() {
                history.add(accepted[year]![agency]!.submission, onlyPeople: filter)
            }
        }
        for year in boards.keys.sorted() { history.add(boards[year]!) }
        return history
    }

    /// A person as their agency's accepted submission for the year lists them.
    func person(_ id: String, agency: String, year: Int) -> Person? {
        accepted[year]?[agency]?.submission.people.first { $0.id == id }
    }

    func agencyName(_ code: String) -> String { reference.agencies[code]?.name ?? code }

    func cluster(of code: String) -> String { reference.agencies[code]?.cluster ?? "" }

    func clusterName(_ code: String) -> String { reference.clusters[code]?.name ?? code }

    /// Agencies the registry expects a report from in a year: those that exist on its last day.
    func expectedAgencies(in year: Int) -> [Agency] {
        reference.registry.agencies.filter { $0.reports(forYear: year) }.sorted { $0.code < $1.code }
    }
}
