import CLibXML2
import Foundation

/// Turns libxml2's error reports into catalogue findings with the parts a clerk needs: the element and attribute
/// by name and meaning, the value given, the allowed values with their meaning, the expected form with an example,
/// the element expected at that place. libxml2's own words stay in the finding's `detail`.
enum LibXMLMessage {
    static let codes: [FindingKind] = [
        .noRoot, .encoding, .invalidChar, .entity, .ampersand, .tagMismatch, .lessThan, .tooDeep, .namespace,
        .notWellFormed, .xmlWarning, .schemaEnumeration, .schemaRange, .schemaNoSuchDate, .schemaValueForm,
        .schemaAttributeMissing,
        .schemaAttributeUnknown, .schemaElement, .schemaElementMissing, .schemaText,
    ]

    /// Trims the message and drops `{namespace}` prefixes from element names, which only add noise. Only braces
    /// that hold a namespace go: `{'female', 'male'}`, the allowed values, stays.
    static func clean(_ raw: String) -> String {
        var text = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        var searchFrom = text.startIndex
        while let open = text[searchFrom...].firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
            let inside = text[text.index(after: open)..<close]
            if inside.contains(":") && !inside.contains("'") && !inside.contains(" ") {
                text.removeSubrange(open...close)
                searchFrom = open
            } else {
                searchFrom = text.index(after: open)
            }
        }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The parts of a schema error message, as libxml2 2.9 words them.
    struct Parts {
        var element: String?
        var attribute: String?
        var value: String?
        var allowed: [String] = []
        var expected: [String] = []
        var missingAttribute: String?
        var facet: String?
        var bound: String?

