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
                .countNegative, at: w.location, attribute: name,
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
        ] where w.total >= 0 && value > w.total {  // a negative total is reported once, above
            sink.add(
                .workforceExceedsTotal, at: w.location, attribute: name,
                ["field": "\(name)", "value": "\(value)", "label": label, "total": "\(w.total)"])
        }
        var titledIDs = Set<String>()
        for index in s.people.indices where !s.people[index].titles.isEmpty { titledIDs.insert(s.people[index].id) }
        let titled = titledIDs.count
        if w.total >= 0 && titled > w.total {
            sink.add(.titlesExceedHeadcount, at: w.location, ["titled": "\(titled)", "total": "\(w.total)"])
        }
    }

    private func checkPeople(_ sink: inout FindingSink) {
        let collectives = Set(s.collectives.map(\.code))
        var first: [String: (line: Int, name: String)] = [:]
        first.reserveCapacity(s.people.count)
        for person in s.people {
            if !Self.isSocialInsuranceNumber(person.id) {
                sink.add(
                    .personIDMalformed, at: person.location,
                    ["place": .noPlace, "id": "\(person.id)", "name": "\(person.name)"])
            }
            if let earlier = first[person.id] {
                sink.add(
                    .personDuplicate, at: person.location,
                    ["key": "\(person.id)", "problem": Self.duplicate(person.name, first: earlier)])
            } else {
                first[person.id] = (person.location.line, person.name)
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

    /// What a repeated id most likely is: the same person entered again (the names agree but for case and
    /// spacing), or a second person given the first's id.
    static func duplicate(_ name: String, first: (line: Int, name: String)) -> Bilingual {
        let same = { (name: String) in name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        if same(name) == same(first.name) {
            return Bilingual(
                "(\(name)) đã được ghi ở dòng \(first.line): xóa mục ghi lặp này, chuyển danh hiệu, hình thức khen thưởng "
                    + "của mục này (nếu khác) sang mục ở dòng \(first.line); mỗi người chỉ được ghi một lần",
                "(\(name)) is already listed at line \(first.line): delete this repeated entry, moving any title or award "
                    + "it has to the entry at line \(first.line); each person is listed only once")
        }
        return Bilingual(
            "được ghi cho cả \(name) (dòng này) và \(first.name) (dòng \(first.line)): kiểm tra và sửa mã số BHXH ghi sai; "
                + "mỗi mã số BHXH chỉ thuộc về một người",
            "is given both to \(name) (this line) and to \(first.name) (line \(first.line)): correct the wrong id; an id "
                + "belongs to one person only")
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
                    .countNegative, at: c.location, attribute: what,
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
        if !agency.reports(forYear: s.year) {
            var span = Bilingual(same: "\(agency.validFrom)")
            if let to = agency.validTo {
                span = Bilingual("\(agency.validFrom) đến \(to)", "\(agency.validFrom) to \(to)")
            }
            let heir = reference.lineage.heir(of: agency.code, on: Day(year: s.year, month: 12, day: 31))
            let advice =
                heir == agency.code
                ? .noPlace
                : Bilingual("; đơn vị kế thừa \(heir) báo cáo năm này", "; its successor \(heir) reports for it")
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
                    .countNegative, at: result.location, attribute: "actual",
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
        // `who` is worded only for a finding: most titles have none.
        func checkAward(
            _ code: String, for kind: RecipientKind, at location: Location, who: @autoclosure () -> Bilingual
        ) {
            guard let award = reference.awards[code] else {
                sink.add(.awardUnknown, at: location, ["place": who().map { "\($0): " }, "award": "\(code)"])
                return
            }
            if !award.recipients.admits(kind) {
                sink.add(
                    .awardWrongRecipient, at: location,
                    [
                        "place": .noPlace, "award": "\(award.code)",
                        "name": Bilingual(award.name, award.nameEn ?? award.name), "admits": .admits(award.recipients),
                        "recipient": who(),
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
