import Foundation

/// Consistency of the board's file for a year, and its agreement with the reference data.
struct BoardChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .boardYearMismatch, .planDuplicateTarget, .agencyUnknown, .percentOutOfRange, .indicatorUnknown, .awardUnknown,
        .awardWrongRecipient, .decisionRecipientWithoutID, .personIDMalformed,
    ]

    let board: BoardYear
    let reference: ReferenceData?
    let folderYear: Int?

    func run(_ sink: inout FindingSink) {
        if let folderYear, folderYear != board.year {
            sink.add(.boardYearMismatch, at: board.location, ["year": "\(board.year)", "folder": "\(folderYear)"])
        }
        reportDuplicates(
            board.targets, .planDuplicateTarget, key: { "\($0.agency)/\($0.indicator)" }, location: \.location,
            into: &sink)
        guard let reference else { return }
        for target in board.targets {
            if reference.agencies[target.agency] == nil {
                sink.add(.agencyUnknown, at: target.location, ["place": .planTarget, "agency": "\(target.agency)"])
            }
            if let indicator = reference.indicators[target.indicator] {
                if indicator.unit == .percent && (target.value < 0 || target.value > 100) {
                    sink.add(
                        .percentOutOfRange, at: target.location,
                        [
                            "place": .planTarget, "indicator": "\(target.indicator)",
                            "name": Bilingual(indicator.name, indicator.nameEn ?? indicator.name),
                            "value": "\(target.value)",
                        ])
                }
            } else {
                sink.add(
                    .indicatorUnknown, at: target.location, ["place": .planTarget, "indicator": "\(target.indicator)"])
            }
        }
        for decision in board.decisions {
            guard let award = reference.awards[decision.award] else {
                sink.add(
                    .awardUnknown, at: decision.location,
                    ["place": .decision(decision.number), "award": "\(decision.award)"])
                continue
            }
            for recipient in decision.recipients {
                if reference.agencies[recipient.agency] == nil {
                    sink.add(
                        .agencyUnknown, at: recipient.location,
                        ["place": .decision(decision.number), "agency": "\(recipient.agency)"])
                }
                if !award.recipients.admits(recipient.kind) {
                    sink.add(
                        .awardWrongRecipient, at: recipient.location,
                        [
                            "place": .decision(decision.number), "award": "\(award.code)",
                            "name": Bilingual(award.name, award.nameEn ?? award.name),
                            "admits": .admits(award.recipients),
                            "recipient": .recipient(recipient.kind, recipient.name),
                        ])
                }
                if recipient.kind != .agency && (recipient.id ?? "").isEmpty {
                    sink.add(
                        .decisionRecipientWithoutID, at: recipient.location,
                        ["decision": "\(decision.number)", "name": "\(recipient.name)"])
                }
                if recipient.kind == .person, let id = recipient.id, !SubmissionChecks.isSocialInsuranceNumber(id) {
                    sink.add(
                        .personIDMalformed, at: recipient.location,
                        ["place": .decision(decision.number), "id": "\(id)", "name": "\(recipient.name)"])
                }
            }
        }
    }
}

// MARK: - Its codes

extension FindingKind {
    static let boardYearMismatch = FindingKind(
        "board.year-mismatch", .error, parameters: ["year", "folder"],
        vi:
            "tệp của Ban Thi đua - Khen thưởng ghi năm {year} nhưng nằm trong thư mục năm {folder}; sửa năm hoặc chuyển tệp sang thư mục {year}",
        en:
            "the board's file says year {year} but lies in the folder for {folder}; correct the year or move the file to the {year} folder",
        fields: ["board/@year"],
        examples: [
            .triggers("the 2019 board's file in the 2020 folder", [.text("2020/board.xml", SampleFiles.board)]),
            .passes("the 2019 board's file in its folder", [.board()]),
        ])

    static let planDuplicateTarget = FindingKind(
        "plan.duplicate-target", .error, parameters: ["key", "line"],
        vi:
            "chỉ tiêu {key} (đơn vị/chỉ tiêu) được giao hai lần (lần đầu ở dòng {line}); mỗi đơn vị, mỗi chỉ tiêu chỉ giao một lần",
        en: "target {key} (agency/indicator) appears twice (first at line {line}); set each agency's target once",
        fields: ["target"],
        examples: [
            .triggers(
                "two targets for agency 01's participants",
                [
                    .board {
                        $0.replacingOccurrences(
                            of: "indicator=\"HI-COVERAGE\" value=\"93.16\"",
                            with: "indicator=\"PARTICIPANTS\" value=\"93\"")
                    }
                ]),
            .passes("one target each", [.board()]),
        ])

    static let decisionRecipientWithoutID = FindingKind(
        "decision.recipient-without-id", .error, parameters: ["decision", "name"],
        vi: "quyết định {decision}: {name} cần có mã (mã tập thể hoặc mã số BHXH 10 chữ số của cá nhân)",
        en: "decision {decision}: {name} needs an id (the collective's code or the person's social insurance number)",
        fields: ["recipient/@id"],
        examples: [
            .triggers(
                "a person without an id",
                [.board { $0.replacingOccurrences(of: " id=\"0101000001\"", with: "") }]),
            .passes("a person with an id", [.board()]),
        ])

}
