/// The statistics forms of the period: each layout in force for the statistics year (`ReferenceData.forms`,
/// from `Inputs/reference/forms.xml`) filled with the awards decided and the movements under way in that year.
enum StatisticsForms {
    static func forms(_ ctx: ReviewContext, awards facts: [AwardFacts], movements: [MovementRow]) -> [StatisticsForm] {
        let window = ctx.period.statisticsWindow
        // A year's awards are a few hundred distinct kinds of award to a few kinds of recipient: each kind is
        // matched once and counts as many times as it occurs.
        var occurrences: [AwardFacts: Int] = [:]
        for fact in facts { occurrences[fact, default: 0] += 1 }
        let kinds = Array(occurrences.keys)
        let weights = kinds.map { occurrences[$0] ?? 0 }
        return ctx.reference.forms.inForce(on: window.upperBound).map { layout in
            var form = filled(layout, ctx, window: window, kinds: kinds, weights: weights, movements: movements)
            if layout.subject == .offices || layout.subject == .officers {
                (form.counted, form.note) = workCoverage(ctx)
            }
            return form
        }
    }

    private static func filled(
        _ layout: FormLayout, _ ctx: ReviewContext, window: ClosedRange<Day>, kinds: [AwardFacts], weights: [Int],
        movements: [MovementRow]
    ) -> StatisticsForm {
        switch layout.subject {
        case .awards:
            fill(layout, window: window, items: kinds, weights: weights) { row, key, value in
                matches(row, key: key, value: value)
            }
        case .movements:
            fill(layout, window: window, items: movements) { movement, key, value in
                matches(movement, key: key, value: value, end: window.upperBound)
            }
        case .offices:
            fill(layout, window: window, items: work(ctx).flatMap(\.offices)) { office, key, value in
                key == "office" && office.kind.rawValue == value
            }
        case .officers:
            fill(layout, window: window, items: work(ctx).flatMap(\.officers)) { officer, key, value in
                matches(officer, key: key, value: value, on: window.upperBound)
            }
        }
    }

    /// How many of the year's accepted submissions list the offices and people of emulation-and-commendation work
    /// (the optional `emulationWork`): none leaves forms 0604.N and 0605.N blank, some is said under them.
    static func workCoverage(_ ctx: ReviewContext) -> (counted: Bool, note: Bilingual?) {
        let year = ctx.period.last
        let accepted = (ctx.accepted[year] ?? [:]).count
        let giving = work(ctx).count
        if giving == 0 {
            return (
                false,
                Bilingual(
                    "Không có số liệu: không có báo cáo năm \(year) nào được chấp nhận có kê khai tổ chức, người làm "
                        + "công tác thi đua, khen thưởng, nên biểu để trống, không ghi số 0.",
                    "No figures: no accepted \(year) submission lists the offices and people doing emulation and "
                        + "commendation work, so the form is left blank rather than filled with zeros."
                )
            )
        }
        guard giving < accepted else { return (true, nil) }
        return (
            true,
            Bilingual(
                "Số liệu của \(giving) trong số \(accepted) đơn vị có báo cáo năm \(year) được chấp nhận; các đơn vị "
                    + "còn lại không kê khai phần này.",
                "Figures of \(giving) of the \(accepted) agencies whose \(year) submission was accepted; the others do "
                    + "not list this part.")
        )
    }

    /// Counts the items each row and column select (an item counting `weights[i]` times, once without weights);
    /// a formula column adds up its columns.
    static func fill<Item>(
        _ layout: FormLayout, window: ClosedRange<Day>, items: [Item], weights: [Int]? = nil,
        matches: (Item, String, String) -> Bool
    ) -> StatisticsForm {
        // Each selector is parsed once, and rows and columns choose among the items by index: a phase's forms
        // sort every award of five years into every cell, so no award row is copied and no selector re-read.
        typealias Parsed = (none: Bool, terms: [(key: String, values: [String])])
        func parse(_ selector: FormSelector) -> Parsed { (selector.isNone, selector.terms) }
        func selects(_ selector: Parsed, _ index: Int) -> Bool {
            !selector.none
                && selector.terms.allSatisfy { term in term.values.contains { matches(items[index], term.key, $0) } }
        }
        let byNumber = Dictionary(layout.columns.map { ($0.number, ($0, parse($0.select))) }) { first, _ in first }
        let rows = layout.lines.map { line -> FormRow in
            guard let code = line.code else {
                return FormRow(code: "", label: line.label, labelEn: line.labelEn, indent: 0, values: [])
            }
            let lineSelector = parse(line.select)
            let chosen = items.indices.filter { selects(lineSelector, $0) }
            var values: [String: Int] = [:]
            func value(_ number: String, depth: Int) -> Int {
                if let known = values[number] { return known }
                guard let (column, selector) = byNumber[number], depth < layout.columns.count else { return 0 }
                let result =
                    column.formula.isEmpty
                    ? chosen.reduce(0) { $0 + (selects(selector, $1) ? weights?[$1] ?? 1 : 0) }
                    : column.formula.map { value($0, depth: depth + 1) }.reduce(0, +)
                values[number] = result
                return result
            }
            return FormRow(
                code: code, label: line.label, labelEn: line.labelEn, indent: line.indent,
                values: layout.columns.map { value($0.number, depth: 0) })
        }
        return StatisticsForm(
            code: layout.code, title: layout.title, titleEn: layout.titleEn, circular: layout.circular,
            issued: layout.issued, unit: layout.unit, unitEn: layout.unitEn, receipt: layout.receipt,
            receiptEn: layout.receiptEn, window: window, appliedEarly: layout.appliedEarly,
            columns: layout.columns.map {
                FormColumn(
                    code: $0.number, label: $0.label, labelEn: $0.labelEn, group: $0.group, groupEn: $0.groupEn,
                    formula: $0.formula)
            },
            rows: rows)
    }

