/// Column widths for the Word tables whose number of columns depends on the review (indicators, years, form
/// columns). Without widths pandoc leaves every column equally wide, which wraps a name over five lines beside
/// a column that holds one digit.
struct WordColumns {
    let clusters: [String]
    let ranking: [String]
    let kinds: [String]
    let movementList: [String]
    let verdicts: [String]

    /// A form, its columns' widths, and whether it needs a landscape page of its own.
    struct Form {
        let form: HTMLViewModel.FormTable
        let widths: [String]
        let landscape: Bool
    }

    /// Above this many figure columns a form's headings no longer fit a portrait page's columns ("Huy chươ|ng"),
    /// so the form is printed on a landscape page (`Resources/landscape.lua`), as the printed forms are.
    static let landscapeAbove = 10

    init(_ html: HTMLViewModel) {
        clusters = Self.split([16, 8], then: html.results.clusterColumns.count)
        ranking = html.ranking.isPhase ? Self.split([8, 40, 11, 11, 10, 20]) : Self.split([8, 42, 12, 12, 26])
        kinds = Self.split([30], then: html.movements.levels.count + 1)
        movementList = Self.split(
            [30, 12, 13], then: (html.movements.showYears ? html.movements.years.count : 0) + 1)
        verdicts = Self.split([30], then: html.eligibility.sources.count + 1)
    }

    static func forms(_ html: HTMLViewModel) -> [Form] {
        html.forms.map { form in
            let figures = form.lines.first?.values.count ?? 0
            guard figures > landscapeAbove else {
                return Form(form: form, widths: split([26, 6], then: figures), landscape: false)
            }
            // Twelve figure columns across a landscape page; a long sum in the row of column numbers is still
            // written with its first and last terms (`1 = 2+…+12`), and its column, the total, is a little wider.
            var shortened = form
            shortened.numbers = form.numbers.map(FormColumn.shortSum)
            return Form(form: shortened, widths: split([20, 5, 9], then: figures - 1), landscape: true)
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
