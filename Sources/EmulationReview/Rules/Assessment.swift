extension Candidate {
    /// The person or collective, as a clerk finds them in the files.
    var who: Bilingual {
        switch recipientKind {
        case .person: Bilingual(same: "\(name) (\(recipient))")
        case .collective:
            Bilingual(
                "tập thể \(name) (mã \(recipient), đơn vị \(agency))",
                "collective \(name) (\(recipient), agency \(agency))")
        case .agency: Bilingual("đơn vị \(name) (mã \(recipient))", "agency \(name) (\(recipient))")
        }
    }

    /// "Trần Văn An (0101000001) is proposed for Grassroots Emulation Fighter (CSTDCS) for 2019" / "Trần Văn An
    /// (0101000001) được đề nghị xét tặng danh hiệu Chiến sĩ thi đua cơ sở (CSTDCS) năm 2019".
    var subject: Bilingual {
        let award = AwardCode.name(self.award)
        let title = AwardCode.isTitle(self.award)
        let (vi, en) =
            switch source {
            case .nomination: (title ? "được đề nghị xét tặng danh hiệu" : "được đề nghị xét tặng", "is proposed for")
            case .title: (title ? "có danh hiệu" : "được ghi nhận đã nhận", "is listed with")
            case .decision: (title ? "được tặng danh hiệu" : "được tặng", "is awarded")
            }
        return Bilingual(
            "\(who.vi) \(vi) \(award.vi) (\(self.award)) năm \(year)",
            "\(who.en) \(en) \(award.en) (\(self.award)) for \(year)")
    }
}

/// The `years` years ending with `last`, oldest first.
func window(_ years: Int, endingWith last: Int) -> [Int] {
    Array((last - years + 1)...last)
}

/// Why the archive cannot say something about a year.
enum Gap: Hashable {
    case beforeArchive
    case afterArchive
    case noSubmission
    case notListed
}

/// A fact the archive either states or cannot state.
enum Known<Value> {
    case known(Value)
    case unknown(Gap)
}

/// A rule's findings about one candidate: known facts that break the rule, and what the archive cannot say.
struct Assessment {
    let candidate: Candidate
    let history: History
    /// What the rule requires, in the words of the regime in force; ends every message.
    var requirement: Bilingual
    private(set) var failures: [Bilingual] = []
    private(set) var gaps: [Bilingual] = []

    init(_ candidate: Candidate, _ history: History, requirement: Bilingual) {
        self.candidate = candidate
        self.history = history
        self.requirement = requirement
    }

    mutating func fail(_ text: Bilingual) { failures.append(text) }

    mutating func gap(_ text: Bilingual) { gaps.append(text) }

    /// Records the years the archive cannot speak of for `need` (e.g. "Grassroots Emulation Fighter").
    mutating func gaps(_ need: Bilingual, _ unknown: [(year: Int, gap: Gap)]) {
        for gap in [Gap.beforeArchive, .afterArchive, .noSubmission, .notListed] {
            let years = unknown.filter { $0.gap == gap }.map(\.year)
            guard !years.isEmpty else { continue }
            let list = yearList(years).en
            let span = inYearsVi(years)
            let start = history.archiveStart
            let (vi, en) =
                switch gap {
                case .beforeArchive:
                    (
                        "không xác minh được vì dữ liệu lưu trữ bắt đầu từ năm \(start)",
                        "cannot be verified before \(start): the archive starts in \(start)"
                    )
                case .afterArchive:
                    (
                        "không xác minh được vì dữ liệu lưu trữ chỉ đến năm \(history.archiveEnd)",
                        "cannot be verified: the archive ends in \(history.archiveEnd)"
                    )
                case .noSubmission:
                    (
                        "không xác minh được vì đơn vị \(candidate.agency) không có báo cáo được chấp nhận \(span)",
                        "cannot be verified: agency \(candidate.agency) has no accepted submission for \(list)"
                    )
                case .notListed:
                    (
                        "không xác minh được vì \(candidate.who.vi) không có tên trong báo cáo \(span) của đơn vị \(candidate.agency)",
                        "cannot be verified: \(candidate.who.en) is not listed in the \(list) submission\(years.count > 1 ? "s" : "") of agency \(candidate.agency)"
                    )
                }
            gaps.append(Bilingual("\(need.vi) \(span) \(vi)", "\(need.en) in \(list) \(en)"))
        }
    }

    /// Not eligible when a known fact breaks the rule, else cannot verify when the archive is silent, else eligible.
    var verdict: Verdict {
        // Most candidates pass: the sentence naming them is made only for a verdict that needs it.
        guard !failures.isEmpty || !gaps.isEmpty else { return .eligible }
        let subject = candidate.subject
        if !failures.isEmpty {
            let failed = joinedList(failures)
            return .notEligible(
                Bilingual(
                    Self.sentence("\(subject.vi) nhưng \(failed.vi). Yêu cầu: \(requirement.vi)."),
                    Self.sentence("\(subject.en) but \(failed.en). Required: \(requirement.en).")))
        }
        if !gaps.isEmpty {
            let missing = joinedList(gaps)
            return .cannotVerify(
                Bilingual(
                    Self.sentence("\(subject.vi): \(missing.vi). Yêu cầu: \(requirement.vi)."),
                    Self.sentence("\(subject.en): \(missing.en). Required: \(requirement.en).")))
        }
        return .eligible
    }

    private static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
