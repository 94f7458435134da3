import Foundation

/// Builds the `FormLayouts` of `forms.xml`: each form with its columns, rows and section headings in the order
/// written.
final class FormsBuilder: ElementHandler {
    private(set) var layouts = FormLayouts(forms: [])
    private var current: FormLayout?

    func wantsText(_ name: String) -> Bool { false }

    func start(_ name: String, _ a: Attributes, at location: Location) {
        switch name {
        case "form":
            current = FormLayout(
                code: a.text("code"), circular: a.text("circular"), issued: a.optionalDay("issued"),
                from: a.day("from"), to: a.optionalDay("to"), subject: a.choice("subject", default: .awards),
                title: a.text("title"), titleEn: a.text("titleEn"), unit: a.text("unit"), unitEn: a.text("unitEn"),
                receipt: a.optionalText("receipt"), receiptEn: a.optionalText("receiptEn"), columns: [], lines: [],
                location: location)
        case "column":
            let formula = a.optionalText("formula")?.split(separator: "+").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            current?.columns.append(
                FormLayoutColumn(
                    number: a.text("number"), label: a.text("label"), labelEn: a.text("labelEn"),
                    group: a.optionalText("group"), groupEn: a.optionalText("groupEn"), formula: formula ?? [],
                    select: FormSelector(a.optionalText("select") ?? ""), location: location))
        case "section":
            current?.lines.append(
                FormLayoutLine(
                    code: nil, label: a.text("label"), labelEn: a.text("labelEn"), indent: 0,
                    select: FormSelector("none"), location: location))
        case "row":
            current?.lines.append(
                FormLayoutLine(
                    code: a.text("code"), label: a.text("label"), labelEn: a.text("labelEn"),
                    indent: a.optionalText("indent").flatMap { Int($0) } ?? 0,
                    select: FormSelector(a.optionalText("select") ?? ""), location: location))
        default:
            break
        }
    }

    func end(_ name: String, text: String?, at location: Location) {
        if name == "form", let current {
            layouts.forms.append(current)
            self.current = nil
        }
    }
}
