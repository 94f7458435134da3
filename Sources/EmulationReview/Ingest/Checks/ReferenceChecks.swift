import Foundation

/// Consistency of the agency registry.
struct RegistryChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .registryDuplicate, .registryUnknownCluster, .registryInvalidDates, .registryUnknownSuccessor,
        .registrySelfSuccessor, .registrySuccessorWithoutEnd, .registryUnknownParent,
    ]

    let registry: Registry

    func run(_ sink: inout FindingSink) {
        reportDuplicates(registry.clusters, .registryDuplicate, key: \.code, location: \.location, into: &sink)
        reportDuplicates(registry.agencies, .registryDuplicate, key: \.code, location: \.location, into: &sink)
        let clusters = Set(registry.clusters.map(\.code))
        let agencies = Set(registry.agencies.map(\.code))
        for agency in registry.agencies {
            if !clusters.contains(agency.cluster) {
                sink.add(
                    .registryUnknownCluster, at: agency.location,
                    ["agency": "\(agency.code)", "cluster": "\(agency.cluster)"])
            }
            if let to = agency.validTo, to < agency.validFrom {
                sink.add(
                    .registryInvalidDates, at: agency.location,
                    ["agency": "\(agency.code)", "to": "\(to)", "from": "\(agency.validFrom)"])
            }
            if let successor = agency.successor {
                if !agencies.contains(successor) {
                    sink.add(
                        .registryUnknownSuccessor, at: agency.location,
                        ["agency": "\(agency.code)", "successor": "\(successor)"])
                } else if successor == agency.code {
                    sink.add(.registrySelfSuccessor, at: agency.location, ["agency": "\(agency.code)"])
                }
                if agency.validTo == nil {
                    sink.add(.registrySuccessorWithoutEnd, at: agency.location, ["agency": "\(agency.code)"])
                }
            }
            if let parent = agency.parent, !agencies.contains(parent) {
                sink.add(
                    .registryUnknownParent, at: agency.location, ["agency": "\(agency.code)", "parent": "\(parent)"])
            }
        }
    }
}

/// Consistency of the catalogues.
struct CatalogueChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .catalogueDuplicate, .catalogueInvalidDates, .catalogueFamilyNameMissing, .catalogueFamilyNameDiffers,
    ]

    let catalogue: Catalogue

    func run(_ sink: inout FindingSink) {
        reportDuplicates(catalogue.indicators, .catalogueDuplicate, key: \.code, location: \.location, into: &sink)
        reportDuplicates(catalogue.movements, .catalogueDuplicate, key: \.code, location: \.location, into: &sink)
        reportDuplicates(catalogue.awards, .catalogueDuplicate, key: \.code, location: \.location, into: &sink)
        for movement in catalogue.movements {
            if let end = movement.end, end < movement.start {
                sink.add(
                    .catalogueInvalidDates, at: movement.location,
                    ["movement": "\(movement.code)", "end": "\(end)", "start": "\(movement.start)"])
            }
        }
        // The classes of a family are counted under one name, so each must give it, and give the same one.
        var named: [String: AwardDefinition] = [:]
        for award in catalogue.awards {
            guard let family = award.family else { continue }
            guard let name = award.familyName else {
                sink.add(
                    .catalogueFamilyNameMissing, at: award.location, ["award": "\(award.code)", "family": "\(family)"])
                continue
            }
            guard let first = named[family] else {
                named[family] = award
                continue
            }
            if first.familyName != name || first.familyNameEn != award.familyNameEn {
                sink.add(
                    .catalogueFamilyNameDiffers, at: award.location,
                    ["award": "\(award.code)", "family": "\(family)", "first": "\(first.code)"])
            }
        }
    }
}

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

/// Consistency of the rulebook, and its agreement with the catalogue when at hand.
struct RulebookChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [.rulebookInvalidCap, .rulebookNegativeWeight, .indicatorUnknown, .awardUnknown]

    let rulebook: Rulebook
    let reference: ReferenceData?

    func run(_ sink: inout FindingSink) {
        if rulebook.scoring.cap < 100 {
            sink.add(.rulebookInvalidCap, at: .start, ["cap": "\(rulebook.scoring.cap)"])
        }
        if rulebook.scoring.weights.values.contains(where: { $0 < 0 }) {
            sink.add(.rulebookNegativeWeight, at: .start)
        }
        guard let reference else { return }
        for indicator in rulebook.scoring.weights.keys.sorted() where reference.indicators[indicator] == nil {
            sink.add(.indicatorUnknown, at: .start, ["place": .scoring, "indicator": "\(indicator)"])
        }
        for award in rulebook.bonuses.keys.sorted() where reference.awards[award] == nil {
            sink.add(.awardUnknown, at: .start, ["place": .bonus, "award": "\(award)"])
        }
    }
}

// MARK: - The codes of the reference checks

