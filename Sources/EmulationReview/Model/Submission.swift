import Foundation

/// Annual job rating of a person or collective (xếp loại: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ).
public enum Rating: String, Sendable, Codable, Hashable, CaseIterable {
    case excellent
    case good
    case completed
    case notCompleted = "not-completed"
}

public enum Gender: String, Sendable, Codable, Hashable {
    case female
    case male
}

/// Position level of a person, for the statistics forms' split of individuals.
public enum PositionLevel: String, Sendable, Codable, Hashable {
    case staff
    case divisionLeader = "division-leader"
    case agencyLeader = "agency-leader"
    case sectorLeader = "sector-leader"
}

/// Discipline imposed in the year (kỷ luật), mildest first.
public enum DisciplineLevel: String, Sendable, Codable, Hashable, Comparable {
    case reprimand
    case warning
    case demotion
    case removal
    case dismissal

    private var order: Int {
        switch self {
        case .reprimand: 0
        case .warning: 1
        case .demotion: 2
        case .removal: 3
        case .dismissal: 4
        }
    }

    public static func < (lhs: DisciplineLevel, rhs: DisciplineLevel) -> Bool { lhs.order < rhs.order }
}

public enum InitiativeScope: String, Sendable, Codable, Hashable {
    case unit
    case sector
    case national
}

public enum RecipientKind: String, Sendable, Codable, Hashable {
    case person
    case collective
    case agency
}

/// A title or commendation given that year, with the decision that gave it.
public struct TitleGiven: Sendable, Hashable, Codable {
    public var award: String
    public var decision: String
    public var date: Day
    public var location: Location

    public init(award: String, decision: String, date: Day, location: Location) {
        self.award = award
        self.decision = decision
        self.date = date
        self.location = location
    }
}

public struct Preparer: Sendable, Hashable, Codable {
    public var name: String
    public var email: String
    public var location: Location = .start
}

public struct Workforce: Sendable, Hashable, Codable {
    public var total: Int
    public var women: Int
    public var directWorkers: Int
    public var ethnicMinorities: Int
    public var location: Location
}

/// One indicator's actual value (kết quả thực hiện chỉ tiêu).
public struct IndicatorResult: Sendable, Hashable, Codable {
    public var code: String
    public var actual: Decimal
    public var location: Location
}

/// An emulation movement the agency took part in (phong trào thi đua), and what it did.
public struct MovementParticipation: Sendable, Hashable, Codable {
    public var code: String
    public var achievement: String
    public var location: Location
}

/// A guidance document on emulation and commendation (văn bản hướng dẫn).
public struct GuidanceDocument: Sendable, Hashable, Codable {
    public var number: String
    public var date: Day
    public var title: String
    public var location: Location
}

/// A collective inside the agency (tập thể: a division or a district office).
public struct Collective: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var members: Int
    public var women: Int
    public var rating: Rating
    public var titles: [TitleGiven]
    public var location: Location
    /// How many members hold the Advanced Labourer title that year, when the submission says (it may list only
    /// some of its members by name).
    public var advancedLabourers: Int? = nil
    /// How many members hold the Grassroots Emulation Fighter title that year, when the submission says.
    public var grassrootsFighters: Int? = nil
    /// How many members completed their tasks (rated completed or better) that year, when the submission says.
    public var completedTasks: Int? = nil
}

public struct Discipline: Sendable, Hashable, Codable {
    public var level: DisciplineLevel
    public var decision: String?
}

/// An initiative recognised that year (sáng kiến).
public struct Initiative: Sendable, Hashable, Codable {
    public var code: String
    public var scope: InitiativeScope
    public var title: String
}

/// A person in the agency's roster for the year.
public struct Person: Sendable, Hashable, Codable {
    /// Stable id, normally the 10-digit social insurance number (mã số BHXH).
    public var id: String
    public var name: String
    public var gender: Gender
    public var ethnicMinority: Bool
    public var worksDirectly: Bool
    public var level: PositionLevel
    public var rating: Rating
    public var collective: String?
    public var discipline: Discipline?
    public var initiatives: [Initiative]
    public var titles: TitleList
    public var location: Location
}

/// A proposal for a higher award (đề nghị khen thưởng).
public struct Nomination: Sendable, Hashable, Codable {
    public var recipientKind: RecipientKind
    public var recipient: String
    public var award: String
    public var grounds: String
    public var location: Location
}

/// One agency's annual report for one year.
public struct Submission: Sendable, Hashable, Codable {
    public var agency: String
    public var year: Int
    public var revision: Int
    /// When the agency sent it; nil when a file too broken to read never said.
    public var submitted: ZonedTimestamp?
    public var preparer: Preparer
    public var workforce: Workforce
    public var indicatorsAsOf: Day
    public var indicators: [IndicatorResult]
    public var movements: [MovementParticipation]
    public var documents: [GuidanceDocument]
    public var collectives: [Collective]
    public var people: [Person]
    public var nominations: [Nomination]
    /// Where the root element is, for findings about the file as a whole.
    public var location: Location
    /// The offices and people doing emulation-and-commendation work (forms 0604.N and 0605.N); nil when the
    /// submission leaves the optional part out.
    public var emulationWork: EmulationWork? = nil

    /// How many titles its people and collectives were given.
    var titleCount: Int {
        people.reduce(0) { $0 + $1.titles.count } + collectives.reduce(0) { $0 + $1.titles.count }
    }
}

/// The optional `<emulationWork>` part of a submission.
public struct EmulationWork: Sendable, Hashable, Codable {
    public var offices: [WorkOffice] = []
    public var officers: [WorkOfficer] = []

    public init(offices: [WorkOffice] = [], officers: [WorkOfficer] = []) {
        self.offices = offices
        self.officers = officers
    }
}

public enum OfficeKind: String, Sendable, Hashable, Codable {
    case board
    case division
    case section
    case partTime = "part-time"
}

/// An office doing emulation-and-commendation work (form 0604.N).
public struct WorkOffice: Sendable, Hashable, Codable {
    public var kind: OfficeKind
    public var name: String
}

public enum EducationLevel: String, Sendable, Hashable, Codable {
    case elementary
    case intermediate
    case college
    case university
    case postgraduate
}

/// A person doing emulation-and-commendation work (form 0605.N), without a name.
public struct WorkOfficer: Sendable, Hashable, Codable {
    public var gender: Gender
    public var born: Int
    public var education: EducationLevel
    public var since: Int
    public var dedicated: Bool
    public var location: Location = .start
}
