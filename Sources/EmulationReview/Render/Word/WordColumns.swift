/// Column widths for the Word tables whose number of columns depends on the review (indicators, years, form
/// columns). Without widths pandoc leaves every column equally wide, which wraps a name over five lines beside
/// a column that holds one digit.
struct WordColumns {
    let clusters: [String]
    let ranking: [String]
    let kinds: [String]
    let movementList: [String]
    let verdicts: [String]

    /// A form, its columns' widths, and the note that spells out its abbreviated column names.
    struct Form {
        let form: HTMLViewModel.FormTable
        let widths: [String]
        let abbreviations: String?
    }

    /// Above this many figure columns a form's "collectives" and "individuals" columns are too narrow for the
    /// words on a portrait page, so they are abbreviated, as printed forms do.
    static let abbreviateAbove = 10

    init(_ html: HTMLViewModel) {
        clusters = Self.split([16, 8], then: html.results.clusterColumns.count)
        ranking = html.ranking.isPhase ? Self.split([8, 40, 11, 11, 10, 20]) : Self.split([8, 42, 12, 12, 26])
        kinds = Self.split([30], then: html.movements.levels.count + 1)
        movementList = Self.split(
            [30, 12, 13], then: (html.movements.showYears ? html.movements.years.count : 0) + 1)
        verdicts = Self.split([30], then: html.eligibility.sources.count + 1)
    }

    static func forms(_ html: HTMLViewModel, language: Language) -> [Form] {
        // The split columns carry the same wording as the report's "collectives" and "individuals".
        let short = [
            html.t["collectives"] ?? "": Bilingual("TT", "Coll.")(language),
            html.t["individuals"] ?? "": Bilingual("CN", "Ind.")(language),
        ]
        return html.forms.map { form in
            let figures = form.lines.first?.values.count ?? 0
            guard figures > abbreviateAbove else {
                return Form(form: form, widths: split([26, 6], then: figures), abbreviations: nil)
            }
            // Twelve figure columns on a portrait page: the labels give up some room, and a long sum in the row of
            // column numbers is written with its first and last terms (`1 = 2+…+12`), as it would not fit.
            let widths = split([18, 5], then: figures)
            let rows = form.headerRows.map { row in
                HTMLViewModel.HeaderRow(
                    headerCells: row.headerCells.map { cell in
                        HTMLViewModel.HeaderCell(
                            label: short[cell.label] ?? cell.label, colspan: cell.colspan, rowspan: cell.rowspan,
                            isColumn: cell.isColumn)
                    })
            }
            var shortened = form
            shortened.headerRows = rows
            shortened.numbers = form.numbers.map(FormColumn.shortSum)
            let note = Bilingual(
                "TT: tập thể; CN: cá nhân.", "Coll.: collectives; Ind.: individuals.")(language)
            return Form(form: shortened, widths: widths, abbreviations: note)
        }
    }

    /// `fixed` percentages, then `count` columns sharing what is left; as CSS widths pandoc reads.
    static func split(_ fixed: [Int], then count: Int = 0) -> [String] {
        let rest = max(0, 100 - fixed.reduce(0, +))
        let tenths = count > 0 ? rest * 10 / count : 0
        let each = "\(tenths / 10)" + (tenths % 10 == 0 ? "" : ".\(tenths % 10)") + "%"
        return fixed.map { "\($0)%" } + Array(repeating: each, count: count)
    }
}
