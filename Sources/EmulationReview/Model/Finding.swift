/// How serious a finding is. An error rejects the file it is in; a warning is reported and the file counts.
public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// A place in a file, as a person would look for it (1-based; 0 when unknown).
public struct Location: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = Location(line: 1, column: 1)

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in an input file: a stable code grouped by prefix (`xml.`, `schema.`, `person.` …),
/// a severity, where a person would fix it, and a message that says what is wrong and what to do.
public struct Finding: Sendable, Hashable, Codable {
    public var code: String
    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    /// The path and the message are stored with control characters escaped (`escapingControls`): both may quote
    /// what a sender wrote, and a finding is always one line wherever it is printed.
    public init(_ code: String, _ severity: Severity, file: String, at location: Location, _ message: String) {
        self.code = code
        self.severity = severity
        self.file = file.escapingControls
        self.line = location.line
        self.column = location.column
        self.message = message.escapingControls
    }

    public var location: Location { Location(line: line, column: column) }

    /// `path:line:column: error: [code] message`, the form editors make clickable.
    public var formatted: String {
        "\(file):\(line):\(column): \(severity.rawValue): [\(code)] \(message)"
    }
}

extension Finding: Comparable {
    /// Findings sort by file, then position, then code, so that output never depends on thread timing.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.code, lhs.message) < (
            rhs.file, rhs.line, rhs.column, rhs.code, rhs.message
        )
    }
}

/// Collects findings for one file, with a cap so that a file broken on every line cannot flood the report.
public struct FindingList: Sendable {
    public let file: String
    public private(set) var findings: [Finding] = []
    public private(set) var errorCount = 0
    public private(set) var suppressed = 0
    public let limit: Int

    public init(file: String, limit: Int = 200) {
        self.file = file
        self.limit = limit
    }

    public mutating func add(_ code: String, _ severity: Severity, at location: Location, _ message: String) {
        if severity == .error { errorCount += 1 }
        guard findings.count < limit else {
            suppressed += 1
            return
        }
        findings.append(Finding(code, severity, file: file, at: location, message))
    }

    public mutating func append(contentsOf other: [Finding]) {
        for finding in other {
            add(finding.code, finding.severity, at: finding.location, finding.message)
        }
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// The findings, sorted, with a closing note when some were left out.
    public func sorted() -> [Finding] {
        var result = findings.sorted()
        if suppressed > 0 {
            result.append(
                Finding(
                    "findings.truncated", .warning, file: file, at: .start,
                    "\(suppressed) further findings were left out; correct the ones above and check the file again"))
        }
        return result
    }
}
