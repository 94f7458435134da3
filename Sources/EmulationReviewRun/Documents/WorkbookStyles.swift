import CXLSXWriter
import EmulationReview

/// The cell formats of the workbook, made once per workbook. Number formats are Excel's codes, which always use
/// `,` for grouping and `.` for decimals: Excel shows them with the reader's own separators, so a Vietnamese PC
/// shows `86.500.000` and `98,14%` from the same file an English one shows as `86,500,000` and `98.14%`.
struct WorkbookStyles {
    typealias Format = XLSXSheet.Format

    // Tables
    let header: Format
    let integer: Format
    /// Years, revisions, ranks, line numbers: no grouping (`2020`, not `2.020`).
    let plainInteger: Format
    let decimal: Format
    let percent: Format
    let date: Format
    let dateTime: Format

    // The summary and the forms
    let pageTitle: Format
    let title: Format
    let subtitle: Format
    let bold: Format
    let note: Format
    let letterhead: Format
    let formNumber: Format
    let formHeader: Format
    let columnNumber: Format
    let rowCode: Format
    /// By indent: level 0 bold, deeper levels indented.
    let rowLabel: [Format]
    let formValue: Format
    let formEmpty: Format
    let signTitle: Format
    let signNote: Format

    init(_ file: XLSXFile, language: Language) {
        func make(_ configure: (Format) -> Void) -> Format {
            let format = file.format()
            configure(format)
            return format
        }
        func numbers(_ code: String, border: Bool = false) -> Format {
            make { f in
                format_set_num_format(f, code)
                if border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
            }
        }
        let center = UInt8(LXW_ALIGN_CENTER.rawValue)
        let middle = UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
        let thin = UInt8(LXW_BORDER_THIN.rawValue)

        header = make { f in
            format_set_bold(f)
            format_set_text_wrap(f)
            format_set_align(f, middle)
            format_set_bg_color(f, 0xDDE5F0)
            format_set_bottom(f, thin)
        }
        integer = numbers("#,##0")
        plainInteger = numbers("0")
        decimal = numbers("#,##0.00")
        percent = numbers("0.00%")
        date = numbers(language == .vi ? "dd/mm/yyyy" : "d mmm yyyy")
        dateTime = numbers(language == .vi ? "dd/mm/yyyy hh:mm" : "d mmm yyyy hh:mm")

        pageTitle = make { f in
            format_set_bold(f)
            format_set_font_size(f, 14)
        }
        title = make { f in
            format_set_bold(f)
            format_set_font_size(f, 14)
            format_set_align(f, center)
            format_set_align(f, middle)
            format_set_text_wrap(f)
        }
        subtitle = make { f in
            format_set_italic(f)
            format_set_align(f, center)
        }
        bold = make { format_set_bold($0) }
        note = make { f in
            format_set_italic(f)
            format_set_font_color(f, 0x555555)
        }
        letterhead = make { f in
            format_set_bold(f)
            format_set_align(f, center)
            format_set_align(f, middle)
            format_set_text_wrap(f)
        }
        formNumber = make { f in
            format_set_italic(f)
            format_set_align(f, center)
            format_set_align(f, middle)
            format_set_text_wrap(f)
        }
        formHeader = make { f in
            format_set_bold(f)
            format_set_text_wrap(f)
            format_set_align(f, center)
            format_set_align(f, middle)
            format_set_border(f, thin)
        }
        columnNumber = make { f in
            format_set_italic(f)
            format_set_align(f, center)
            format_set_border(f, thin)
        }
        rowCode = make { f in
            format_set_align(f, center)
            format_set_border(f, thin)
        }
        rowLabel = (0...3).map { level in
            make { f in
                format_set_border(f, thin)
                format_set_text_wrap(f)
                if level == 0 { format_set_bold(f) }
                if level > 0 { format_set_indent(f, UInt8(level)) }
            }
        }
        formValue = numbers("#,##0", border: true)
        formEmpty = make { format_set_border($0, thin) }
        signTitle = make { f in
            format_set_bold(f)
            format_set_align(f, center)
        }
        signNote = make { f in
            format_set_italic(f)
            format_set_align(f, center)
        }
    }
}
