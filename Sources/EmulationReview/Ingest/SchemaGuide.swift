import Foundation

/// What the XSDs say about each element and attribute, read from their annotations: the meaning in both languages,
/// the type, the allowed values with their meaning, an example. It turns libxml2's schema errors into advice a
/// clerk can act on and is the source of the field guide, so the guide and the advice never drift from the schemas.
public struct SchemaGuide: Sendable {
    /// An allowed value of an enumeration: `female` = nữ.
    public struct Value: Sendable, Hashable {
        public var value: String
        public var meaning: Bilingual
    }

    /// A named simple type (`Gender`, `ZonedDateTime` …) or the anonymous type of one attribute.
    public struct SimpleType: Sendable {
        public var name: String
        public var documentation: Bilingual?
        public var example: String?
        public var base: String?
        public var values: [Value] = []
        /// Facets other than enumerations, as written: `minInclusive` → `2000`.
        public var facets: [(name: String, value: String)] = []
    }

    /// An element or an attribute of a format.
    public struct Field: Sendable {
        /// The schema file that declares it (`submission-v1.xsd`).
        public var schema: String
        /// The element's name, or the element that carries the attribute (`*` for a shared attribute group).
        public var element: String
        public var attribute: String?
        public var documentation: Bilingual?
        public var example: String?
        /// The type's name as written (`Gender`, `xs:date`); nil for an element with children only.
        public var type: String?
        public var required: Bool
        /// The values of an anonymous enumeration declared on the field itself.
        public var values: [Value] = []

        /// `workforce` or `workforce/@women`, as the finding catalogue names fields.
        public var path: String { attribute.map { "\(element)/@\($0)" } ?? element }
    }

    public private(set) var fields: [Field] = []
    public private(set) var types: [String: SimpleType] = [:]
    /// The named complex type of an element declared with one (`title` → `TitleGiven`).
    private var elementTypes: [String: String] = [:]
    /// Values from the sample files, by schema file and field path: real examples where the XSD gives none.
    private var sampleValues: [String: [String: String]] = [:]

