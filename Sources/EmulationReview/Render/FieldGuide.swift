/// The field guide for agencies: every element and attribute of the formats with its meaning, form, allowed values
/// and an example, read from the XSDs' annotations, and every finding code with its message, read from the
/// catalogue. Generated, so that it never drifts from what the program checks; `docs/field-guide.md` is the
/// Vietnamese guide as `emulation-review explain` prints it, and a test keeps the two equal.
public enum FieldGuide {
    /// The whole guide in `language`, as Markdown.
    public static func markdown(_ guide: SchemaGuide, language: Language) -> String {
        let t = Words(language)
        var out: [String] = []
        out.append("# \(t.title)")
        out.append("")
        out.append(t.intro)
        out.append("")
        for (file, title) in [
            ("submission-v1.xsd", t.submission), ("board-v1.xsd", t.board), ("reference-v1.xsd", t.reference),
        ] {
            out.append("## \(title) (`\(file)`)")
            out.append("")
            for element in guide.fields where element.schema == file && element.attribute == nil {
                out += section(element, guide: guide, language: language)
            }
            let shared = guide.fields.filter { $0.schema == file && $0.element == "*" }
            if !shared.isEmpty {
                out.append("### \(t.shared)")
                out.append("")
                out += attributeTable(shared, guide: guide, language: language)
            }
        }
        out.append("## \(t.types)")
        out.append("")
        for name in guide.types.keys.sorted() {
            guard let type = guide.types[name] else { continue }
            out.append("- `\(name)`: \(type.documentation?(language) ?? "")\(example(type.example, language))")
            for value in type.values {
                out.append("  - `\(value.value)`: \(value.meaning(language))")
            }
        }
        out.append("")
        out.append("## \(t.codes)")
        out.append("")
        out.append(t.codesIntro)
        out.append("")
        for kind in FindingCatalogue.all {
            out += entry(kind, guide: guide, language: language, level: "###")
        }
        out.append("## \(t.sample)")
        out.append("")
        out.append("```xml")
        out.append(SampleFiles.submission.trimmingCharacters(in: .newlines))
        out.append("```")
        return out.joined(separator: "\n") + "\n"
    }