        init(_ message: String) {
            element = Self.capture(#"Element '([^']*)'"#, in: message)
            attribute = Self.capture(#"attribute '([^']*)'"#, in: message)
            value =
                Self.capture(#"The value '(.*?)' is"#, in: message)
                ?? Self.capture(#": '(.*?)' is not a valid value"#, in: message)
            if let set = Self.capture(#"set \{(.*)\}"#, in: message) {
                allowed = set.components(separatedBy: ", ").map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
                }
            }
            if let list = Self.capture(#"Expected is (?:one of )?\( (.*) \)"#, in: message) {
                expected = list.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            missingAttribute = Self.capture(#"The attribute '([^']*)' is required"#, in: message)
            facet = Self.capture(#"\[facet '([^']*)'\]"#, in: message)
            bound =
                Self.capture(#"allowed \('([^']*)'\)"#, in: message)
                ?? Self.capture(#"allowed m\w+ length of '([^']*)'"#, in: message)
        }

        private static func capture(_ pattern: String, in text: String) -> String? {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let range = Range(match.range(at: 1), in: text)
            else { return nil }
            return String(text[range])
        }
    }

    /// The finding for one libxml2 error at `location`, moved to the attribute or value it is about when the
    /// bytes show where that is.
    static func finding(
        domain: Int, code: Int, level: xmlErrorLevel, raw: String, at location: Location, file: String,
        guide: SchemaGuide?, bytes: UnsafeBufferPointer<UInt8>?
    ) -> Finding {
        let message = clean(raw)
        if level == XML_ERR_WARNING {
            return FindingKind.xmlWarning.make(file: file, at: location, ["detail": "\(message)"], detail: message)
        }
        if domain == Int(XML_FROM_SCHEMASV.rawValue) || domain == Int(XML_FROM_SCHEMASP.rawValue) {
            return schemaFinding(code: code, message: message, at: location, file: file, guide: guide, bytes: bytes)
        }
        func make(_ kind: FindingKind, _ arguments: KeyValuePairs<String, Bilingual> = [:]) -> Finding {
            kind.make(file: file, at: location, arguments, detail: message)
        }
        switch code {
        case Int(XML_ERR_DOCUMENT_EMPTY.rawValue):
            return make(.noRoot)
        case Int(XML_ERR_INVALID_ENCODING.rawValue), Int(XML_ERR_UNKNOWN_ENCODING.rawValue),
            Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int(XML_I18N_CONV_FAILED.rawValue):
            return make(.encoding, ["what": Bilingual("không được mã hóa UTF-8 hợp lệ", "not valid UTF-8")])
        case Int(XML_ERR_INVALID_CHAR.rawValue) where message.contains("UTF-8"):
            return make(.encoding, ["what": Bilingual("không được mã hóa UTF-8 hợp lệ", "not valid UTF-8")])
        case Int(XML_ERR_INVALID_CHAR.rawValue):
            return make(.invalidChar)
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue),
            Int(XML_ERR_ENTITY_LOOP.rawValue), Int(XML_ERR_ENTITY_BOUNDARY.rawValue),
            Int(XML_ERR_UNPARSED_ENTITY.rawValue), Int(XML_ERR_EXT_ENTITY_STANDALONE.rawValue):
            return make(.entity)
        case Int(XML_ERR_NAME_REQUIRED.rawValue) where message.contains("EntityRef"),
            Int(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue):
            return make(.ampersand)
        case Int(XML_ERR_TAG_NAME_MISMATCH.rawValue):
            let parts = message.components(separatedBy: "mismatch: ").last?.components(separatedBy: " ") ?? []
            // "Opening and ending tag mismatch: preparer line 3 and preparerx"
            if parts.count >= 5 {
                return make(.tagMismatch, ["open": "\(parts[0])", "line": "\(parts[2])", "close": "\(parts[4])"])
            }
        case Int(XML_ERR_LT_IN_ATTRIBUTE.rawValue),
            Int(XML_ERR_NAME_REQUIRED.rawValue) where message.contains("StartTag"):
            return make(.lessThan)
        default:
            break
        }
        if message.contains("Excessive depth") || message.contains("depth") && message.contains("exceed") {
            return make(.tooDeep)
        }
        if domain == Int(XML_FROM_NAMESPACE.rawValue) {
            return make(.namespace, ["detail": "\(message)"])
        }
        return make(.notWellFormed, ["detail": notWellFormedDetail(message)])
    }

    /// libxml2's reason in English, and in Vietnamese the same reason for the cases a clerk meets (a file cut
    /// off, a quote or a `>` missing), else what usually causes it.
    static func notWellFormedDetail(_ message: String) -> Bilingual {
        // "Premature end of data in tag people line 54"
        if let range = message.range(of: "Premature end of data in tag ") {
            let words = message[range.upperBound...].split(separator: " ")
            if words.count >= 3, words[1] == "line" {
                return Bilingual(
                    "tệp kết thúc khi thẻ <\(words[0])> mở ở dòng \(words[2]) chưa được đóng; tệp có thể bị cắt cụt",
                    message)
            }
        }
        if message.hasPrefix("AttValue: \" expected") || message.hasPrefix("AttValue: ' expected") {
            return Bilingual("giá trị thuộc tính phải nằm trong dấu nháy \"…\"", message)
        }
        // "Couldn't find end of Start Tag person line 73"
        if let range = message.range(of: "Couldn't find end of Start Tag ") {
            let words = message[range.upperBound...].split(separator: " ")
            let tag = words.count >= 3 && words[1] == "line" ? "<\(words[0])> ở dòng \(words[2]) " : ""
            return Bilingual(
                "thẻ mở \(tag)chưa kết thúc bằng dấu > (thiếu dấu >, hoặc tệp bị cắt cụt tại đây)", message)
        }
        if message.hasPrefix("Extra content at the end of the document") {
            return Bilingual("có nội dung sau thẻ đóng cuối cùng của tệp", message)
        }
        return Bilingual("thường do thiếu dấu > hoặc dấu nháy, hoặc tệp bị cắt cụt; chi tiết: \(message)", message)
    }

    private static func schemaFinding(
        code: Int, message: String, at location: Location, file: String, guide: SchemaGuide?,
        bytes: UnsafeBufferPointer<UInt8>?
    ) -> Finding {
        let parts = Parts(message)
        let element = parts.element ?? ""
        let field = parts.attribute.flatMap { guide?.attribute($0, of: element) } ?? guide?.element(element)
        let meaning = field?.documentation.map { doc in doc.map { " (\(Self.firstSentence($0)))" } } ?? .noPlace
        let place: Bilingual =
            parts.attribute.map { attribute in
                Bilingual(
                    "phần tử <\(element)>, thuộc tính \(attribute)\(meaning.vi): ",
                    "element <\(element)>, attribute \(attribute)\(meaning.en): ")
            } ?? Bilingual("phần tử <\(element)>\(meaning.vi): ", "element <\(element)>\(meaning.en): ")
        var at = location
        if let attribute = parts.attribute ?? parts.missingAttribute, let bytes {
            at =
                AttributeLocator.locate(
                    attribute, inTagBefore: location, in: bytes, value: parts.missingAttribute == nil) ?? location
        }
        func make(_ kind: FindingKind, _ arguments: KeyValuePairs<String, Bilingual>) -> Finding {
            kind.make(file: file, at: at, arguments, detail: message)
        }
        let value = parts.value ?? ""
        let example = field.flatMap { guide?.example(of: $0) }
        let exampleText = example.map { Bilingual("; ví dụ: \($0)", "; for example: \($0)") } ?? .noPlace
        switch code {
        case Int(XML_SCHEMAV_CVC_ENUMERATION_VALID.rawValue):
            let meanings = field.map { guide?.values(of: $0) ?? [] } ?? []
            let allowed = parts.allowed.isEmpty ? meanings.map(\.value) : parts.allowed
            let list = allowed.map { value -> Bilingual in
                let meaning = meanings.first { $0.value == value }?.meaning
                // A meaning that only repeats the value (`female (female)` in English) is left out.
                return meaning.map { m in
                    Bilingual(
                        m.vi == value ? value : "\(value) (\(m.vi))", m.en == value ? value : "\(value) (\(m.en))")
                } ?? Bilingual(same: value)
            }
            return make(
                .schemaEnumeration,
                [
                    "place": place, "value": "\(value)",
                    "allowed": Bilingual(
                        list.map(\.vi).joined(separator: ", "), list.map(\.en).joined(separator: ", ")),
                ])
        case Int(XML_SCHEMAV_CVC_MININCLUSIVE_VALID.rawValue), Int(XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID.rawValue):
            return make(
                .schemaRange,
                [
                    "place": place, "value": "\(value)",
                    "bound": Bilingual(
                        "nhỏ nhất là \(parts.bound ?? "?")", "the smallest allowed is \(parts.bound ?? "?")"),
                ])
        case Int(XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID.rawValue), Int(XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID.rawValue):
            return make(
                .schemaRange,
                [
                    "place": place, "value": "\(value)",
                    "bound": Bilingual(
                        "lớn nhất là \(parts.bound ?? "?")", "the largest allowed is \(parts.bound ?? "?")"),
                ])
        case Int(XML_SCHEMAV_CVC_MAXLENGTH_VALID.rawValue), Int(XML_SCHEMAV_CVC_MINLENGTH_VALID.rawValue),
            Int(XML_SCHEMAV_CVC_PATTERN_VALID.rawValue), Int(XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1.rawValue),
            Int(XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2.rawValue), Int(XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3.rawValue),
            Int(XML_SCHEMAV_CVC_TYPE_3_1_1.rawValue), Int(XML_SCHEMAV_CVC_ATTRIBUTE_3.rawValue),
            Int(XML_SCHEMAV_CVC_ELT_4_2.rawValue):
            if let value = parts.value, let why = Self.noSuchDate(value) {
                return make(.schemaNoSuchDate, ["place": place, "value": "\(value)", "why": why])
            }
            let form =
                field.flatMap { guide?.form(of: $0) }
                ?? Bilingual("đúng kiểu dữ liệu của trường này", "the field's data type")
            let shown =
                parts.value.map { v in Bilingual("giá trị \"\(v)\"", "the value \"\(v)\"") }
                ?? Bilingual("giá trị", "the value")
            return make(.schemaValueForm, ["place": place, "value": shown, "form": form, "example": exampleText])
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_4.rawValue):
            let name = parts.missingAttribute ?? ""
            let missing = guide?.attribute(name, of: element)
            let what = missing?.documentation.map { doc in doc.map { " (\(Self.firstSentence($0)))" } } ?? .noPlace
            let sample =
                missing.flatMap { guide?.example(of: $0) }.map {
                    Bilingual(", ví dụ \(name)=\"\($0)\"", ", for example \(name)=\"\($0)\"")
                } ?? .noPlace
            return make(
                .schemaAttributeMissing,
                ["element": "\(element)", "attribute": "\(name)", "meaning": what, "example": sample])
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1.rawValue), Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2.rawValue):
            let known =
                guide?.fields.filter { $0.element == element && $0.attribute != nil }.compactMap(\.attribute) ?? []
            let allowed =
                known.isEmpty
                ? Bilingual.noPlace
                : Bilingual(
                    "; các thuộc tính được phép: \(known.joined(separator: ", "))",
                    "; the allowed attributes are \(known.joined(separator: ", "))")
            return make(
                .schemaAttributeUnknown,
                ["element": "\(element)", "attribute": "\(parts.attribute ?? "")", "allowed": allowed])
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4.rawValue), Int(XML_SCHEMAV_ELEMENT_CONTENT.rawValue):
            let expected = parts.expected.map { "<\($0)>" }.joined(separator: ", ")
            if message.contains("Missing child") {
                return make(.schemaElementMissing, ["element": "\(element)", "expected": "\(expected)"])
            }
            let hint =
                expected.isEmpty
                ? Bilingual(
                    "; không phần tử nào được phép ở đây, hãy xóa nó", "; no element is allowed here, remove it")
                : Bilingual(
                    "; tại đây cần có \(expected) (kiểm tra lại tên và thứ tự các phần tử)",
                    "; expected here: \(expected) (check the names and order of the elements)")
            return make(.schemaElement, ["element": "\(element)", "expected": hint])
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3.rawValue), Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1.rawValue):
            return make(.schemaText, ["element": "\(element)"])
        default:
            let form = field.flatMap { guide?.form(of: $0) } ?? Bilingual("định dạng của tệp", "the format")
            let shown =
                parts.value.map { v in Bilingual("giá trị \"\(v)\"", "the value \"\(v)\"") }
                ?? Bilingual("nội dung", "the content")
            return make(.schemaValueForm, ["place": place, "value": shown, "form": form, "example": exampleText])
        }
    }

