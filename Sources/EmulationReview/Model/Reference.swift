import Foundation

public enum AgencyLevel: String, Sendable, Codable, Hashable {
    case central
    case provincial
    case district
}

/// An emulation cluster or bloc (cụm, khối thi đua).
public struct Cluster: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var location: Location
}

/// A reporting unit, valid over a span of dates; when merged away, its successor carries its history.
public struct Agency: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var level: AgencyLevel
    public var parent: String?
    public var cluster: String
    public var place: String?
    public var validFrom: Day
    public var validTo: Day?
    /// The agencies that take over from the day after `validTo`: one for a merger, several for a split.
    public var successors: [String] = []
    /// For a split: which successor took the part that was each former agency merged into this one.
    public var parts: [SplitPart] = []
    /// Plain addresses (`EmailAddress`) that receive the agency's feedback on rejected submissions. The registry,
    /// not a submission, says who they are: a file must not choose who gets mail.
    public var contacts: [String] = []
    public var location: Location

    /// Whether the agency existed at some time in the given year.
    public func isValid(inYear year: Int) -> Bool {
        validFrom.year <= year && (validTo.map { $0.year >= year } ?? true)
    }

    /// Whether the agency exists on the given day.
    public func exists(on day: Day) -> Bool {
        validFrom <= day && (validTo.map { day <= $0 } ?? true)
    }

    /// Whether the agency reports for the year: it exists on 31 December. An agency merged away during the year
    /// is reported for by its successor.
    public func reports(forYear year: Int) -> Bool { exists(on: Day(year: year, month: 12, day: 31)) }
}

/// The part of a split agency that was a former agency, and the successor that took it.
public struct SplitPart: Sendable, Hashable, Codable {
    public var predecessor: String
    public var successor: String
    public var location: Location
}

/// The agency registry (danh mục đơn vị).
public struct Registry: Sendable, Hashable, Codable {
    public var clusters: [Cluster]
    public var agencies: [Agency]
}

public enum IndicatorUnit: String, Sendable, Codable, Hashable {
    case persons
    case percent
    case millionVND = "million-vnd"
    case count
}

public enum Direction: String, Sendable, Codable, Hashable {
    case higher
    case lower
}

public struct IndicatorDefinition: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var unit: IndicatorUnit
    public var better: Direction
    public var location: Location
    public var measure: Measure = .stock
    /// The usual range of a figure: outside it, a value is flagged for the agency to check.
    public var usualMin: Decimal? = nil
    public var usualMax: Decimal? = nil
}

/// A count at a date (participants, coverage, a rate) or an amount over the year (collection): a flow reported
/// as of a date before the year's end covers part of the year only.
public enum Measure: String, Sendable, Codable, Hashable {
    case stock
    case flow
}

public enum MovementKind: String, Sendable, Codable, Hashable {
    case primeMinister = "prime-minister"
    case phased
    case annual
    case thematic
}

public enum LaunchLevel: String, Sendable, Codable, Hashable {
    case national
    case sector
    case cluster
    case agency
}

public struct MovementDefinition: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var kind: MovementKind
    public var launchedBy: LaunchLevel
    public var start: Day
    public var end: Day?
    public var location: Location
}

public enum AwardKind: String, Sendable, Codable, Hashable {
    case emulationTitle = "emulation-title"
    case order
    case medal
    case honoraryTitle = "honorary-title"
    case certificateOfMerit = "certificate-of-merit"
    case commendationPaper = "commendation-paper"
    case commemorativeMedal = "commemorative-medal"
}

public enum AwardLevel: String, Sendable, Codable, Hashable {
    case state
    case government
    case sector
    case agency
}

public enum AwardRecipients: String, Sendable, Codable, Hashable {
    case collective
    case individual
    case both

    public func admits(_ kind: RecipientKind) -> Bool {
        switch self {
        case .both: true
        case .individual: kind == .person
        case .collective: kind != .person
        }
    }
}

/// An emulation title or commendation form (danh hiệu thi đua, hình thức khen thưởng).
public struct AwardDefinition: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var kind: AwardKind
    public var level: AwardLevel
    public var recipients: AwardRecipients
    public var rank: Int
    /// The family the award is one class of (the Labour Order's three classes), for the figures that count an
    /// order's classes together as the sector reports them; nil when the award stands alone.
    public var family: String?
    /// The family's name in Vietnamese and English, which the classes' own names do not give.
    public var familyName: String?
    public var familyNameEn: String?
    public var location: Location
}

/// The catalogues of indicators, movements and award forms.
public struct Catalogue: Sendable, Hashable, Codable {
    public var indicators: [IndicatorDefinition]
    public var movements: [MovementDefinition]
    public var awards: [AwardDefinition]
    /// The sector's phases (giai đoạn); empty when the catalogue defines none, and then any span is a phase.
    public var phases: [Period] = []

    /// Whether a period can be reviewed: any year, or a phase the catalogue defines.
    public func allows(_ period: Period) -> Bool {
        !period.isPhase || phases.isEmpty || phases.contains(period)
    }
}

public enum Authority: String, Sendable, Codable, Hashable {
    case president
    case primeMinister = "prime-minister"
    case generalDirector = "general-director"
}

/// The target of one indicator for one agency in the year's plan (kế hoạch giao).
public struct Target: Sendable, Hashable, Codable {
    public var agency: String
    public var indicator: String
    public var value: Decimal
    public var location: Location
}

public struct DecisionRecipient: Sendable, Hashable, Codable {
    public var kind: RecipientKind
    public var agency: String
    public var id: String?
    public var name: String
    public var gender: Gender?
    public var ethnicMinority: Bool?
    public var worksDirectly: Bool?
    public var level: PositionLevel?
    /// The group the statistics forms count apart (enterprise, household, business person), if any.
    public var category: RecipientCategory?
    public var location: Location
}

/// A group of recipients the statistics forms count apart.
public enum RecipientCategory: String, Sendable, Codable, Hashable, CaseIterable {
    case enterprise
    case household
    case businessPerson = "business-person"
}

/// Who proposed an award: a ministry or central body (as Vietnam Social Security is), or a province.
public enum Proposer: String, Sendable, Codable, Hashable, CaseIterable {
    case central
    case province
}

/// Kind of commendation, as the statistics forms split it (thường xuyên, chuyên đề, đột xuất, cống hiến, đối ngoại).
public enum CommendationKind: String, Sendable, Codable, Hashable, CaseIterable {
    case regular
    case thematic
    case unexpected
    case contribution
    case foreign
    /// Niên hạn: for years of service.
    case seniority
    /// Kháng chiến: for service in the resistance wars.
    case resistance
}

/// A decision on awards taken above the agencies (quyết định khen thưởng).
public struct Decision: Sendable, Hashable, Codable {
    public var number: String
    public var date: Day
    public var authority: Authority
    public var award: String
    public var kind: CommendationKind
    public var proposer: Proposer
    /// The year whose results the decision recognises, when not the year of the board's file.
    public var recognises: Int?
    public var recipients: [DecisionRecipient]
    public var location: Location
}

/// The board's own file for a year.
public struct BoardYear: Sendable, Hashable, Codable {
    public var year: Int
    public var deadline: Day
    public var targets: [Target]
    public var decisions: [Decision]
    public var documents: [GuidanceDocument]
    public var location: Location

    /// How many awards its decisions give: one per recipient.
    var recipientCount: Int { decisions.reduce(0) { $0 + $1.recipients.count } }
}