    /// What `explain CODE` prints: the code's entry with the fields that can raise it; nil for an unknown code.
    public static func explain(_ code: String, guide: SchemaGuide, language: Language) -> String? {
        guard let kind = FindingCatalogue.kind(code) else { return nil }
        let t = Words(language)
        var out = entry(kind, guide: guide, language: language, level: "#")
        if !kind.parameters.isEmpty {
            out.append(t.placeholders)
            out.append("")
        }
        var fields = kind.fields.flatMap { path in fieldsMatching(path, in: guide) }
        if kind.code == "schema.enumeration" {
            fields = guide.fields.filter { !guide.values(of: $0).isEmpty }
        }
        if !fields.isEmpty {
            out.append("## \(t.fieldsTitle)")
            out.append("")
            for field in fields {
                out.append("- `\(field.path)` (\(field.schema)): \(describe(field, guide: guide, language: language))")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    // MARK: Parts

    private static func section(_ element: SchemaGuide.Field, guide: SchemaGuide, language: Language) -> [String] {
        let t = Words(language)
        var out = ["### `<\(element.element)>`", ""]
        var line = element.documentation?(language) ?? ""
        line += element.required ? " \(t.required)" : " \(t.optional)"
        if let type = element.type, guide.types[type] != nil || type.hasPrefix("xs:") {
            line += " \(t.textOf) `\(type)`."
        }
        out.append(line.trimmingCharacters(in: .whitespaces))
        out.append("")
        let attributes = guide.fields.filter {
            $0.schema == element.schema && $0.attribute != nil
                && ($0.element == element.element
                    || guide.complexType(of: element.element).map { "type:\($0)" } == $0.element)
        }
        if !attributes.isEmpty { out += attributeTable(attributes, guide: guide, language: language) }
        let codes = codes(for: element)
        if !codes.isEmpty {
            out.append("\(t.findings): \(codes.map { "`\($0)`" }.joined(separator: ", "))")
            out.append("")
        }
        return out
    }

    private static func attributeTable(_ fields: [SchemaGuide.Field], guide: SchemaGuide, language: Language)
        -> [String]
    {
        let t = Words(language)
        var out = [
            "| \(t.attribute) | \(t.meaning) | \(t.requiredColumn) | \(t.example) | \(t.findings) |",
            "|---|---|---|---|---|",
        ]
        for field in fields {
            let values = guide.values(of: field)
            var meaning = field.documentation?(language) ?? ""
            if !values.isEmpty {
                meaning += " " + values.map { "`\($0.value)` = \($0.meaning(language))" }.joined(separator: "; ") + "."
            }
            let codes = codes(for: field).map { "`\($0)`" }.joined(separator: ", ")
            out.append(
                "| `\(field.attribute ?? "")` | \(cell(meaning)) | \(field.required ? t.yes : t.no) | \(guide.example(of: field).map { "`\($0)`" } ?? "") | \(codes) |"
            )
        }
        out.append("")
        return out
    }

    private static func entry(_ kind: FindingKind, guide: SchemaGuide, language: Language, level: String) -> [String] {
        let t = Words(language)
        var out = ["\(level) `\(kind.code)` (\(kind.severity.word(language)))", ""]
        if let rule = RuleSet.all.first(where: { $0.code == kind.code }) {
            out.append("\(t.rule): \(rule.summary(language))")
        } else {
            out.append("\(t.message): \(kind.message(language))")
        }
        out.append("")
        if !kind.fields.isEmpty {
            out.append("\(t.raisedBy): \(kind.fields.map { "`\($0)`" }.joined(separator: ", "))")
            out.append("")
        }
        return out
    }

    /// The codes whose kind names this element or attribute, sorted.
    private static func codes(for field: SchemaGuide.Field) -> [String] {
        FindingCatalogue.all.filter { kind in kind.fields.contains { matches($0, field) } }.map(\.code)
    }

    /// Whether a kind's field (`indicator/@code`, `submission:indicator/@code`) names this declaration.
    private static func matches(_ path: String, _ field: SchemaGuide.Field) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return path == field.path }
        return field.schema.hasPrefix(path[..<colon] + "-") && path[path.index(after: colon)...] == field.path
    }

    private static func fieldsMatching(_ path: String, in guide: SchemaGuide) -> [SchemaGuide.Field] {
        guide.fields.filter { matches(path, $0) }
    }

    private static func describe(_ field: SchemaGuide.Field, guide: SchemaGuide, language: Language) -> String {
        var text = field.documentation?(language) ?? ""
        let values = guide.values(of: field)
        if !values.isEmpty {
            text += " " + values.map { "`\($0.value)` = \($0.meaning(language))" }.joined(separator: "; ") + "."
        }
        return text + example(guide.example(of: field), language)
    }

    private static func example(_ value: String?, _ language: Language) -> String {
        value.map { language == .vi ? " Ví dụ: `\($0)`." : " Example: `\($0)`." } ?? ""
    }

    /// A table cell's text: no line breaks, no column separators.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private struct Words {
        let title, intro, submission, board, reference, shared, types, codes, codesIntro, sample: String
        let required, optional, textOf, attribute, meaning, requiredColumn, example, findings, yes, no: String
        let rule, message, raisedBy, fieldsTitle, placeholders: String

        init(_ language: Language) {
            switch language {
            case .vi:
                title = "Hướng dẫn điền tệp báo cáo thi đua, khen thưởng"
                intro = """
                    Tài liệu này được tạo tự động từ lược đồ XSD và danh mục mã lỗi của chương trình, nên luôn \
                    khớp với những gì chương trình kiểm tra. Tệp phải lưu dưới dạng UTF-8. Kiểm tra tệp trước khi gửi \
                    bằng lệnh `emulation-review validate --lang vi tệp.xml`; giải thích một mã lỗi bằng lệnh \
                    `emulation-review explain MÃ`.
                    """
                submission = "Báo cáo thi đua, khen thưởng năm của đơn vị"
                board = "Tệp năm của Ban Thi đua - Khen thưởng"
                reference = "Dữ liệu danh mục (đơn vị, chỉ tiêu, phong trào, hình thức khen thưởng, bộ quy tắc)"
                shared = "Thuộc tính dùng chung (mã, tên, tên tiếng Anh)"
                types = "Các kiểu dữ liệu"
                codes = "Danh mục mã lỗi"
                codesIntro = """
                    Mỗi lỗi có một mã cố định (không đổi theo ngôn ngữ), mức độ (lỗi: tệp bị từ chối; cảnh báo: tệp \
                    vẫn được chấp nhận nhưng cần xem lại) và thông điệp; các chỗ {trong ngoặc nhọn} được thay bằng giá trị cụ thể.
                    """
                sample = "Ví dụ một tệp báo cáo hợp lệ"
                required = "Bắt buộc."
                optional = "Không bắt buộc."
                textOf = "Nội dung thuộc kiểu"
                attribute = "Thuộc tính"
                meaning = "Ý nghĩa"
                requiredColumn = "Bắt buộc"
                example = "Ví dụ"
                findings = "Lỗi có thể gặp"
                yes = "có"
                no = "không"
                rule = "Quy định được kiểm tra"
                message = "Thông điệp"
                raisedBy = "Phát sinh tại"
                fieldsTitle = "Các trường liên quan"
                placeholders = "Các chỗ {trong ngoặc nhọn} được thay bằng giá trị cụ thể của tệp."
            case .en:
                title = "Field guide to the emulation and commendation report files"
                intro = """
                    This guide is generated from the program's XSDs and its catalogue of findings, so it always \
                    matches what the program checks. Files must be saved as UTF-8. Check a file before sending it with \
                    `emulation-review validate --lang en file.xml`; explain a code with `emulation-review explain CODE`.
                    """
                submission = "An agency's annual emulation and commendation report"
                board = "The Emulation and Commendation Board's file for a year"
                reference = "Reference data (agencies, indicators, movements, awards, the rulebook)"
                shared = "Shared attributes (code, name, English name)"
                types = "Data types"
                codes = "Finding codes"
                codesIntro = """
                    Every finding has a fixed code (the same in every language), a severity (error: the file is \
                    rejected; warning: the file counts) and a message; the {braced} parts are filled in with the values.
                    """
                sample = "A valid report file"
                required = "Required."
                optional = "Optional."
                textOf = "Its text is of type"
                attribute = "Attribute"
                meaning = "Meaning"
                requiredColumn = "Required"
                example = "Example"
                findings = "Findings"
                yes = "yes"
                no = "no"
                rule = "Rule checked"
                message = "Message"
                raisedBy = "Raised by"
                fieldsTitle = "The fields concerned"
                placeholders = "The {braced} parts are filled in with the file's own values."
            }
        }
    }
}
