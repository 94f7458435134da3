/// The words a person reads for a machine code in a column of the CSV files: the workbook shows them, the CSV
/// files keep the codes for programs. A value that is not a known code of its column is shown as it is.
public enum CellWords {
    /// The vocabulary of a column of a file: a code's words, nil for a value that is not one of its codes. Nil for
    /// a column that holds no codes (names, numbers, dates, free text).
    public static func vocabulary(file: String, column: String) -> (@Sendable (String) -> Bilingual?)? {
        switch column {
        case "status", "submission_status": { SubmissionState(rawValue: $0).map(Vocabulary.state) }
        case "level" where file == "awards.csv": { AwardLevel(rawValue: $0).map(Vocabulary.awardLevel) }
        case "recipient_kind": { RecipientKind(rawValue: $0).map(Vocabulary.recipientKind) }
        case "verdict": { VerdictKind(rawValue: $0).map(Vocabulary.verdict) }
        case "source" where file == "nominations.csv": { Candidate.Source(rawValue: $0).map(Vocabulary.source) }
        case "source" where file == "awards.csv": { AwardSource(rawValue: $0).map(awardSource) }
        case "severity": { Severity(rawValue: $0).map(Vocabulary.severity) }
        case "unit": { IndicatorUnit(rawValue: $0).map(Vocabulary.unit) }
        case "kind" where file == "movements.csv": { MovementKind(rawValue: $0).map(Vocabulary.movementKind) }
        case "launched_by": { LaunchLevel(rawValue: $0).map(Vocabulary.launchLevel) }
        case "tie_break": { $0.isEmpty ? nil : Vocabulary.tieBreak($0) }
        case "gender": { Gender(rawValue: $0).map(gender) }
        case "works_directly", "ethnic_minority", "leader": yesNo
        case "position_level": { PositionLevel(rawValue: $0).map(positionLevel) }
        case "authority": authority
        case "form" where file == "awards.csv": { AwardKind(rawValue: $0).map(awardKind) }
        case "commendation_kind": { CommendationKind(rawValue: $0).map(commendationKind) }
        case "scope" where file == "indicators.csv": { Scope(rawValue: $0).map(scope) }
        case "better": { Direction(rawValue: $0).map(better) }
        default: nil
        }
    }

    static func awardSource(_ source: AwardSource) -> Bilingual {
        switch source {
        case .submission: Bilingual("Báo cáo của đơn vị", "Agency's submission")
        case .decision: Bilingual("Quyết định khen thưởng", "Award decision")
        }
    }

    static func gender(_ gender: Gender) -> Bilingual {
        switch gender {
        case .female: Bilingual("Nữ", "Female")
        case .male: Bilingual("Nam", "Male")
        }
    }

    static func yesNo(_ value: String) -> Bilingual? {
        switch value {
        case "yes": Bilingual("Có", "Yes")
        case "no": Bilingual("Không", "No")
        default: nil
        }
    }

    static func positionLevel(_ level: PositionLevel) -> Bilingual {
        switch level {
        case .staff: Bilingual("Nhân viên", "Staff")
        case .divisionLeader: Bilingual("Lãnh đạo phòng", "Division leader")
        case .agencyLeader: Bilingual("Lãnh đạo đơn vị", "Agency leader")
        case .sectorLeader: Bilingual("Lãnh đạo ngành", "Sector leader")
        }
    }

    static func authority(_ value: String) -> Bilingual? {
        switch value {
        case Authority.president.rawValue: Bilingual("Chủ tịch nước", "President")
        case Authority.primeMinister.rawValue: Bilingual("Thủ tướng Chính phủ", "Prime Minister")
        case Authority.generalDirector.rawValue: Bilingual("Tổng Giám đốc", "General Director")
        case "agency-head": Bilingual("Thủ trưởng đơn vị", "Head of the agency")
        default: nil
        }
    }

    static func awardKind(_ kind: AwardKind) -> Bilingual {
        switch kind {
        case .emulationTitle: Bilingual("Danh hiệu thi đua", "Emulation title")
        case .order: Bilingual("Huân chương", "Order")
        case .medal: Bilingual("Huy chương", "Medal")
        case .honoraryTitle: Bilingual("Danh hiệu vinh dự Nhà nước", "State honorary title")
        case .certificateOfMerit: Bilingual("Bằng khen", "Certificate of merit")
        case .commendationPaper: Bilingual("Giấy khen", "Commendation paper")
        case .commemorativeMedal: Bilingual("Kỷ niệm chương", "Commemorative medal")
        }
    }

    static func commendationKind(_ kind: CommendationKind) -> Bilingual {
        switch kind {
        case .regular: Bilingual("Thường xuyên", "Regular")
        case .thematic: Bilingual("Theo chuyên đề", "Thematic")
        case .unexpected: Bilingual("Đột xuất", "Unexpected")
        case .contribution: Bilingual("Quá trình cống hiến", "For contribution")
        case .foreign: Bilingual("Đối ngoại", "Foreign")
        case .seniority: Bilingual("Niên hạn", "Seniority")
        case .resistance: Bilingual("Thành tích kháng chiến", "Resistance")
        }
    }

    static func scope(_ scope: Scope) -> Bilingual {
        switch scope {
        case .agency: Bilingual("Đơn vị", "Agency")
        case .cluster: Bilingual("Cụm thi đua", "Cluster")
        case .sector: Bilingual("Toàn ngành", "Sector")
        }
    }

    static func better(_ direction: Direction) -> Bilingual {
        switch direction {
        case .higher: Bilingual("Cao hơn là tốt hơn", "Higher is better")
        case .lower: Bilingual("Thấp hơn là tốt hơn", "Lower is better")
        }
    }
}
