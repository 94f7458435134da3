/// The Word document as its templates (`Templates/Word/`) see it: the HTML report's view model, so every figure
/// is formatted once for both documents, with the charts as image files and the blank space the board and the
/// signer fill in.
///
/// The fields carry the HTML model's names, so a Word template reads a section as the HTML one does.
struct WordViewModel {
    struct Figures {
        let participants: WordFigure?
        let clusters: WordFigure?
        let awards: WordFigure?
    }

    /// Empty paragraphs under each heading of section 10: lines for the board's own text.
    static let boardLines = 4
    /// Empty paragraphs between the signer's title and name: room for the signature and the seal.
    static let signatureLines = 3

    let lang: String
    let t: [String: String]
    let w: [String: String]
    let periodPhrase: String
    let header: HTMLViewModel.Header
    let summary: HTMLViewModel.Summary
    let submissions: HTMLViewModel.SubmissionsPart
    let results: HTMLViewModel.ResultsPart
    let ranking: HTMLViewModel.RankingPart
    let movements: HTMLViewModel.MovementsPart
    let awards: HTMLViewModel.AwardsPart
    let eligibility: HTMLViewModel.EligibilityPart
    let forms: [WordColumns.Form]
    let formsIntro: String
    let reorganisation: HTMLViewModel.ReorganisationPart
    let findings: HTMLViewModel.FindingsPart
    let footer: HTMLViewModel.Footer
    let figures: Figures
    let widths: WordColumns
    let charts: [WordChart]
    let boardSpace = [String](repeating: "", count: boardLines)
    let signatureSpace = [String](repeating: "", count: signatureLines)

    init(review: Review, language: Language) {
        let html = HTMLViewModel(review: review, language: language)
        lang = html.lang
        t = html.t
        w = WordText.labels(language)
        periodPhrase = html.periodPhrase
        header = html.header
        summary = html.summary
        submissions = html.submissions
        results = html.results
        ranking = html.ranking
        movements = html.movements
        awards = html.awards
        eligibility = html.eligibility
        forms = WordColumns.forms(html)
        formsIntro = html.formsIntro
        widths = WordColumns(html)
        reorganisation = html.reorganisation
        findings = html.findings
        footer = html.footer
        let participants = WordCharts.make(
            "participants", svg: html.summary.participantsChart, caption: html.t["participantsTable"] ?? "")
        let clusters = WordCharts.make(
            "clusters", svg: html.results.clusterChart, caption: html.results.clusterChartCaption)
        let awardsChart = WordCharts.make("awards", svg: html.awards.chart, caption: html.awards.chartCaption)
        figures = Figures(
            participants: participants?.figure, clusters: clusters?.figure, awards: awardsChart?.figure)
        charts = [participants, clusters, awardsChart].compactMap { $0?.chart }
    }
}
