/// How serious a finding is. An error rejects the file it is in; a warning is reported and the file counts.
public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }

    /// The word a line of findings uses: `error` / `lỗi`, `warning` / `cảnh báo`.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        }
    }
}

/// A place in a file, as a person would look for it (1-based; 0 when unknown).
public struct Location: Sendable, Hashable, Codable, Comparable {
    // Eight bytes rather than sixteen: every person, title and nomination read carries one.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    private enum CodingKeys: String, CodingKey {
        case line
        case column
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column)
        )
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }

    public static let start = Location(line: 1, column: 1)

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in an input file: a stable code grouped by prefix (`xml.`, `schema.`, `person.` …),
/// a severity, where a person would fix it, and a message in both languages that says what is wrong and what to do.
/// Findings are made only by their `FindingKind`, the catalogue entry that defines the code.
public struct Finding: Sendable, Hashable, Codable {
    public var code: String
    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    public var message: Bilingual
    /// libxml2's own words, for experts (`validate --format json`); nil for the project's own checks.
    public var detail: String?

    /// The path, the message and the detail are stored with control characters escaped (`escapingControls`): all
    /// may quote what a sender wrote, and a finding is always one line wherever it is printed.
    init(
        _ code: String, _ severity: Severity, file: String, at location: Location, _ message: Bilingual,
        detail: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.file = file.escapingControls
        self.line = location.line
        self.column = location.column
        self.message = message.map(\.escapingControls)
        self.detail = detail?.escapingControls
    }

    public var location: Location { Location(line: line, column: column) }

    /// `path:line:column: error: [code] message`, the form editors make clickable; in Vietnamese the severity
    /// reads `lỗi` or `cảnh báo`. The code never changes with the language.
    public func formatted(_ language: Language) -> String {
        "\(file):\(line):\(column): \(severity.word(language)): [\(code)] \(message(language))"
    }

    /// The same place and message in another file (a finding copied from one list to another).
    func moved(to file: String) -> Finding {
        var copy = self
        copy.file = file.escapingControls
        return copy
    }
}

extension Finding: Comparable {
    /// Findings sort by file, then position, then code, so that output never depends on thread timing.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.code, lhs.message.en) < (
            rhs.file, rhs.line, rhs.column, rhs.code, rhs.message.en
        )
    }
}

/// Collects findings for one file, with a cap so that a file broken on every line cannot flood the report.
public struct FindingList: Sendable {
    static let codes: [FindingKind] = [.truncated]

    public let file: String
    public private(set) var findings: [Finding] = []
    public private(set) var errorCount = 0
    public private(set) var suppressed = 0
    public let limit: Int

    public init(file: String, limit: Int = 200) {
        self.file = file
        self.limit = limit
    }

    public mutating func add(_ finding: Finding) {
        if finding.severity == .error { errorCount += 1 }
        guard findings.count < limit else {
            suppressed += 1
            return
        }
        findings.append(finding.moved(to: file))
    }

    /// Takes back the findings that a later one explains (their errors no longer count).
    public mutating func remove(where explained: (Finding) -> Bool) {
        errorCount -= findings.filter { $0.severity == .error && explained($0) }.count
        findings.removeAll(where: explained)
    }

    public mutating func append(contentsOf other: [Finding]) {
        for finding in other { add(finding) }
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// The findings, sorted, with a closing note when some were left out.
    public func sorted() -> [Finding] {
        var result = findings.sorted()
        if suppressed > 0 {
            result.append(FindingKind.truncated.make(file: file, at: .start, ["count": "\(suppressed)"]))
        }
        return result
    }
}

extension FindingKind {
    static let truncated = FindingKind(
        "findings.truncated", .warning, parameters: ["count"],
        vi: "còn {count} lỗi khác không được liệt kê; sửa các lỗi ở trên rồi kiểm tra lại tệp",
        en: "{count} further findings were left out; correct the ones above and check the file again",
        examples: [
            .triggers(
                "a file with more findings than the cap",
                [
                    .submission {
                        $0.replacingOccurrences(
                            of: "<indicator code=\"PARTICIPANTS\" actual=\"7573488\"/>",
                            with: String(repeating: "<indicator code=\"PARTICIPANTS\" actual=\"x\"/>", count: 8))
                    }
                ], findingLimit: 5),
            .passes(
                "a file with one finding",
                [.submission { $0.replacingOccurrences(of: "total=\"40\"", with: "total=\"-1\"") }], findingLimit: 5),
        ])
}
