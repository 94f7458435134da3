import Foundation

/// Everything a review reads: the reference data, the board's files and every ingested submission of the years
/// it needs. Built by the run from the inputs folder; the review itself touches no file.
public struct ReviewInput: Sendable {
    public var period: Period
    /// The date the figures are reported as of; by default the latest "as of" in the inputs.
    public var asOf: Day?
    /// The report's own date (its dateline); by default the latest decision or submission it reports.
    public var date: Day?
    public var reference: ReferenceData
    public var boards: [Int: BoardYear]
    /// Every input file ingested for the review (submissions of every year read, the board's files, reference),
    /// with outcomes settled (resubmissions resolved).
    public var files: [IngestedFile]
    public var programVersion: String

    public init(
        period: Period, asOf: Day?, reference: ReferenceData, boards: [Int: BoardYear], files: [IngestedFile],
        programVersion: String = EmulationReviewVersion.current, date: Day? = nil
    ) {
        self.period = period
        self.asOf = asOf
        self.date = date
        self.reference = reference
        self.boards = boards
        self.files = files
        self.programVersion = programVersion
    }
}

/// The review of one period: a plain value that renderers turn into HTML and CSV.
public struct Review: Sendable {
    public var period: Period
    /// The last year the report has: the period's last, or for a phase under way the latest year with any input.
    public var lastYear: Int
    /// The date the figures are as of (the latest "as of" of the submissions, or `--as-of`).
    public var asOf: Day
    /// The report's own date, its dateline: `--date`, else the latest decision or submission it reports.
    public var date: Day
    public var programVersion: String
    public var reference: ReferenceData
    public var submissions: [SubmissionStatus]
    public var completeness: [CompletenessSummary]
    public var indicators: [IndicatorRow]
    public var growth: [GrowthRow]
    public var rankings: [RankingRow]
    public var awards: [AwardRow]
    public var awardSummary: [AwardSummaryRow]
    public var nominations: [NominationRow]
    public var movements: [MovementRow]
    public var documents: [DocumentRow]
    public var forms: [StatisticsForm]
    public var reorganisations: [Reorganisation]
    public var findings: [Finding]
    public var headline: Headline
    /// What the review used from each history year (the rebuild decision's early cut-off).
    public var usage: ReportUsage = ReportUsage(people: [], years: [:])

    /// A phase whose later years have not come yet: the report has its years up to `lastYear`.
    public var isUnderWay: Bool { lastYear < period.last }
}

// MARK: - Completeness

public enum SubmissionState: String, Sendable, Codable, CaseIterable {
    case onTime = "accepted-on-time"
    case late = "accepted-late"
    case rejected
    case superseded
    case missing
    /// Merged away during the year: the successor's report covers it.
    case reportedBySuccessor = "reported-by-successor"

    /// The report counts (on time or late).
    public var isAccepted: Bool { self == .onTime || self == .late }
}

/// One row of `submissions.csv`: a file and what became of it, or an agency that sent nothing.
public struct SubmissionStatus: Sendable, Hashable {
    public var year: Int
    public var agency: String
    public var agencyName: String
    public var cluster: String
    public var state: SubmissionState
    public var file: String?
    public var revision: Int?
    public var submitted: String?
    public var deadline: Day?
    public var errors: Int
    public var warnings: Int
    public var sha256: String?
    /// For an agency merged away during the year: the agency whose report covers it.
    public var reportedBy: String? = nil
}

/// Agencies expected, accepted, rejected, missing and late for one year.
public struct CompletenessSummary: Sendable, Hashable {
    public var year: Int
    public var expected: Int
    public var accepted: Int
    public var late: Int
    /// Agencies whose every file was rejected (no accepted revision).
    public var rejected: Int
    public var missing: Int
    public var supersededFiles: Int
    public var deadline: Day?
}

// MARK: - Ranking