extension FindingKind {
    static let registryDuplicate = FindingKind(
        "registry.duplicate-code", .error, parameters: ["key", "line"],
        vi:
            "mã {key} xuất hiện hai lần trong danh mục đơn vị (lần đầu ở dòng {line}); mỗi cụm, mỗi đơn vị chỉ ghi một lần",
        en: "code {key} appears twice in the registry (first at line {line}); list each cluster and agency once",
        fields: ["reference:cluster/@code", "reference:agency/@code"],
        examples: [
            .triggers(
                "agency 02 listed twice",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(of: "code=\"02\" name", with: "code=\"01\" name")
                    }
                ]),
            .passes("the demo registry", [.reference("registry.xml") { $0 }]),
        ])

    static let registryUnknownCluster = FindingKind(
        "registry.unknown-cluster", .error, parameters: ["agency", "cluster"],
        vi:
            "đơn vị {agency} thuộc cụm thi đua {cluster}, nhưng cụm này không có trong danh sách cụm; bổ sung cụm hoặc sửa mã",
        en:
            "agency {agency} names cluster {cluster}, which is not among the clusters; add the cluster or correct the code",
        fields: ["agency/@cluster"],
        examples: [
            .triggers(
                "a cluster code nobody defined",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "cluster=\"C01\" place=\"Hà Giang\"", with: "cluster=\"C99\" place=\"Hà Giang\"")
                    }
                ]),
            .passes("the demo registry", [.reference("registry.xml") { $0 }]),
        ])

    static let registryInvalidDates = FindingKind(
        "registry.invalid-dates", .error, parameters: ["agency", "to", "from"],
        vi: "đơn vị {agency} có ngày kết thúc {to} trước ngày bắt đầu {from}; sửa lại các ngày",
        en: "agency {agency} is valid to {to}, before it is valid from {from}; correct the dates",
        fields: ["agency/@validFrom", "agency/@validTo"],
        examples: [
            .triggers(
                "validTo before validFrom",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2007-12-31\"")
                    }
                ]),
            .passes(
                "validTo after validFrom",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\"")
                    }
                ]),
        ])

    static let registryUnknownSuccessor = FindingKind(
        "registry.unknown-successor", .error, parameters: ["agency", "successor"],
        vi:
            "đơn vị {agency} ghi đơn vị kế thừa là {successor}, nhưng mã này không có trong danh mục đơn vị; bổ sung đơn vị kế thừa hoặc sửa mã",
        en:
            "agency {agency} names successor {successor}, which is not in the registry; add the successor or correct the code",
        fields: ["agency/@successor"],
        examples: [
            .triggers(
                "a successor that is not in the registry",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"99\"")
                    }
                ]),
            .passes(
                "agency 02 merged into 01",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"01\"")
                    }
                ]),
        ])

    static let registrySelfSuccessor = FindingKind(
        "registry.self-successor", .error, parameters: ["agency"],
        vi: "đơn vị {agency} tự ghi mình là đơn vị kế thừa; ghi mã của đơn vị tiếp nhận",
        en: "agency {agency} names itself as its successor; give the code of the agency it merged into",
        fields: ["agency/@successor"],
        examples: [
            .triggers(
                "agency 02 succeeded by itself",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"02\"")
                    }
                ]),
            .passes(
                "agency 02 merged into 01",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"01\"")
                    }
                ]),
        ])

    static let registrySuccessorWithoutEnd = FindingKind(
        "registry.successor-without-end", .error, parameters: ["agency"],
        vi:
            "đơn vị {agency} có đơn vị kế thừa nhưng không có ngày cuối cùng còn hoạt động (validTo); ghi vào validTo ngày cuối cùng đơn vị hoạt động trước khi sáp nhập (ví dụ 2025-06-30)",
        en:
            "agency {agency} has a successor but no validTo date; give the last day it existed before the merger (for example 2025-06-30)",
        fields: ["agency/@successor", "agency/@validTo"],
        examples: [
            .triggers(
                "a successor without validTo",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" successor=\"01\"")
                    }
                ]),
            .passes(
                "a successor with validTo",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "place=\"Hà Giang\" validFrom=\"2008-01-01\"",
                            with: "place=\"Hà Giang\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"01\"")
                    }
                ]),
        ])

    static let registryUnknownParent = FindingKind(
        "registry.unknown-parent", .error, parameters: ["agency", "parent"],
        vi:
            "đơn vị {agency} ghi đơn vị cấp trên là {parent}, nhưng mã này không có trong danh mục đơn vị; sửa mã đơn vị cấp trên",
        en: "agency {agency} names parent {parent}, which is not in the registry; correct the parent's code",
        fields: ["agency/@parent"],
        examples: [
            .triggers(
                "a parent that is not in the registry",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "cluster=\"C01\" place=\"Hà Giang\"",
                            with: "parent=\"99\" cluster=\"C01\" place=\"Hà Giang\"")
                    }
                ]),
            .passes(
                "a parent in the registry",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "cluster=\"C01\" place=\"Hà Giang\"",
                            with: "parent=\"01\" cluster=\"C01\" place=\"Hà Giang\"")
                    }
                ]),
        ])

    static let catalogueDuplicate = FindingKind(
        "catalogue.duplicate-code", .error, parameters: ["key", "line"],
        vi:
            "mã {key} xuất hiện hai lần trong danh mục (lần đầu ở dòng {line}); mỗi chỉ tiêu, phong trào, hình thức khen thưởng chỉ ghi một lần",
        en:
            "code {key} appears twice in the catalogue (first at line {line}); list each indicator, movement and award once",
        fields: ["reference:indicator/@code", "reference:movement/@code", "reference:award/@code"],
        examples: [
            .triggers(
                "award GK listed twice",
                [
                    .reference("catalogue.xml") {
                        $0.replacingOccurrences(of: "<award code=\"LDTT\"", with: "<award code=\"GK\"")
                    }
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

    static let catalogueInvalidDates = FindingKind(
        "catalogue.invalid-dates", .error, parameters: ["movement", "end", "start"],
        vi: "phong trào {movement} kết thúc ngày {end}, trước ngày bắt đầu {start}; sửa lại các ngày",
        en: "movement {movement} ends on {end}, before it starts on {start}; correct the dates",
        fields: ["movement/@start", "movement/@end"],
        examples: [
            .triggers(
                "a movement that ends before it starts",
                [
                    .reference("catalogue.xml") {
                        $0.replacingOccurrences(
                            of: "start=\"2019-01-01\" end=\"2019-12-31\"",
                            with: "start=\"2019-01-01\" end=\"2018-12-31\"")
                    }
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

    static let catalogueFamilyNameMissing = FindingKind(
        "catalogue.family-name", .error, parameters: ["award", "family"],
        vi: "hình thức khen thưởng {award} thuộc nhóm {family} nhưng không có tên nhóm (familyName); bổ sung tên nhóm",
        en: "award {award} belongs to family {family} but has no familyName; add the family's name",
        fields: ["award/@family", "award/@familyName"],
        examples: [
            .triggers(
                "a family without its name",
                [
                    .reference("catalogue.xml") {
                        $0.replacingOccurrences(
                            of: "rank=\"8\" family=\"HCLD\" familyName=\"Huân chương Lao động\"",
                            with: "rank=\"8\" family=\"HCLD\"")
                    }
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

    static let catalogueFamilyNameDiffers = FindingKind(
        "catalogue.family-name-differs", .error, parameters: ["award", "family", "first"],
        vi:
            "hình thức khen thưởng {award} ghi tên nhóm {family} khác với {first}; mọi hạng của một nhóm phải ghi cùng familyName và familyNameEn",
        en:
            "award {award} names its family {family} differently from award {first}; give every class of a family the same familyName and familyNameEn",
        fields: ["award/@familyName", "award/@familyNameEn"],
        examples: [
            .triggers(
                "two names for the Labour Order",
                [
                    .reference("catalogue.xml") {
                        $0.replacingOccurrences(
                            of: "rank=\"9\" family=\"HCLD\" familyName=\"Huân chương Lao động\"",
                            with: "rank=\"9\" family=\"HCLD\" familyName=\"Huân chương lao động\"")
                    }
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

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

    static let rulebookInvalidCap = FindingKind(
        "rulebook.invalid-cap", .error, parameters: ["cap"],
        vi: "mức trần chấm điểm là {cap}%; mức trần phải từ 100 trở lên (phần vượt mức trần chỉ tính bằng mức trần)",
        en: "the scoring cap is {cap}%; it must be at least 100 (fulfilment above the cap counts as the cap)",
        fields: ["scoring/@cap"],
        examples: [
            .triggers(
                "a cap of 90",
                [.reference("rulebook.xml") { $0.replacingOccurrences(of: "cap=\"120\"", with: "cap=\"90\"") }]),
            .passes(
                "a cap of 100",
                [.reference("rulebook.xml") { $0.replacingOccurrences(of: "cap=\"120\"", with: "cap=\"100\"") }]),
        ])

    static let rulebookNegativeWeight = FindingKind(
        "rulebook.negative-weight", .error,
        vi: "có trọng số chấm điểm âm; trọng số phải bằng 0 hoặc lớn hơn",
        en: "a scoring weight is negative; weights must be zero or more",
        fields: ["weight/@value"],
        examples: [
            .triggers(
                "a weight of −5",
                [
                    .reference("rulebook.xml") {
                        $0.replacingOccurrences(
                            of: "indicator=\"UI\" value=\"5\"", with: "indicator=\"UI\" value=\"-5\"")
                    }
                ]),
            .passes(
                "a weight of 0",
                [
                    .reference("rulebook.xml") {
                        $0.replacingOccurrences(
                            of: "indicator=\"UI\" value=\"5\"", with: "indicator=\"UI\" value=\"0\"")
                    }
                ]),
        ])
}

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
