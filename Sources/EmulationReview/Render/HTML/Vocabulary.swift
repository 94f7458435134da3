/// Words for the review's enumerations in both languages.
enum Vocabulary {
    static func state(_ state: SubmissionState) -> Bilingual {
        switch state {
        case .onTime: Bilingual("Đúng hạn", "On time")
        case .late: Bilingual("Gửi muộn", "Late")
        case .rejected: Bilingual("Bị từ chối", "Rejected")
        case .superseded: Bilingual("Bị thay thế bởi lần gửi sau", "Superseded by a later revision")
        case .missing: Bilingual("Không gửi", "Not sent")
        case .reportedBySuccessor: Bilingual("Do đơn vị kế thừa báo cáo", "Reported by its successor")
        }
    }

    static func movementKind(_ kind: MovementKind) -> Bilingual {
        switch kind {
        case .primeMinister: Bilingual("Do Thủ tướng Chính phủ phát động", "Launched by the Prime Minister")
        case .phased: Bilingual("Theo giai đoạn", "Phased")
        case .annual: Bilingual("Hằng năm", "Annual")
        case .thematic: Bilingual("Chuyên đề", "Thematic")
        }
    }

    /// For the summary sentence: "4 do Thủ tướng Chính phủ phát động, 2 theo giai đoạn…".
    static func movementKindPhrase(_ kind: MovementKind) -> Bilingual {
        switch kind {
        case .primeMinister: Bilingual("do Thủ tướng Chính phủ phát động", "launched by the Prime Minister")
        case .phased: Bilingual("theo giai đoạn", "phased")
        case .annual: Bilingual("hằng năm", "annual")
        case .thematic: Bilingual("chuyên đề", "thematic")
        }
    }

    static func launchLevel(_ level: LaunchLevel) -> Bilingual {
        switch level {
        case .national: Bilingual("Quốc gia", "National")
        case .sector: Bilingual("Toàn ngành", "Sector")
        case .cluster: Bilingual("Cụm, khối", "Cluster or bloc")
        case .agency: Bilingual("Đơn vị", "Agency")
        }
    }

    static func awardLevel(_ level: AwardLevel) -> Bilingual {
        switch level {
        case .state: Bilingual("Nhà nước", "State")
        case .government: Bilingual("Chính phủ", "Government")
        case .sector: Bilingual("Ngành", "Sector")
        case .agency: Bilingual("Cơ sở", "Agency")
        }
    }

    static func recipientKind(_ kind: RecipientKind) -> Bilingual {
        switch kind {
        case .person: Bilingual("Cá nhân", "Individual")
        case .collective: Bilingual("Tập thể", "Collective")
        case .agency: Bilingual("Đơn vị", "Agency")
        }
    }

    static func verdict(_ verdict: VerdictKind) -> Bilingual {
        switch verdict {
        case .eligible: Bilingual("Đủ điều kiện", "Eligible")
        case .notEligible: Bilingual("Chưa đủ điều kiện", "Not eligible")
        case .cannotVerify: Bilingual("Chưa đủ dữ liệu để kết luận", "Cannot verify")
        case .notChecked: Bilingual("Chưa có quy tắc kiểm tra", "No rule")
        }
    }

    static func source(_ source: Candidate.Source) -> Bilingual {
        switch source {
        case .nomination: Bilingual("Đề nghị khen thưởng", "Nominations")
        case .title: Bilingual("Danh hiệu trong báo cáo đơn vị", "Titles in agencies' reports")
        case .decision: Bilingual("Quyết định khen thưởng", "Award decisions")
        }
    }

    static func severity(_ severity: Severity) -> Bilingual {
        switch severity {
        case .error: Bilingual("Lỗi", "Error")
        case .warning: Bilingual("Cảnh báo", "Warning")
        }
    }

    static func unit(_ unit: IndicatorUnit) -> Bilingual {
        switch unit {
        case .persons: Bilingual("người", "persons")
        case .percent: Bilingual("%", "%")
        case .millionVND: Bilingual("triệu đồng", "VND million")
        case .count: Bilingual("số lượng", "count")
        }
    }

    static func tieBreak(_ code: String) -> Bilingual {
        switch code {
        case "women":
            Bilingual("Bằng điểm; ưu tiên đơn vị có tỷ lệ nữ cao theo quy định", "Tie broken in favour of women")
        case "code": Bilingual("Bằng điểm; xếp theo mã đơn vị", "Tie broken by agency code")
        default: Bilingual(code, code)
        }
    }

    static let leader = Bilingual("Dẫn đầu cụm", "Leads the cluster")

    /// In a phase's ranking, the years an agency has no score for: its phase score is the mean of the others.
    static func notScored(_ years: [Int]) -> Bilingual {
        let list = years.map(String.init).joined(separator: ", ")
        return Bilingual(
            "Năm \(list) không được chấm điểm (thiếu số liệu hoặc kế hoạch, xem trang của đơn vị)",
            "Not scored in \(list) (figures or a plan missing; see the agency's page)")
    }

    /// Percentage points, for the change of an indicator that is itself a percentage.
    static let points = Bilingual(" điểm %", " pp")
}
