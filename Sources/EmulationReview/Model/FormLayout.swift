/// The layouts of the statistics forms (`Inputs/reference/forms.xml`): each form of each circular, dated, with
/// its header, columns, rows and what feeds each row and column.
public struct FormLayouts: Sendable, Hashable {
    public var forms: [FormLayout]

    public init(forms: [FormLayout]) {
        self.forms = forms
    }

    /// The layouts in force for a statistics year ending on `day` (30 November of the period's last year): for
    /// each form code the layout with the latest `from` on or before the day and no `to` before it. A day before
    /// every layout of the file takes the earliest circular's layouts, so that years before the first circular
    /// the file knows still have forms; `FormLayout.appliedEarly` says so.
    public func inForce(on day: Day) -> [FormLayout] {
        let inForce = forms.filter { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }
        var chosen: [String: FormLayout] = [:]
        for layout in inForce where chosen[layout.code].map({ $0.from < layout.from }) ?? true {
            chosen[layout.code] = layout
        }
        if chosen.isEmpty, let earliest = forms.map(\.from).min() {
            let circular = forms.first { $0.from == earliest }?.circular
            for layout in forms where layout.circular == circular && chosen[layout.code] == nil {
                var early = layout
                early.appliedEarly = true
                chosen[layout.code] = early
            }
        }
        return chosen.values.sorted { $0.code < $1.code }
    }
}

/// What a form counts: movements (0601.N, 0701.N) or awards (0602.N, 0603.N …).
public enum FormSubject: String, Sendable, Codable, Hashable {
    case movements
    case awards
    /// The offices doing emulation-and-commendation work (0604.N), as the last year's submissions give them.
    case offices
    /// The people doing that work (0605.N), likewise.
    case officers
}

/// One form of one circular.
public struct FormLayout: Sendable, Hashable {
    public var code: String
    public var circular: String
    /// The circular's date, as its header cites it.
    public var issued: Day?
    public var from: Day
    public var to: Day?
    public var subject: FormSubject
    public var title: String
    public var titleEn: String
    /// The unit of the figures ("phong trào", "lượt").
    public var unit: String
    public var unitEn: String
    /// The date of receipt the header states ("15 tháng 12").
    public var receipt: String?
    public var receiptEn: String?
    public var columns: [FormLayoutColumn]
    public var lines: [FormLayoutLine]
    /// Used for a year before its circular's date because the file has nothing earlier.
    public var appliedEarly = false
    public var location: Location

    public init(
        code: String, circular: String, issued: Day?, from: Day, to: Day?, subject: FormSubject, title: String,
        titleEn: String, unit: String, unitEn: String, receipt: String?, receiptEn: String?,
        columns: [FormLayoutColumn], lines: [FormLayoutLine], location: Location
    ) {
        self.code = code
        self.circular = circular
        self.issued = issued
        self.from = from
        self.to = to
        self.subject = subject
        self.title = title
        self.titleEn = titleEn
        self.unit = unit
        self.unitEn = unitEn
        self.receipt = receipt
        self.receiptEn = receiptEn
        self.columns = columns
        self.lines = lines
        self.location = location
    }
}

/// A column of figures: its number (1, 2 …), its heading (under a group heading when it has one), and either a
/// formula (the sum of other columns) or a selector.
public struct FormLayoutColumn: Sendable, Hashable {
    public var number: String
    public var label: String
    public var labelEn: String
    public var group: String?
    public var groupEn: String?
    /// The columns this one adds up (`1 = 2+3+4`), empty for a column fed by its selector.
    public var formula: [String]
    public var select: FormSelector
    public var location: Location

    public init(
        number: String, label: String, labelEn: String, group: String?, groupEn: String?, formula: [String],
        select: FormSelector, location: Location
    ) {
        self.number = number
        self.label = label
        self.labelEn = labelEn
        self.group = group
        self.groupEn = groupEn
        self.formula = formula
        self.select = select
        self.location = location
    }
}