    /// The first sentence of a documentation text, without its full stop: what a field is, in a few words. An
    /// abbreviation's full stop (`e.g. 92.99`) does not end it.
    static func firstSentence(_ text: String) -> String {
        var from = text.startIndex
        while let stop = text.range(of: ". ", range: from..<text.endIndex) {
            let before = text[..<stop.lowerBound]
            guard before.hasSuffix("e.g") || before.hasSuffix("i.e") || before.hasSuffix("VD") else {
                return String(before)
            }
            from = stop.upperBound
        }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// Why a value written as a date (`YYYY-MM-DD`, perhaps with a time after it) names no day: a month past 12, a
    /// day past the month's last. Nil for a real date and for any other text (its form is what is wrong).
    static func noSuchDate(_ value: String) -> Bilingual? {
        let bytes = Array(value.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            value.utf8.count == 10 || value.utf8.dropFirst(10).first == UInt8(ascii: "T"),
            let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)),
            let day = Int(String(decoding: bytes[8..<10], as: UTF8.self))
        else { return nil }
        guard (1...12).contains(month) else {
            return Bilingual("một năm chỉ có 12 tháng", "a year has 12 months")
        }
        // The month's length from the calendar the timestamps count with: the next month's 1st less this month's.
        let last =
            ZonedTimestamp.daysFromCivil(month == 12 ? year + 1 : year, month % 12 + 1, 1)
            - ZonedTimestamp.daysFromCivil(year, month, 1)
        guard day < 1 || day > last else { return nil }
        let monthEn = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ][month - 1]
        return Bilingual(
            "tháng \(month) năm \(year) có \(last) ngày", "\(monthEn) \(year) has \(last) days")
    }
}