    /// An award against one `key:value` term of the vocabulary (`FormSelector.vocabulary(.awards)`). Enterprises,
    /// households and business people are the recipients a board's decision marks with `category`; the proposer is
    /// the decision's (central unless it says a province); a household is neither a collective nor an individual.
    /// What the forms read of an award, small enough to sort a phase's awards into every cell cheaply.
    struct AwardFacts: Hashable {
        let award: String
        let level: AwardLevel
        let isCollective: Bool
        let category: RecipientCategory?
        let positionLevel: PositionLevel?
        let worksDirectly: Bool?
        let gender: Gender?
        let ethnicMinority: Bool?
        let commendationKind: CommendationKind
        let proposer: Proposer

        init(_ row: AwardRow) {
            award = row.award
            level = row.level
            isCollective = row.isCollective
            category = row.category
            positionLevel = row.positionLevel
            worksDirectly = row.worksDirectly
            gender = row.gender
            ethnicMinority = row.ethnicMinority
            commendationKind = row.commendationKind
            proposer = row.proposer
        }
    }

    static func matches(_ row: AwardRow, key: String, value: String) -> Bool {
        matches(AwardFacts(row), key: key, value: value)
    }

    static func matches(_ row: AwardFacts, key: String, value: String) -> Bool {
        switch key {
        case "award": return row.award == value
        case "level": return row.level.rawValue == value
        case "recipient":
            switch value {
            case "collective": return row.isCollective && row.category != .household
            case "individual": return !row.isCollective
            case "enterprise": return row.category == .enterprise
            case "household": return row.category == .household
            default: return false
            }
        case "position":
            guard !row.isCollective else { return false }
            if value == "business" { return row.category == .businessPerson }
            guard row.category != .businessPerson else { return false }
            if value == "staff" { return row.positionLevel == nil || row.positionLevel == .staff }
            return row.positionLevel?.rawValue == value
        case "direct": return row.worksDirectly == (value == "yes")
        case "gender": return row.gender?.rawValue == value
        case "minority": return row.ethnicMinority == (value == "yes")
        case "method": return row.commendationKind.rawValue == value
        case "proposer": return row.proposer.rawValue == value
        default: return false
        }
    }

    /// A movement against one term: its launching level, its kind, or its duration in months (first and last
    /// month counted; a movement without an end runs to the end of the statistics year).
    static func matches(_ movement: MovementRow, key: String, value: String, end: Day) -> Bool {
        switch key {
        case "launched": return movement.launchedBy.rawValue == value
        case "kind": return movement.kind.rawValue == value
        case "months":
            guard let range = FormSelector.monthRange(value) else { return false }
            return range.contains(months(movement, end: end))
        default: return false
        }
    }

    /// The offices and people of emulation-and-commendation work: a stock, as the accepted submissions of the
    /// period's last year give it, in agency order.
    static func work(_ ctx: ReviewContext) -> [EmulationWork] {
        let last = ctx.accepted[ctx.period.last] ?? [:]
        return last.keys.sorted().compactMap { last[$0]?.submission.emulationWork }
    }

    /// A person against one term: gender, age at the end of the statistics year and years in the work (both by
    /// calendar year), education, dedicated or part-time.
    static func matches(_ officer: WorkOfficer, key: String, value: String, on day: Day) -> Bool {
        switch key {
        case "gender": return officer.gender.rawValue == value
        case "education": return officer.education.rawValue == value
        case "dedicated": return officer.dedicated == (value == "yes")
        case "age": return FormSelector.monthRange(value)?.contains(day.year - officer.born) ?? false
        case "years": return FormSelector.monthRange(value)?.contains(day.year - officer.since) ?? false
        default: return false
        }
    }

    static func months(_ m: MovementRow, end periodEnd: Day) -> Int {
        let end = m.end ?? periodEnd
        return (end.year - m.start.year) * 12 + (end.month - m.start.month) + (end.day >= m.start.day ? 0 : -1) + 1
    }
}
