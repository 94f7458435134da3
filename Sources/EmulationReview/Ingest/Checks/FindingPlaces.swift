extension Bilingual {
    /// The place a shared code is raised, as the start of its message.
    static let planTarget = Bilingual("kế hoạch giao chỉ tiêu: ", "the plan's target: ")
    static let scoring = Bilingual("bảng trọng số chấm điểm: ", "the scoring weights: ")
    static let bonus = Bilingual("mức thưởng của bộ quy tắc: ", "the rulebook's reward multiples: ")
    static let noPlace = Bilingual(same: "")

    static func decision(_ number: String) -> Bilingual { Bilingual("quyết định \(number): ", "decision \(number): ") }

    /// "individuals", "collectives", "individuals and collectives".
    static func admits(_ recipients: AwardRecipients) -> Bilingual {
        switch recipients {
        case .individual: Bilingual("chỉ dành cho cá nhân", "is for individuals only")
        case .collective: Bilingual("chỉ dành cho tập thể", "is for collectives only")
        case .both: Bilingual("dành cho cá nhân và tập thể", "is for individuals and collectives")
        }
    }

    /// "cá nhân Nguyễn Thị Lan", "tập thể 01-01", "đơn vị 01".
    static func recipient(_ kind: RecipientKind, _ name: String) -> Bilingual {
        switch kind {
        case .person: Bilingual("cá nhân \(name)", "the person \(name)")
        case .collective: Bilingual("tập thể \(name)", "the collective \(name)")
        case .agency: Bilingual("đơn vị \(name)", "the agency \(name)")
        }
    }
}
