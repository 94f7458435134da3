/// The definition of one finding code: its severity, the parameters its message quotes, the message in Vietnamese
/// and in English, the fields of the formats that can raise it, and examples that the tests run. Every finding is
/// made by its kind, so a code cannot be used without a catalogue entry, and `FindingCatalogue.all` lists them all.
public struct FindingKind: Sendable {
    public let code: String
    public let severity: Severity
    /// The names the messages quote as `{name}`.
    public let parameters: [String]
    /// The message templates; `{name}` is replaced by the argument of that name in the same language.
    public let message: Bilingual
    /// The elements and attributes that can raise it, as `element` or `element/@attribute`, prefixed with the
    /// format (`submission:`, `board:`, `reference:`) where the same name means something else in another format
    /// (for the field guide); empty when any part of a file can.
    public let fields: [String]
    /// At least one input that raises the code, and inputs that come close without raising it.
    public let examples: [FindingExample]

    public init(
        _ code: String, _ severity: Severity, parameters: [String] = [], vi: String, en: String,
        fields: [String] = [], examples: [FindingExample]
    ) {
        self.code = code
        self.severity = severity
        self.parameters = parameters
        self.message = Bilingual(vi, en)
        self.fields = fields
        self.examples = examples
    }

    /// A finding of this kind. An argument may differ by language (`Bilingual("nữ", "women")`); a plain string
    /// reads the same in both.
    public func make(
        file: String, at location: Location, _ arguments: KeyValuePairs<String, Bilingual> = [:],
        detail: String? = nil
    ) -> Finding {
        Finding(code, severity, file: file, at: location, render(arguments), detail: detail)
    }

    /// The message with its arguments filled in, in both languages.
    public func render(_ arguments: KeyValuePairs<String, Bilingual>) -> Bilingual {
        Bilingual(
            Self.fill(message.vi, arguments, \.vi),
            Self.fill(message.en, arguments, \.en))
    }

    /// The `{name}` placeholders a template uses, in order of first use.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }), !names.contains(name) {
                names.append(name)
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private static func fill(
        _ template: String, _ arguments: KeyValuePairs<String, Bilingual>, _ pick: KeyPath<Bilingual, String>
    ) -> String {
        var text = template
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value[keyPath: pick])
        }
        return text
    }
}

extension FindingList {
    /// Adds a finding of `kind` at `location` in this list's file.
    public mutating func add(
        _ kind: FindingKind, at location: Location, _ arguments: KeyValuePairs<String, Bilingual> = [:],
        detail: String? = nil
    ) {
        add(kind.make(file: file, at: location, arguments, detail: detail))
    }
}

extension FindingKind {
    /// An example input: the sample submission with one piece of text replaced.
    static func edit(_ from: String, _ to: String) -> ExampleFile {
        .submission { $0.replacingOccurrences(of: from, with: to) }
    }
}

/// An input that shows a finding kind at work: files to put in an inputs folder, checked as `validate` checks
/// them, and whether the kind's code must be among the findings.
public struct FindingExample: Sendable {
    public var description: String
    public var files: [ExampleFile]
    public var triggers: Bool
    /// Ingest limits for the example (a small size cap, finding cap or CPU budget to reach them cheaply).
    public var maxFileSize: Int?
    public var findingLimit: Int?
    public var cpuBudget: CPUBudget?

    public static func triggers(
        _ description: String, _ files: [ExampleFile], maxFileSize: Int? = nil, findingLimit: Int? = nil,
        cpuBudget: CPUBudget? = nil
    ) -> FindingExample {
        FindingExample(
            description: description, files: files, triggers: true, maxFileSize: maxFileSize,
            findingLimit: findingLimit, cpuBudget: cpuBudget)
    }

    public static func passes(
        _ description: String, _ files: [ExampleFile], maxFileSize: Int? = nil, findingLimit: Int? = nil,
        cpuBudget: CPUBudget? = nil
    ) -> FindingExample {
        FindingExample(
            description: description, files: files, triggers: false, maxFileSize: maxFileSize,
            findingLimit: findingLimit, cpuBudget: cpuBudget)
    }
}

/// One file of an example, by its path inside the inputs folder (`2019/01.xml`, `reference/registry.xml`).
public struct ExampleFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        /// The demo's reference file of that name with an edit applied (reference data is too large to repeat).
        case demoReference(@Sendable (String) -> String)
        /// A folder where a file is expected.
        case folder
        /// A symbolic link to a file outside the inputs folder.
        case linkOutside
        /// A symbolic link to nothing.
        case danglingLink
    }

    public var path: String
    public var content: Content

    public init(_ path: String, _ content: Content) {
        self.path = path
        self.content = content
    }

    public static func text(_ path: String, _ text: String) -> ExampleFile {
        ExampleFile(path, .bytes(Array(text.utf8)))
    }

    /// The sample submission of agency 01 for 2019 (`SampleFiles.submission`), edited.
    public static func submission(
        _ path: String = "2019/01.xml", _ edit: @escaping @Sendable (String) -> String = { $0 }
    ) -> ExampleFile {
        .text(path, edit(SampleFiles.submission))
    }

    /// The sample submission at its usual path, edited.
    public static func submission(_ edit: @escaping @Sendable (String) -> String) -> ExampleFile {
        submission("2019/01.xml", edit)
    }

    /// The sample board's file for 2019 (`SampleFiles.board`), edited.
    public static func board(_ edit: @escaping @Sendable (String) -> String = { $0 }) -> ExampleFile {
        .text("2019/board.xml", edit(SampleFiles.board))
    }

    /// The demo's reference file `name` (`registry.xml`, `catalogue.xml`, `rulebook.xml`), edited.
    public static func reference(_ name: String, _ edit: @escaping @Sendable (String) -> String) -> ExampleFile {
        ExampleFile("reference/\(name)", .demoReference(edit))
    }
}