    /// Reads the annotated XSD files in `directory`, in the order given, and takes examples from the sample files
    /// of each schema.
    public init(
        directory: URL, files: [String] = DocumentFormat.schemaFiles,
        samples: [String: String] = ["submission-v1.xsd": SampleFiles.submission, "board-v1.xsd": SampleFiles.board]
    ) {
        for (schema, text) in samples {
            let collector = SampleValues()
            var findings = FindingList(file: schema)
            XMLReader.read(Array(text.utf8), file: schema, schema: nil, handler: collector, findings: &findings)
            sampleValues[schema] = collector.values
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path) else {
                continue
            }
            let reader = Reader(schema: file)
            var findings = FindingList(file: file)
            XMLReader.read(Array(data), file: file, schema: nil, handler: reader, findings: &findings)
            fields += reader.fields
            types.merge(reader.types) { first, _ in first }
            elementTypes.merge(reader.elementTypes) { first, _ in first }
        }
    }

    /// The element's declaration (the first one of that name).
    public func element(_ name: String) -> Field? {
        fields.first { $0.attribute == nil && $0.element == name }
    }

    /// The attribute's declaration on `element`, on the complex type it uses, or in a shared attribute group.
    public func attribute(_ name: String, of element: String) -> Field? {
        let owners = [element, elementTypes[element].map { "type:\($0)" }, "*"].compactMap { $0 }
        for owner in owners {
            if let field = fields.first(where: { $0.element == owner && $0.attribute == name }) { return field }
        }
        return nil
    }

    /// The named complex type an element is declared with (`title` → `TitleGiven`), if any.
    public func complexType(of element: String) -> String? { elementTypes[element] }

    /// The allowed values of a field: its own enumeration, else its named type's.
    public func values(of field: Field) -> [Value] {
        if !field.values.isEmpty { return field.values }
        return field.type.flatMap { types[$0] }?.values ?? []
    }

    /// An example of a correct value of the field: its own, else the sample file's, else its type's.
    public func example(of field: Field) -> String? {
        field.example ?? sampleValues[field.schema]?[field.path] ?? field.type.flatMap { types[$0] }?.example
    }

    /// The first value of each attribute and element text in a sample file, by field path.
    private final class SampleValues: ElementHandler {
        var values: [String: String] = [:]

        func wantsText(_ name: String) -> Bool { true }

        func start(_ name: String, _ attributes: Attributes, at location: Location) {
            for (attribute, value) in attributes.all() where values["\(name)/@\(attribute)"] == nil {
                values["\(name)/@\(attribute)"] = value
            }
        }

        func end(_ name: String, text: String?, at location: Location) {
            let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !trimmed.isEmpty, values[name] == nil { values[name] = trimmed }
        }
    }

    /// The form a value must take, in words, without a closing full stop: the named type's documentation, the
    /// built-in type's form, else the field's documentation.
    public func form(of field: Field) -> Bilingual? {
        let text = field.type.flatMap { types[$0]?.documentation ?? Self.builtInForms[$0] } ?? field.documentation
        return text?.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }

    /// The forms of the XSD built-in types the formats use.
    static let builtInForms: [String: Bilingual] = [
        "xs:date": Bilingual("ngày dạng năm-tháng-ngày (YYYY-MM-DD)", "a date as YYYY-MM-DD"),
        "xs:integer": Bilingual(
            "số nguyên, không có dấu phân cách hàng nghìn", "a whole number without thousands separators"),
        "xs:positiveInteger": Bilingual("số nguyên dương (1, 2, 3…)", "a whole number from 1 up"),
        "xs:decimal": Bilingual(
            "số, dùng dấu chấm để ngăn cách phần thập phân, không có dấu phân cách hàng nghìn",
            "a number with a decimal point and no thousands separators"),
        "xs:boolean": Bilingual("true (có) hoặc false (không)", "true or false"),
        "xs:gYear": Bilingual("năm gồm 4 chữ số", "a four-digit year"),
        "xs:token": Bilingual("chuỗi ký tự không có dấu cách ở đầu và cuối", "text without leading or trailing spaces"),
    ]

    /// Collects declarations and their annotations in one pass over an XSD.
    private final class Reader: ElementHandler {
        let schema: String
        var fields: [Field] = []
        var types: [String: SimpleType] = [:]
        var elementTypes: [String: String] = [:]

        /// The declaration an annotation belongs to: the innermost open one.
        private enum Open {
            case field(Int)
            case type(String)
            case value(String, owner: Owner)
            case other
        }
        /// Where an enumeration's values go.
        private enum Owner {
            case type(String)
            case field(Int)
        }
        private var open: [Open] = []
        /// The names of the elements being declared, innermost last, and named complex types as `type:Name`.
        private var owners: [String] = []
        private var anonymousTypeOwner: [Owner] = []
        private var namedComplexTypes: [Bool] = []
        private var language: String?

        init(schema: String) { self.schema = schema }

        func wantsText(_ name: String) -> Bool { name == "documentation" || name == "appinfo" }

        func start(_ name: String, _ attributes: Attributes, at location: Location) {
            switch name {
            case "element":
                guard let elementName = attributes["name"] else {
                    open.append(.other)
                    return
                }
                let type = attributes["type"]
                if let type, !type.hasPrefix("xs:") { elementTypes[elementName] = type }
                fields.append(
                    Field(
                        schema: schema, element: elementName, attribute: nil, type: type,
                        required: (attributes["minOccurs"] ?? "1") != "0"))
                open.append(.field(fields.count - 1))
                owners.append(elementName)
            case "attribute":
                guard let attributeName = attributes["name"] else {
                    open.append(.other)
                    return
                }
                fields.append(
                    Field(
                        schema: schema, element: owners.last ?? "*", attribute: attributeName, type: attributes["type"],
                        required: attributes["use"] == "required"))
                open.append(.field(fields.count - 1))
            case "complexType":
                let named = attributes["name"]
                if let named { owners.append("type:\(named)") }
                namedComplexTypes.append(named != nil)
                open.append(.other)
            case "attributeGroup" where attributes["name"] != nil:
                owners.append("*")
                open.append(.other)
            case "simpleType":
                if let typeName = attributes["name"] {
                    types[typeName] = SimpleType(name: typeName)
                    open.append(.type(typeName))
                    anonymousTypeOwner.append(.type(typeName))
                } else if case .field(let index) = open.last(where: { if case .other = $0 { false } else { true } }) {
                    open.append(.other)
                    anonymousTypeOwner.append(.field(index))
                } else {
                    open.append(.other)
                }
            case "restriction", "extension":
                if let base = attributes["base"] {
                    switch anonymousTypeOwner.last {
                    case .type(let typeName)?: types[typeName]?.base = base
                    case .field(let index)?: if fields[index].type == nil { fields[index].type = base }
                    case nil:
                        // simpleContent: the element's text has this type.
                        if let index = lastField(), fields[index].attribute == nil, fields[index].type == nil {
                            fields[index].type = base
                        }
                    }
                }
                open.append(.other)
            case "enumeration":
                if let value = attributes["value"], let owner = anonymousTypeOwner.last {
                    add(SchemaGuide.Value(value: value, meaning: Bilingual(same: value)), to: owner)
                    open.append(.value(value, owner: owner))
                } else {
                    open.append(.other)
                }
            case "minInclusive", "maxInclusive", "minLength", "maxLength", "pattern", "minExclusive", "maxExclusive":
                if case .type(let typeName)? = anonymousTypeOwner.last, let value = attributes["value"] {
                    types[typeName]?.facets.append((name, value))
                }
                open.append(.other)
            case "documentation":
                language = attributes["lang"]
            case "appinfo":
                language = attributes["source"] == "example" ? "example" : nil
            default:
                break
            }
        }

        func end(_ name: String, text: String?, at location: Location) {
            switch name {
            case "documentation", "appinfo":
                guard let text, let language else { return }
                annotate(
                    language,
                    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                        .joined(separator: " "))
            case "element", "attribute", "restriction", "extension", "enumeration", "minInclusive", "maxInclusive",
                "minLength", "maxLength", "pattern", "minExclusive", "maxExclusive":
                if name == "element", case .field = open.last { owners.removeLast() }
                if !open.isEmpty { open.removeLast() }
            case "complexType":
                if !open.isEmpty { open.removeLast() }
                if namedComplexTypes.popLast() == true { owners.removeLast() }
            case "attributeGroup":
                if owners.last == "*" {
                    owners.removeLast()
                    open.removeLast()
                }
            case "simpleType":
                if !open.isEmpty { open.removeLast() }
                if !anonymousTypeOwner.isEmpty { anonymousTypeOwner.removeLast() }
            default:
                break
            }
        }

        private func lastField() -> Int? {
            for item in open.reversed() { if case .field(let index) = item { return index } }
            return nil
        }

        private func add(_ value: SchemaGuide.Value, to owner: Owner) {
            switch owner {
            case .type(let typeName): types[typeName]?.values.append(value)
            case .field(let index): fields[index].values.append(value)
            }
        }

        /// Puts a documentation text (`vi`, `en`) or an example on the innermost open declaration.
        private func annotate(_ language: String, _ text: String) {
            guard let target = open.last(where: { if case .other = $0 { false } else { true } }) else { return }
            func merge(_ existing: Bilingual?) -> Bilingual {
                switch language {
                case "vi": Bilingual(text, existing?.en ?? text)
                default: Bilingual(existing?.vi ?? text, text)
                }
            }
            switch target {
            case .field(let index):
                if language == "example" {
                    fields[index].example = text
                } else {
                    fields[index].documentation = merge(fields[index].documentation)
                }
            case .type(let typeName):
                guard var type = types[typeName] else { return }
                if language == "example" { type.example = text } else { type.documentation = merge(type.documentation) }
                types[typeName] = type
            case .value(let value, let owner):
                guard language != "example" else { return }
                switch owner {
                case .type(let typeName):
                    guard var type = types[typeName], let i = type.values.lastIndex(where: { $0.value == value })
                    else { return }
                    type.values[i].meaning = merge(type.values[i].meaning)
                    types[typeName] = type
                case .field(let index):
                    if let i = fields[index].values.lastIndex(where: { $0.value == value }) {
                        fields[index].values[i].meaning = merge(fields[index].values[i].meaning)
                    }
                }
            case .other:
                break
            }
        }
    }
}
