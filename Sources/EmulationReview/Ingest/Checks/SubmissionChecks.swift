import Foundation

/// Consistency of one agency submission, and its agreement with the registry and catalogues.
struct SubmissionChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .submissionYearMismatch, .asOfOutsideYear, .preparerEmail, .countNegative, .workforceExceedsTotal,
        .titlesExceedHeadcount, .personIDMalformed, .personDuplicate, .personUnknownCollective, .initiativeDuplicate,
        .collectiveDuplicate, .collectiveWomenExceedMembers, .collectiveCountExceedsMembers,
        .nominationUnknownRecipient, .indicatorDuplicate,
        .agencyUnknown, .agencyNotValidInYear, .indicatorUnknown, .percentOutOfRange, .movementUnknown, .awardUnknown,
        .awardWrongRecipient, .workSinceAfterYear, .workAge,
    ]

    let submission: Submission
    let reference: ReferenceData?
    let folderYear: Int?

    func run(_ sink: inout FindingSink) {
        checkYear(&sink)
        checkPreparer(&sink)
        checkWorkforce(&sink)
        checkPeople(&sink)
        checkCollectives(&sink)
        checkNominations(&sink)
        checkIndicators(&sink)
        checkEmulationWork(&sink)
        if let reference {
            checkAgency(reference, &sink)
            checkCodes(reference, &sink)
        }
    }

    private var s: Submission { submission }

    private func checkYear(_ sink: inout FindingSink) {
        if let folderYear, folderYear != s.year {
            sink.add(.submissionYearMismatch, at: s.location, ["year": "\(s.year)", "folder": "\(folderYear)"])
        }
        if s.indicatorsAsOf.year != s.year {
            sink.add(.asOfOutsideYear, at: s.location, ["asOf": "\(s.indicatorsAsOf)", "year": "\(s.year)"])
        }
    }

    /// A warning, not an error: the address only matters for feedback, which goes to the agency's registered
    /// contacts (and to the preparer only when the address is plain and in their domain), so a bad address must
    /// not reject the agency's report.
    private func checkPreparer(_ sink: inout FindingSink) {
        let email = s.preparer.email
        guard let problem = EmailAddress.problem(in: email) else { return }
        let domain = reference?.agencies[s.agency]?.contacts.lazy.compactMap(EmailAddress.domain(of:)).first
        sink.add(
            .preparerEmail, at: s.preparer.location,
            [
                "email": "\(email)", "problem": Bilingual(problem.vi, problem.en),
                "domain": "\(domain ?? "bhxh-tinh.vn")",
            ])
    }

    private func checkWorkforce(_ sink: inout FindingSink) {
        let w = s.workforce
        for (name, label, value) in [
            ("total", Bilingual("tổng số lao động", "total staff"), w.total),
            ("women", Bilingual("lao động nữ", "women"), w.women),
            (
                "directWorkers", Bilingual("người trực tiếp lao động, công tác", "people who work directly"),
                w.directWorkers
            ),
            ("ethnicMinorities", Bilingual("người dân tộc thiểu số", "ethnic-minority staff"), w.ethnicMinorities),
        ] where value < 0 {
            sink.add(
                .countNegative, at: w.location,
                [
                    "place": Bilingual("số lượng lao động (<workforce>): ", "workforce: "), "what": "\(name)",
                    "label": label,
                    "value": "\(value)",
                ])
        }
        for (name, label, value) in [
            ("women", Bilingual("lao động nữ", "women"), w.women),
            (
                "directWorkers", Bilingual("người trực tiếp lao động, công tác", "people who work directly"),
                w.directWorkers
            ),
            ("ethnicMinorities", Bilingual("người dân tộc thiểu số", "ethnic-minority staff"), w.ethnicMinorities),
        ] where value > w.total {
            sink.add(
                .workforceExceedsTotal, at: w.location,
                ["field": "\(name)", "value": "\(value)", "label": label, "total": "\(w.total)"])
        }
        let titled = Set(s.people.filter { !$0.titles.isEmpty }.map(\.id)).count
        if w.total >= 0 && titled > w.total {
            sink.add(.titlesExceedHeadcount, at: w.location, ["titled": "\(titled)", "total": "\(w.total)"])
        }
    }

    private func checkPeople(_ sink: inout FindingSink) {
        let collectives = Set(s.collectives.map(\.code))
        var firstLine: [String: Int] = [:]
        for person in s.people {
            if !Self.isSocialInsuranceNumber(person.id) {
                sink.add(
                    .personIDMalformed, at: person.location,
                    ["place": .noPlace, "id": "\(person.id)", "name": "\(person.name)"])
            }
            if let earlier = firstLine[person.id] {
                sink.add(.personDuplicate, at: person.location, ["key": "\(person.id)", "line": "\(earlier)"])
            } else {
                firstLine[person.id] = person.location.line
            }
            if let collective = person.collective, !collectives.contains(collective) {
                sink.add(
                    .personUnknownCollective, at: person.location,
                    ["name": "\(person.name)", "collective": "\(collective)"])
            }
            reportDuplicates(
                person.initiatives, .initiativeDuplicate, key: \.code, location: { _ in person.location }, into: &sink)
        }
    }

    private func checkCollectives(_ sink: inout FindingSink) {
        reportDuplicates(s.collectives, .collectiveDuplicate, key: \.code, location: \.location, into: &sink)
        for c in s.collectives {
            if c.members < 0 || c.women < 0 {
                let (what, label, value) =
                    c.members < 0
                    ? ("members", Bilingual("số thành viên", "members"), c.members)
                    : ("women", Bilingual("số nữ", "women"), c.women)
                sink.add(
                    .countNegative, at: c.location,
                    [
                        "place": Bilingual("tập thể \(c.code): ", "collective \(c.code): "), "what": "\(what)",
                        "label": label, "value": "\(value)",
                    ])
            }
            if c.women > c.members {
                sink.add(
                    .collectiveWomenExceedMembers, at: c.location,
                    ["collective": "\(c.code)", "name": "\(c.name)", "women": "\(c.women)", "members": "\(c.members)"])
            }
            let counts: [(Int?, Bilingual)] = [
                (c.advancedLabourers, Bilingual("thành viên đạt Lao động tiên tiến", "Advanced Labourers")),
                (
                    c.grassrootsFighters,
                    Bilingual("thành viên đạt Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighters")
                ),
                (c.completedTasks, Bilingual("thành viên hoàn thành nhiệm vụ", "members completing their tasks")),
            ]
            for case (let count?, let what) in counts where count > c.members {
                sink.add(
                    .collectiveCountExceedsMembers, at: c.location,
                    [
                        "collective": "\(c.code)", "name": "\(c.name)", "value": "\(count)", "what": what,
                        "members": "\(c.members)",
                    ])
            }
        }
    }

    private func checkNominations(_ sink: inout FindingSink) {
        let people = Set(s.people.map(\.id))
        let collectives = Set(s.collectives.map(\.code))
        for n in s.nominations {
            let known: Bool
            let what: Bilingual
            switch n.recipientKind {
            case .person:
                known = people.contains(n.recipient)
                what = Bilingual(
                    "cá nhân \(n.recipient) không có trong danh sách cá nhân của tệp; bổ sung cá nhân đó cùng kết quả trong năm",
                    "person \(n.recipient) is not in the file's list of people; add the person with their record for the year"
                )
            case .collective:
                known = collectives.contains(n.recipient)
                what = Bilingual(
                    "tập thể \(n.recipient) không có trong danh sách tập thể của tệp; bổ sung tập thể hoặc sửa mã",
                    "collective \(n.recipient) is not among the file's collectives; add it or correct the code")
            case .agency:
                known = n.recipient == s.agency
                what = Bilingual(
                    "đơn vị chỉ được đề nghị khen thưởng cho chính đơn vị mình (mã \(s.agency)), không được đề nghị cho đơn vị \(n.recipient); sửa recipient cho đúng mã đơn vị mình",
                    "an agency may only nominate itself as a whole (\(s.agency)), not \(n.recipient)")
            }
            if !known {
                sink.add(.nominationUnknownRecipient, at: n.location, ["award": "\(n.award)", "what": what])
            }
        }
    }

    /// The people of emulation-and-commendation work (form 0605.N): a start in the work after the report's year, or
    /// an age that no working person has, is a typing mistake that would distort the form.
    private func checkEmulationWork(_ sink: inout FindingSink) {
        for officer in s.emulationWork?.officers ?? [] {
            if officer.since > s.year {
                sink.add(.workSinceAfterYear, at: officer.location, ["since": "\(officer.since)", "year": "\(s.year)"])
            }
            let age = s.year - officer.born
            if !(15...75).contains(age) {
                sink.add(
                    .workAge, at: officer.location, ["born": "\(officer.born)", "age": "\(age)", "year": "\(s.year)"])
            }
        }
    }

    private func checkIndicators(_ sink: inout FindingSink) {
        reportDuplicates(s.indicators, .indicatorDuplicate, key: \.code, location: \.location, into: &sink)
    }

    private func checkAgency(_ reference: ReferenceData, _ sink: inout FindingSink) {
        guard let agency = reference.agencies[s.agency] else {
            sink.add(.agencyUnknown, at: s.location, ["place": .noPlace, "agency": "\(s.agency)"])
            return
        }
        if !agency.isValid(inYear: s.year) {
            var span = Bilingual(same: "\(agency.validFrom)")
            if let to = agency.validTo {
                span = Bilingual("\(agency.validFrom) đến \(to)", "\(agency.validFrom) to \(to)")
            }
            let advice =
                agency.successor.map { Bilingual("; đơn vị kế thừa báo cáo với mã \($0)", "; report as \($0)") }
                ?? .noPlace
            sink.add(
                .agencyNotValidInYear, at: s.location,
                [
                    "agency": "\(s.agency)", "name": "\(agency.name)", "year": "\(s.year)", "span": span,
                    "advice": advice,
                ])
        }
    }

    private func checkCodes(_ reference: ReferenceData, _ sink: inout FindingSink) {
        for result in s.indicators {
            guard let definition = reference.indicators[result.code] else {
                sink.add(.indicatorUnknown, at: result.location, ["place": .noPlace, "indicator": "\(result.code)"])
                continue
            }
            if definition.unit == .percent && (result.actual < 0 || result.actual > 100) {
                sink.add(
                    .percentOutOfRange, at: result.location,
                    [
                        "place": .noPlace, "indicator": "\(result.code)",
                        "name": Bilingual(definition.name, definition.nameEn ?? definition.name),
                        "value": "\(result.actual)",
                    ])
            } else if definition.unit != .percent && result.actual < 0 {
                sink.add(
                    .countNegative, at: result.location,
                    [
                        "place": .noPlace, "what": "\(result.code)",
                        "label": Bilingual(definition.name, definition.nameEn ?? definition.name),
                        "value": "\(result.actual)",
                    ])
            }
        }
        for movement in s.movements where reference.movements[movement.code] == nil {
            sink.add(.movementUnknown, at: movement.location, ["movement": "\(movement.code)"])
        }
        func checkAward(_ code: String, for kind: RecipientKind, at location: Location, who: Bilingual) {
            guard let award = reference.awards[code] else {
                sink.add(.awardUnknown, at: location, ["place": who.map { "\($0): " }, "award": "\(code)"])
                return
            }
            if !award.recipients.admits(kind) {
                sink.add(
                    .awardWrongRecipient, at: location,
                    [
                        "place": .noPlace, "award": "\(award.code)",
                        "name": Bilingual(award.name, award.nameEn ?? award.name), "admits": .admits(award.recipients),
                        "recipient": who,
                    ])
            }
        }
        for c in s.collectives {
            for t in c.titles {
                checkAward(t.award, for: .collective, at: t.location, who: .recipient(.collective, c.code))
            }
        }
        for p in s.people {
            for t in p.titles { checkAward(t.award, for: .person, at: t.location, who: .recipient(.person, p.name)) }
        }
        for n in s.nominations {
            checkAward(n.award, for: n.recipientKind, at: n.location, who: .recipient(n.recipientKind, n.recipient))
        }
    }

    static func isSocialInsuranceNumber(_ id: String) -> Bool {
        id.utf8.count == 10 && id.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

// MARK: - The codes of the submission checks (shared with the board's and the rulebook's checks where noted)

extension FindingKind {
    private static func edit(_ from: String, _ to: String) -> ExampleFile {
        .submission { $0.replacingOccurrences(of: from, with: to) }
    }

    static let submissionYearMismatch = FindingKind(
        "submission.year-mismatch", .error, parameters: ["year", "folder"],
        vi: "tệp ghi năm {year} nhưng nằm trong thư mục năm {folder}; sửa năm hoặc chuyển tệp sang thư mục {year}",
        en:
            "the file says year {year} but lies in the folder for {folder}; correct the year or move the file to the {year} folder",
        fields: ["submission/@year"],
        examples: [
            .triggers("the 2019 report in the 2020 folder", [.submission("2020/01.xml")]),
            .passes("the 2019 report in its folder", [.submission()]),
        ])

    static let asOfOutsideYear = FindingKind(
        "indicator.as-of-outside-year", .warning, parameters: ["asOf", "year"],
        vi:
            "số liệu chỉ tiêu được báo cáo tính đến ngày {asOf}, ngoài năm báo cáo {year}; kiểm tra lại ngày chốt số liệu (asOf)",
        en: "the indicators are reported as of {asOf}, outside the reporting year {year}; check the asOf date",
        fields: ["indicators/@asOf"],
        examples: [
            .triggers("figures as of the next year", [edit("asOf=\"2019-12-31\"", "asOf=\"2020-01-31\"")]),
            .passes("figures as of 30 November", [edit("asOf=\"2019-12-31\"", "asOf=\"2019-11-30\"")]),
        ])

    static let preparerEmail = FindingKind(
        "submission.preparer-email", .warning, parameters: ["email", "problem", "domain"],
        vi:
            "địa chỉ thư điện tử của người lập \"{email}\" không dùng được ({problem}); ghi một địa chỉ, ví dụ ten.ho@{domain}; phản hồi được gửi tới địa chỉ liên hệ đã đăng ký của đơn vị",
        en:
            "preparer email \"{email}\" is not a usable email address ({problem}); write one address such as ten.ho@{domain}; feedback goes to the agency's registered contacts",
        fields: ["preparer/@email"],
        examples: [
            .triggers(
                "two addresses in one",
                [edit("email=\"thidua@hanoi.vss.gov.vn\"", "email=\"thidua,ketoan@hanoi.vss.gov.vn\"")]),
            .triggers("an empty part in the domain", [edit("@hanoi.vss", "@hanoi..vss")]),
            .passes("one plain address", [.submission()]),
        ])

    /// Shared by the submission's workforce, collectives and indicators.
    static let countNegative = FindingKind(
        "count.negative", .error, parameters: ["place", "what", "label", "value"],
        vi: "{place}{label} ({what}) là {value}; số lượng không được âm, ghi lại số đúng (từ 0 trở lên)",
        en: "{place}{label} ({what}) is {value}; a count cannot be negative",
        fields: ["workforce", "collective/@members", "collective/@women", "indicator/@actual"],
        examples: [
            .triggers("a negative workforce total", [edit("total=\"40\"", "total=\"-40\"")]),
            .triggers(
                "a collective with −1 women", [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"-1\"")]),
            .triggers("a negative number of participants", [edit("actual=\"7573488\"", "actual=\"-5\"")]),
            .passes(
                "a workforce of zero ethnic-minority staff", [edit("ethnicMinorities=\"2\"", "ethnicMinorities=\"0\"")]),
        ])

    static let workforceExceedsTotal = FindingKind(
        "workforce.exceeds-total", .error, parameters: ["field", "value", "label", "total"],
        vi: "số {label} ({field} = {value}) lớn hơn tổng số lao động ({total}); sửa một trong hai số",
        en:
            "workforce {field} ({value} {label}) is greater than the total staff ({total}); correct one of the two counts",
        fields: ["workforce/@women", "workforce/@directWorkers", "workforce/@ethnicMinorities"],
        examples: [
            .triggers("more women than staff", [edit("women=\"21\" directWorkers", "women=\"41\" directWorkers")]),
            .passes("as many women as staff", [edit("women=\"21\" directWorkers", "women=\"40\" directWorkers")]),
        ])

    static let titlesExceedHeadcount = FindingKind(
        "titles.exceed-headcount", .error, parameters: ["titled", "total"],
        vi:
            "có {titled} người được tặng danh hiệu nhưng tổng số lao động chỉ là {total}; sửa tổng số hoặc danh sách cá nhân",
        en:
            "{titled} people received a title but the workforce total is {total}; correct the total or the list of people",
        fields: ["workforce/@total", "person"],
        examples: [
            .triggers(
                "two titled people in a workforce of one",
                [
                    edit(
                        "total=\"40\" women=\"21\" directWorkers=\"30\" ethnicMinorities=\"2\"",
                        "total=\"1\" women=\"1\" directWorkers=\"1\" ethnicMinorities=\"0\"")
                ]),
            .passes(
                "two titled people in a workforce of two",
                [
                    edit(
                        "total=\"40\" women=\"21\" directWorkers=\"30\" ethnicMinorities=\"2\"",
                        "total=\"2\" women=\"1\" directWorkers=\"1\" ethnicMinorities=\"0\"")
                ]),
        ])

    /// Shared by the submission's people and the board's decisions.
    static let personIDMalformed = FindingKind(
        "person.id-malformed", .error, parameters: ["place", "id", "name"],
        vi:
            "{place}mã số \"{id}\" của {name} không phải mã số BHXH 10 chữ số; ghi đúng mã số BHXH 10 chữ số của người đó",
        en:
            "{place}person id \"{id}\" ({name}) is not a 10-digit social insurance number; write the person's 10-digit number",
        fields: ["person/@id", "recipient/@id"],
        examples: [
            .triggers("a 9-digit id", [edit("id=\"0101000002\"", "id=\"010100002\"")]),
            .triggers(
                "a board's decision for a person with letters in the id",
                [.board { $0.replacingOccurrences(of: "id=\"0101000001\"", with: "id=\"01010A0001\"") }]),
            .passes("10-digit ids", [.submission(), .board()]),
        ])

    static let personDuplicate = FindingKind(
        "person.duplicate-id", .error, parameters: ["key", "line"],
        vi: "cá nhân {key} xuất hiện hai lần (lần đầu ở dòng {line}); mỗi người chỉ ghi một lần",
        en: "person {key} appears twice (first at line {line}); list each person once",
        fields: ["person/@id"],
        examples: [
            .triggers("the same id twice", [edit("id=\"0101000002\"", "id=\"0101000001\"")]),
            .passes("two ids", [.submission()]),
        ])

    static let personUnknownCollective = FindingKind(
        "person.unknown-collective", .error, parameters: ["name", "collective"],
        vi:
            "{name} thuộc tập thể {collective}, nhưng tập thể này không có trong danh sách tập thể của tệp; bổ sung tập thể hoặc sửa mã",
        en:
            "{name} belongs to collective {collective}, which is not among the collectives of this file; add it or correct the code",
        fields: ["person/@collective"],
        examples: [
            .triggers(
                "a person in collective 01-09",
                [edit("rating=\"good\" collective=\"01-01\"", "rating=\"good\" collective=\"01-09\"")]),
            .passes("both in collective 01-01", [.submission()]),
        ])

    static let initiativeDuplicate = FindingKind(
        "initiative.duplicate", .error, parameters: ["key", "line"],
        vi:
            "sáng kiến {key} được ghi hai lần cho cùng một người (lần đầu ở dòng {line}); mỗi sáng kiến chỉ ghi một lần",
        en: "initiative {key} is listed twice for the same person (first at line {line}); list each initiative once",
        fields: ["initiative/@code"],
        examples: [
            .triggers(
                "initiative SK-01 twice",
                [
                    edit(
                        "<initiative code=\"SK-01\"",
                        "<initiative code=\"SK-01\" scope=\"unit\">Sáng kiến</initiative><initiative code=\"SK-01\"")
                ]),
            .passes("one initiative", [.submission()]),
        ])

    static let collectiveDuplicate = FindingKind(
        "collective.duplicate-code", .error, parameters: ["key", "line"],
        vi: "tập thể {key} xuất hiện hai lần (lần đầu ở dòng {line}); mỗi tập thể chỉ ghi một lần",
        en: "collective {key} appears twice (first at line {line}); list each collective once",
        fields: ["collective/@code"],
        examples: [
            .triggers(
                "collective 01-01 twice",
                [
                    edit(
                        "</collectives>",
                        "<collective code=\"01-01\" name=\"Phòng Thu\" members=\"5\" women=\"2\" rating=\"good\"/>\n  </collectives>"
                    )
                ]),
            .passes("one collective", [.submission()]),
        ])

    static let collectiveWomenExceedMembers = FindingKind(
        "collective.women-exceed-members", .error, parameters: ["collective", "name", "women", "members"],
        vi: "tập thể {collective} ({name}) có {women} nữ nhưng chỉ có {members} thành viên; sửa một trong hai số",
        en:
            "collective {collective} ({name}) has {women} women but only {members} members; correct one of the two counts",
        fields: ["collective/@women", "collective/@members"],
        examples: [
            .triggers("13 women of 12 members", [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"13\"")]),
            .passes("12 women of 12 members", [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"12\"")]),
        ])

    static let collectiveCountExceedsMembers = FindingKind(
        "collective.count-exceeds-members", .error, parameters: ["collective", "name", "value", "what", "members"],
        vi: "tập thể {collective} ({name}) ghi {value} {what} nhưng chỉ có {members} thành viên; sửa một trong hai số",
        en:
            "collective {collective} ({name}) gives {value} {what} but has only {members} members; correct one of the two counts",
        fields: [
            "collective/@advancedLabourers", "collective/@grassrootsFighters", "collective/@completedTasks",
            "collective/@members",
        ],
        examples: [
            .triggers(
                "13 Advanced Labourers of 12 members",
                [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"7\" advancedLabourers=\"13\"")]),
            .triggers(
                "13 members completing their tasks of 12",
                [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"7\" completedTasks=\"13\"")]),
            .passes(
                "12 Advanced Labourers and 2 Grassroots Emulation Fighters of 12 members",
                [
                    edit(
                        "members=\"12\" women=\"7\"",
                        "members=\"12\" women=\"7\" advancedLabourers=\"12\" grassrootsFighters=\"2\" completedTasks=\"12\""
                    )
                ]),
        ])

    static let nominationUnknownRecipient = FindingKind(
        "nomination.unknown-recipient", .error, parameters: ["award", "what"],
        vi: "đề nghị khen thưởng {award}: {what}",
        en: "nomination for {award}: {what}",
        fields: ["nomination/@recipient"],
        examples: [
            .triggers(
                "a nomination for a collective not in the file",
                [
                    edit(
                        "recipientKind=\"collective\" recipient=\"01-01\"",
                        "recipientKind=\"collective\" recipient=\"01-09\"")
                ]),
            .triggers(
                "a nomination for a person not in the file",
                [
                    edit(
                        "recipientKind=\"collective\" recipient=\"01-01\"",
                        "recipientKind=\"person\" recipient=\"0101000009\"")
                ]),
            .triggers(
                "an agency nominating another agency",
                [edit("recipientKind=\"collective\" recipient=\"01-01\"", "recipientKind=\"agency\" recipient=\"02\"")]),
            .passes(
                "the agency nominating itself",
                [edit("recipientKind=\"collective\" recipient=\"01-01\"", "recipientKind=\"agency\" recipient=\"01\"")]),
        ])

    static let indicatorDuplicate = FindingKind(
        "indicator.duplicate", .error, parameters: ["key", "line"],
        vi: "chỉ tiêu {key} được báo cáo hai lần (lần đầu ở dòng {line}); mỗi chỉ tiêu chỉ báo cáo một lần",
        en: "indicator {key} is reported twice (first at line {line}); report each indicator once",
        fields: ["submission:indicator/@code"],
        examples: [
            .triggers("HI-COVERAGE twice", [edit("code=\"PARTICIPANTS\"", "code=\"HI-COVERAGE\"")]),
            .passes("two indicators", [.submission()]),
        ])

    /// Shared by the submission and the board's plan and decisions.
    static let agencyUnknown = FindingKind(
        "agency.unknown", .error, parameters: ["place", "agency"],
        vi: "{place}mã đơn vị {agency} không có trong danh mục đơn vị; dùng đúng mã của đơn vị trong danh mục",
        en: "{place}agency code {agency} is not in the agency registry; use the office's code as the registry lists it",
        fields: ["submission/@agency", "target/@agency", "recipient/@agency"],
        examples: [
            .triggers("agency 99", [edit("agency=\"01\" year", "agency=\"99\" year")]),
            .triggers(
                "a plan target for agency 99",
                [
                    .board {
                        $0.replacingOccurrences(
                            of: "<target agency=\"01\" indicator=\"PARTICIPANTS\"",
                            with: "<target agency=\"99\" indicator=\"PARTICIPANTS\"")
                    }
                ]),
            .passes("agency 01", [.submission(), .board()]),
        ])

    static let agencyNotValidInYear = FindingKind(
        "agency.not-valid-in-year", .error, parameters: ["agency", "name", "year", "span", "advice"],
        vi:
            "đơn vị {agency} ({name}) không hoạt động trong năm {year}: theo danh mục đơn vị, đơn vị này hoạt động từ {span}{advice}; kiểm tra lại mã đơn vị (agency) và năm báo cáo (year)",
        en:
            "agency {agency} ({name}) did not exist in {year}: the registry has it from {span}{advice}; check the agency code and the year",
        fields: ["submission/@agency", "submission/@year"],
        examples: [
            .triggers(
                "a report for 2000, before the office existed",
                [.submission("2000/01.xml") { $0.replacingOccurrences(of: "year=\"2019\"", with: "year=\"2000\"") }]),
            .passes("a report for 2019", [.submission()]),
        ])

    /// Shared by the submission, the board's plan and the rulebook's scoring.
    static let indicatorUnknown = FindingKind(
        "indicator.unknown", .error, parameters: ["place", "indicator"],
        vi: "{place}mã chỉ tiêu {indicator} không có trong danh mục; dùng mã chỉ tiêu trong danh mục",
        en: "{place}indicator code {indicator} is not in the catalogue; use a code from the catalogue",
        fields: ["submission:indicator/@code", "target/@indicator", "weight/@indicator"],
        examples: [
            .triggers("indicator HI-COVER", [edit("code=\"HI-COVERAGE\"", "code=\"HI-COVER\"")]),
            .passes("indicator HI-COVERAGE", [.submission()]),
        ])

    /// Shared by the submission and the board's plan.
    static let percentOutOfRange = FindingKind(
        "indicator.percent-out-of-range", .error, parameters: ["place", "indicator", "name", "value"],
        vi:
            "{place}{indicator} ({name}) là {value}%, nằm ngoài khoảng từ 0 đến 100; ghi tỷ lệ phần trăm là một số từ 0 đến 100 (không kèm dấu %), dùng dấu chấm để ngăn cách phần thập phân, ví dụ 98.14",
        en: "{place}{indicator} ({name}) is {value}%, outside 0–100; write the percentage itself, e.g. 98.14",
        fields: ["indicator/@actual", "target/@value"],
        examples: [
            .triggers("a coverage of 9299 (the decimal point lost)", [edit("actual=\"92.99\"", "actual=\"9299\"")]),
            .triggers(
                "a planned coverage of 931.6",
                [.board { $0.replacingOccurrences(of: "value=\"93.16\"", with: "value=\"931.6\"") }]),
            .passes("a coverage of 100", [edit("actual=\"92.99\"", "actual=\"100\"")]),
        ])

    static let movementUnknown = FindingKind(
        "movement.unknown", .error, parameters: ["movement"],
        vi: "mã phong trào {movement} không có trong danh mục; dùng mã phong trào như danh mục ghi",
        en: "movement code {movement} is not in the catalogue; use the code of the movement as the catalogue lists it",
        fields: ["submission:movement/@code"],
        examples: [
            .triggers("movement AN-2099", [edit("code=\"AN-2019\"", "code=\"AN-2099\"")]),
            .passes("movement AN-2019", [.submission()]),
        ])

    /// Shared by the submission, the board's decisions and the rulebook's reward multiples.
    static let awardUnknown = FindingKind(
        "award.unknown", .error, parameters: ["place", "award"],
        vi:
            "{place}mã danh hiệu thi đua, hình thức khen thưởng {award} không có trong danh mục; dùng đúng mã trong danh mục danh hiệu thi đua, hình thức khen thưởng",
        en: "{place}award code {award} is not in the catalogue; use a code from the catalogue",
        fields: ["title/@award", "nomination/@award", "decision/@award", "bonus/@award"],
        examples: [
            .triggers("title CSTD-CS", [edit("award=\"CSTDCS\"", "award=\"CSTD-CS\"")]),
            .triggers(
                "a decision for award BK-XYZ",
                [.board { $0.replacingOccurrences(of: "award=\"BK-TGD\"", with: "award=\"BK-XYZ\"") }]),
            .passes("title CSTDCS", [.submission(), .board()]),
        ])

    /// Shared by the submission and the board's decisions.
    static let awardWrongRecipient = FindingKind(
        "award.wrong-recipient", .error, parameters: ["place", "award", "name", "admits", "recipient"],
        vi:
            "{place}{name} ({award}) {admits}, nhưng lại được ghi cho {recipient}; sửa mã danh hiệu, hình thức khen thưởng hoặc đối tượng được khen thưởng",
        en: "{place}{name} ({award}) {admits}, but is given to {recipient}; correct the award code or the recipient",
        fields: ["title/@award", "nomination/@award", "recipient/@kind"],
        examples: [
            .triggers(
                "Advanced Labour Collective given to a person",
                [
                    edit(
                        "<title award=\"LDTT\" decision=\"923/QĐ-BHXH\" date=\"2019-12-30\"/>\n    </person>",
                        "<title award=\"TTLDTT\" decision=\"923/QĐ-BHXH\" date=\"2019-12-30\"/>\n    </person>")
                ]),
            .passes("Advanced Labourer given to a person", [.submission()]),
        ])
}

