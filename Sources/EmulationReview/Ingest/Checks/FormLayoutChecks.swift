import Foundation

/// Consistency of the statistics forms' layouts (`forms.xml`): each form once per circular, each row code and
/// column number once in a form, formulas naming the form's own columns, selectors in the vocabulary and, when
/// the reference data is at hand (`validate --inputs`), award codes in the catalogue.
struct FormLayoutChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .formsDuplicateForm, .formsDuplicateRow, .formsDuplicateColumn, .formsFormulaColumn, .formsUnknownSelector,
        .awardUnknown,
    ]

    let layouts: FormLayouts
    let reference: ReferenceData?

    func run(_ sink: inout FindingSink) {
        reportDuplicates(
            layouts.forms, .formsDuplicateForm, key: { "\($0.code) (\($0.circular))" }, location: \.location,
            into: &sink)
        for form in layouts.forms {
            var rows: [String: Location] = [:]
            for line in form.lines {
                guard let code = line.code else { continue }
                if let first = rows[code] {
                    sink.add(
                        .formsDuplicateRow, at: line.location,
                        ["form": "\(form.code)", "row": "\(code)", "line": "\(first.line)"])
                } else {
                    rows[code] = line.location
                }
            }
            var columns: [String: Location] = [:]
            for column in form.columns {
                if let first = columns[column.number] {
                    sink.add(
                        .formsDuplicateColumn, at: column.location,
                        ["form": "\(form.code)", "column": "\(column.number)", "line": "\(first.line)"])
                } else {
                    columns[column.number] = column.location
                }
            }
            for column in form.columns {
                for part in column.formula where columns[part] == nil || part == column.number {
                    sink.add(
                        .formsFormulaColumn, at: column.location,
                        ["form": "\(form.code)", "column": "\(column.number)", "missing": "\(part)"])
                }
            }
            let selectors = form.columns.map { ($0.select, $0.location) } + form.lines.map { ($0.select, $0.location) }
            for (selector, location) in selectors {
                for term in selector.unknownTerms(form.subject) {
                    sink.add(
                        .formsUnknownSelector, at: location,
                        ["form": "\(form.code)", "term": "\(term)", "subject": "\(form.subject.rawValue)"])
                }
                guard let reference, form.subject == .awards else { continue }
                for term in selector.terms where term.key == "award" {
                    for award in term.values where reference.awards[award] == nil {
                        sink.add(.awardUnknown, at: location, ["place": .formSelector(form.code), "award": "\(award)"])
                    }
                }
            }
        }
    }
}

extension Bilingual {
    static func formSelector(_ form: String) -> Bilingual {
        Bilingual("mẫu biểu \(form): ", "the layout of form \(form): ")
    }
}

extension FindingKind {
    static let formsDuplicateForm = FindingKind(
        "forms.duplicate-form", .error, parameters: ["key", "line"],
        vi:
            "biểu {key} có hai mẫu trong tệp (mẫu đầu ở dòng {line}); mỗi thông tư chỉ ghi mẫu của một biểu một lần",
        en: "form {key} is laid out twice (first at line {line}); give each circular's form once",
        fields: ["reference:form/@code", "reference:form/@circular"],
        examples: [
            .triggers(
                "form 0602.N of 02/2023 written twice",
                [
                    .reference("forms.xml") {
                        $0.replacingOccurrences(of: "<form code=\"0603.N\"", with: "<form code=\"0602.N\"")
                    }
                ]),
            .passes("the demo's layouts", [.reference("forms.xml") { $0 }]),
        ])

    static let formsDuplicateRow = FindingKind(
        "forms.duplicate-row", .error, parameters: ["form", "row", "line"],
        vi:
            "biểu {form} có hai dòng mã số {row} (dòng đầu ở dòng {line} của tệp); mỗi mã số dòng chỉ ghi một lần trong một biểu",
        en: "form {form} has two rows coded {row} (the first at line {line}); each row code appears once in a form",
        fields: ["reference:row/@code"],
        examples: [
            .triggers(
                "two rows 02 in form 0601.N",
                [
                    .reference("forms.xml") {
                        $0.replacingOccurrences(
                            of: "<row code=\"03\" label=\"Bộ, ngành, địa phương\"",
                            with: "<row code=\"02\" label=\"Bộ, ngành, địa phương\"")
                    }
                ]),
            .passes("the demo's layouts", [.reference("forms.xml") { $0 }]),
        ])

    static let formsDuplicateColumn = FindingKind(
        "forms.duplicate-column", .error, parameters: ["form", "column", "line"],
        vi:
            "biểu {form} có hai cột số {column} (cột đầu ở dòng {line} của tệp); đánh số mỗi cột một lần",
        en: "form {form} has two columns numbered {column} (the first at line {line}); number each column once",
        fields: ["reference:column/@number"],
        examples: [
            .triggers(
                "two columns 2 in form 0601.N",
                [
                    .reference("forms.xml") {
                        $0.replacingOccurrences(
                            of: "<column number=\"3\" label=\"Bộ, cơ quan",
                            with: "<column number=\"2\" label=\"Bộ, cơ quan")
                    }
                ]),
            .passes("the demo's layouts", [.reference("forms.xml") { $0 }]),
        ])

    static let formsFormulaColumn = FindingKind(
        "forms.formula-column", .error, parameters: ["form", "column", "missing"],
        vi:
            "công thức của cột {column} biểu {form} cộng cột {missing}, là cột không có trong biểu hoặc chính cột đó; sửa công thức cho đúng số của các cột",
        en:
            "the formula of column {column} of form {form} adds column {missing}, which the form does not have or which is the column itself; name the form's own columns",
        fields: ["reference:column/@formula"],
        examples: [
            .triggers(
                "column 1 = 2+3+4+5 in form 0601.N, which has four columns",
                [
                    .reference("forms.xml") {
                        $0.replacingOccurrences(of: "formula=\"2+3+4\"", with: "formula=\"2+3+4+5\"")
                    }
                ]),
            .passes("the demo's layouts", [.reference("forms.xml") { $0 }]),
        ])

    static let formsUnknownSelector = FindingKind(
        "forms.unknown-selector", .error, parameters: ["form", "term", "subject"],
        vi:
            "biểu {form} dùng điều kiện {term}, không có trong danh sách điều kiện của biểu loại {subject}; xem kiểu FormSelector trong reference-v1.xsd",
        en:
            "form {form} selects by {term}, which a form of {subject} does not know; see the FormSelector type in reference-v1.xsd",
        fields: ["reference:row/@select", "reference:column/@select"],
        examples: [
            .triggers(
                "a movement form selecting by award",
                [
                    .reference("forms.xml") {
                        $0.replacingOccurrences(of: "select=\"launched:national\"", with: "select=\"award:BK-TTG\"")
                    }
                ]),
            .triggers(
                "a month range upside down",
                [.reference("forms.xml") { $0.replacingOccurrences(of: "months:13-35", with: "months:35-13") }]),
            .passes("the demo's layouts", [.reference("forms.xml") { $0 }]),
        ])
}