/// A row with its official code, or a section heading (no code, no figures).
public struct FormLayoutLine: Sendable, Hashable {
    public var code: String?
    public var label: String
    public var labelEn: String
    public var indent: Int
    public var select: FormSelector
    public var location: Location

    public var isSection: Bool { code == nil }

    public init(
        code: String?, label: String, labelEn: String, indent: Int, select: FormSelector, location: Location
    ) {
        self.code = code
        self.label = label
        self.labelEn = labelEn
        self.indent = indent
        self.select = select
        self.location = location
    }
}

/// What feeds a row or a column: `key:value` terms separated by spaces. Terms with the same key are
/// alternatives (`launched:sector launched:cluster`), terms with different keys must all hold
/// (`award:BK-TTG recipient:collective`); no term selects everything, `none` nothing. The keys and values are
/// in `FormSelector.vocabulary`, documented in the reference schema.
public struct FormSelector: Sendable, Hashable {
    public var text: String
    /// Key → the values any of which satisfies it, keys in the order written.
    public var terms: [(key: String, values: [String])] {
        var result: [(key: String, values: [String])] = []
        for token in text.split(separator: " ") where token != "none" {
            let parts = token.split(separator: ":", maxSplits: 1)
            let key = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            if let index = result.firstIndex(where: { $0.key == key }) {
                result[index].values.append(value)
            } else {
                result.append((key, [value]))
            }
        }
        return result
    }

    public var isNone: Bool { text.split(separator: " ").contains("none") }

    public init(_ text: String) {
        self.text = text
    }

    public static func == (a: FormSelector, b: FormSelector) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Every key a form of `subject` may use and its values; nil values mean any code (`award`) or a range
    /// (`months`: `0-11`, `60-`; `age` and `years` likewise, in years).
    public static func vocabulary(_ subject: FormSubject) -> [String: Set<String>?] {
        switch subject {
        case .movements:
            [
                "launched": ["national", "sector", "cluster", "agency"],
                "kind": ["prime-minister", "phased", "annual", "thematic"],
                "months": nil,
            ]
        case .awards:
            [
                "award": nil,
                "level": ["state", "government", "sector", "agency"],
                "recipient": ["collective", "individual", "enterprise", "household"],
                "position": ["sector-leader", "agency-leader", "division-leader", "staff", "business"],
                "direct": ["yes", "no"],
                "gender": ["female", "male"],
                "minority": ["yes", "no"],
                "method": [
                    "regular", "thematic", "unexpected", "contribution", "foreign", "seniority", "resistance",
                ],
                "proposer": ["central", "province"],
            ]
        case .offices:
            ["office": ["board", "division", "section", "part-time"]]
        case .officers:
            [
                "gender": ["female", "male"], "age": nil, "years": nil,
                "education": ["elementary", "intermediate", "college", "university", "postgraduate"],
                "dedicated": ["yes", "no"],
            ]
        }
    }

    /// The terms of this selector that the vocabulary of `subject` does not know, as written.
    public func unknownTerms(_ subject: FormSubject) -> [String] {
        let vocabulary = Self.vocabulary(subject)
        var unknown: [String] = []
        for token in text.split(separator: " ") where token != "none" {
            let parts = token.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let values = vocabulary[String(parts[0])] else {
                unknown.append(String(token))
                continue
            }
            if let values {
                if !values.contains(String(parts[1])) { unknown.append(String(token)) }
            } else if parts[0] != "award", Self.monthRange(String(parts[1])) == nil {
                unknown.append(String(token))
            }
        }
        return unknown
    }

    /// `12-35` → 12...35, `60-` → 60...Int.max.
    public static func monthRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0]) else { return nil }
        if parts[1].isEmpty { return low...Int.max }
        guard let high = Int(parts[1]), low <= high else { return nil }
        return low...high
    }
}