extension FindingKind {
    private static func work(_ officer: String) -> ExampleFile {
        .submission {
            $0.replacingOccurrences(
                of: "</submission>",
                with:
                    "  <emulationWork>\n    <office kind=\"division\" name=\"Phòng Tổ chức cán bộ\"/>\n    \(officer)\n  </emulationWork>\n</submission>"
            )
        }
    }

    static let workSinceAfterYear = FindingKind(
        "work.since-after-year", .error, parameters: ["since", "year"],
        vi:
            "người làm công tác thi đua, khen thưởng có năm bắt đầu làm công tác này ({since}) sau năm báo cáo ({year}); sửa năm bắt đầu (since)",
        en:
            "a person doing emulation-and-commendation work started it in {since}, after the report's year {year}; correct the year it started (since)",
        fields: ["officer/@since"],
        examples: [
            .triggers(
                "a start in 2021 in the 2019 report",
                [work("<officer gender=\"female\" born=\"1985\" education=\"university\" since=\"2021\"/>")]),
            .passes(
                "a start in 2019",
                [work("<officer gender=\"female\" born=\"1985\" education=\"university\" since=\"2019\"/>")]),
        ])

    static let workAge = FindingKind(
        "work.age", .error, parameters: ["born", "age", "year"],
        vi:
            "người làm công tác thi đua, khen thưởng sinh năm {born} thì năm {year} mới {age} tuổi, không phải tuổi của người đang làm việc; sửa năm sinh (born)",
        en:
            "a person doing emulation-and-commendation work born in {born} would be {age} in {year}, not a working age; correct the year of birth (born)",
        fields: ["officer/@born"],
        examples: [
            .triggers(
                "born in 2010", [work("<officer gender=\"male\" born=\"2010\" education=\"college\" since=\"2019\"/>")]),
            .passes(
                "born in 1985", [work("<officer gender=\"male\" born=\"1985\" education=\"college\" since=\"2010\"/>")]),
        ])
}