/// Finds an attribute in the start tag that ends before a position: libxml2 reports schema errors at the end of
/// the tag, and a person fixes them at the attribute.
enum AttributeLocator {
    /// The attribute's value (or its name, when `value` is false) in the tag open at `location`; nil when not found.
    static func locate(
        _ attribute: String, inTagBefore location: Location, in bytes: UnsafeBufferPointer<UInt8>, value: Bool
    ) -> Location? {
        guard let end = offset(of: location, in: bytes) else { return nil }
        var start = min(end, bytes.count - 1)
        while start > 0 && bytes[start] != UInt8(ascii: "<") { start -= 1 }
        guard bytes[start] == UInt8(ascii: "<") else { return nil }
        let name = Array(attribute.utf8)
        var index = start + 1
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if isXMLSpace(byte), index + name.count + 1 < bytes.count,
                Array(bytes[(index + 1)..<(index + 1 + name.count)]) == name
            {
                var after = index + 1 + name.count
                while after < bytes.count, isXMLSpace(bytes[after]) { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: "=") {
                    guard value else { return position(of: index + 1, in: bytes) }
                    after += 1
                    while after < bytes.count, isXMLSpace(bytes[after]) { after += 1 }
                    return position(of: min(after + 1, bytes.count), in: bytes)
                }
            }
            index += 1
        }
        return nil
    }

    /// The byte offset of a line and column (libxml2 counts columns in bytes).
    private static func offset(of location: Location, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var line = 1
        var index = 0
        while line < location.line {
            guard let next = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            index = next + 1
            line += 1
        }
        return min(index + max(location.column - 1, 0), bytes.count)
    }

    /// The line and column (in characters) of a byte offset.
    private static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Location {
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<lineStart].filter { $0 == 0x0A }.count + 1
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return Location(line: line, column: column)
    }
}