/// An agency's emulation score and rank within its cluster, for a year or (`year == nil`) for the phase.
public struct RankingRow: Sendable, Hashable {
    public var year: Int?
    public var cluster: String
    public var clusterName: String
    public var rank: Int
    public var agency: String
    public var agencyName: String
    public var score: Decimal
    public var indicatorsScored: Int
    public var yearsScored: Int
    public var womenShare: Decimal?
    public var isLeader: Bool
    /// How a tie with the agency ranked just above was broken ("women" or "code"), if there was one.
    public var tieBreak: String?
    /// The former agencies whose figures the row includes (merged into this one before the report's end).
    public var formerAgencies: [String] = []
}

// MARK: - Awards

/// One award conferred in the period, from an agency's submission or a decision in the board's files.
public struct AwardRow: Sendable, Hashable {
    public var year: Int
    public var date: Day
    public var decision: String
    public var authority: String
    public var award: String
    public var awardName: String
    public var level: AwardLevel
    public var form: AwardKind
    public var commendationKind: CommendationKind
    public var recipientKind: RecipientKind
    public var recipient: String
    public var recipientName: String
    public var agency: String
    public var agencyName: String
    public var gender: Gender?
    public var worksDirectly: Bool?
    public var ethnicMinority: Bool?
    public var positionLevel: PositionLevel?
    public var source: AwardSource
    /// The multiple applied: the rulebook's, times its collective factor for a collective; nil when none is set.
    public var bonusMultiple: Decimal?
    public var baseSalary: Decimal?
    public var rewardAmount: Decimal?
    public var file: String
    public var location: Location
    /// The group the statistics forms count apart (enterprise, household, business person), from the decision.
    public var category: RecipientCategory? = nil
    /// Who proposed the award: central for every award the sector itself confers or proposes.
    public var proposer: Proposer = .central

    public var isCollective: Bool { recipientKind != .person }
}

/// Counts of one award form in the period.
public struct AwardSummaryRow: Sendable, Hashable {
    public var award: String
    public var awardName: String
    public var level: AwardLevel
    public var rank: Int
    public var collectives: Int
    public var individuals: Int
    public var women: Int
    public var directWorkers: Int
    public var ethnicMinorities: Int
    public var rewardTotal: Decimal
    /// Awards of this form the rulebook gives no multiple on their date: left out of `rewardTotal`.
    public var withoutMultiple: Int
}

/// Counts of one award family in the period: the classes of an order together, as the sector reports them,
/// or a single award that has no family.
public struct AwardFamilyRow: Sendable, Hashable {
    /// The catalogue's family code, or the award's code when it has no family.
    public var family: String
    public var name: String
    public var nameEn: String?
    public var collectives: Int
    public var individuals: Int
}

// MARK: - Nominations and eligibility

/// One nomination (or conferred title or decision) and the eligibility verdict on it.
public struct NominationRow: Sendable, Hashable {
    public var candidate: Candidate
    public var grounds: String
    public var verdict: VerdictKind
    /// Every rule that judged the candidate: its code, verdict and the legal source in force.
    public var results: [RuleSet.RuleResult]

    /// The codes of the rules that judged the candidate.
    public var rules: [String] { results.map(\.code) }

    /// The results of the rules that did not find the candidate eligible.
    public var objections: [RuleSet.RuleResult] { results.filter { $0.verdict.reason != nil } }
}

// MARK: - Movements and documents

public struct MovementRow: Sendable, Hashable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var kind: MovementKind
    public var launchedBy: LaunchLevel
    public var start: Day
    public var end: Day?
    public var participants: [String]
    /// Agencies taking part per year of the period.
    public var participantsByYear: [Int: Int]
}

/// A guidance document issued in the period, by the board or by an agency.
public struct DocumentRow: Sendable, Hashable {
    public var year: Int
    public var issuer: String
    public var issuerName: String
    public var number: String
    public var date: Day
    public var title: String
}

// MARK: - Statistics forms

/// A statistics form filled in: the layout in force for the statistics year (`Inputs/reference/forms.xml`) with
/// its figures.
public struct StatisticsForm: Sendable, Hashable {
    /// The form's number, e.g. `0601.N`.
    public var code: String
    public var title: String
    public var titleEn: String
    public var circular: String
    /// The circular's date, as the header cites it.
    public var issued: Day?
    public var unit: String
    public var unitEn: String
    public var receipt: String?
    public var receiptEn: String?
    /// The statistics year the form counts.
    public var window: ClosedRange<Day>
    /// The layout's circular is later than the statistics year: the file has no earlier layout.
    public var appliedEarly: Bool
    public var columns: [FormColumn]
    public var rows: [FormRow]
    /// Whether the form has figures: one that counts what submissions may leave out (the offices and people of
    /// emulation-and-commendation work) has none when no accepted submission of the year gives them, and is
    /// printed blank with `note`, never as zeros.
    public var counted = true
    /// What a reader needs to know of the figures' coverage (how many agencies gave what the form counts).
    public var note: Bilingual? = nil

    /// The form's number without the `.N`: the CSV file's and the sheet's name (`form-0601.csv`).
    public var fileCode: String { code.hasSuffix(".N") ? String(code.dropLast(2)) : code }
}

public struct FormColumn: Sendable, Hashable {
    /// The column's number (1, 2 …).
    public var code: String
    public var label: String
    public var labelEn: String
    /// The heading over this and the adjacent columns of the same group.
    public var group: String?
    public var groupEn: String?
    /// The columns this one adds up; empty for a column fed by its selector.
    public var formula: [String]

    /// The column's number as the row of column numbers prints it: `1 = 2+3+4+5` for a sum.
    public var number: String { formula.isEmpty ? code : "\(code) = " + formula.joined(separator: "+") }

    /// `1 = 2+3+4+5` as `1 = 2+…+5`, for a narrow column; a sum of three terms or fewer, and any other text, as
    /// it is.
    public static func shortSum(_ text: String) -> String {
        let sides = text.components(separatedBy: " = ")
        guard sides.count == 2 else { return text }
        let terms = sides[1].components(separatedBy: "+")
        guard terms.count > 3, let first = terms.first, let last = terms.last else { return text }
        return "\(sides[0]) = \(first)+…+\(last)"
    }
}

public struct FormRow: Sendable, Hashable {
    /// The official row code; empty for a section heading.
    public var code: String
    public var label: String
    public var labelEn: String
    public var indent: Int
    /// One value per column; empty for a section heading.
    public var values: [Int]

    public var isSection: Bool { code.isEmpty }
}

// MARK: - Reorganisation and headline

/// An agency's end inside the period: merged into its successor, or split among several.
public struct Reorganisation: Sendable, Hashable {
    public var agency: String
    public var agencyName: String
    /// The successors' codes and names, in the registry's order; several for a split.
    public var successors: [String]
    public var successorNames: [String]
    /// For a split: the former agencies (merged into this one) that each successor took, as "successor: codes".
    public var parts: [String: [String]]
    public var validTo: Day

    public var isSplit: Bool { successors.count > 1 }
}

/// The figures the summary leads with.
public struct Headline: Sendable, Hashable {
    /// PARTICIPANTS for the sector per year read (baseline included).
    public var participants: [Int: Decimal]
    public var participantsAsOf: [Int: Day]
    public var lastYearFulfilment: Decimal?
    public var lastYearPlan: Decimal?
    public var voluntaryLastYear: Decimal?
    public var boardDocuments: [Int: Int]
    public var movementsByKind: [MovementKind: Int]
    public var agenciesExpected: Int
    public var agenciesAccepted: Int
    public var agenciesRejected: Int
    public var agenciesMissing: Int
    public var agenciesLate: Int
    public var eligibilityProblems: Int
    /// State and government awards by family, highest rank first.
    public var stateAndGovernmentAwards: [AwardFamilyRow]
}
