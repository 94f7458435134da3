import Foundation

/// The HTML report as the template sees it: plain values with every number, date and name already formatted in
/// the report's language, lists already sorted and filtered, so the template stays logic-less.
///
/// Mustache looks a missing or nil key up in the enclosing objects, so properties that may be nil have names
/// used nowhere else in the model.
///
/// Each section's view types and builder sit in a file named after its template (`S01Submissions.swift` for
/// `s01-submissions.mustache`), so a change to a section touches one Swift file beside one template.
struct HTMLViewModel {
    let lang: String
    let t: [String: String]
    let documentTitle: String
    let periodPhrase: String
    let header: Header
    let summary: Summary
    let submissions: SubmissionsPart
    let results: ResultsPart
    let ranking: RankingPart
    let movements: MovementsPart
    let awards: AwardsPart
    let eligibility: EligibilityPart
    let forms: [FormTable]
    /// The forms' statistics year and the report's calendar years, said under the section's heading.
    let formsIntro: String
    let reorganisation: ReorganisationPart
    let findings: FindingsPart
    let footer: Footer
}

extension HTMLViewModel {
    /// The indicator the headline and the cluster chart are about (SI + HI + UI policyholders).
    static let headlineIndicator = "PARTICIPANTS"

    init(review: Review, language: Language) {
        let f = ModelFormatter(review: review, language: language)
        lang = language.rawValue
        t = HTMLText.labels(language)
        header = f.header()
        documentTitle =
            f.pick("Báo cáo ", "Report: ") + f.subject
            + f.pick(" — Bảo hiểm xã hội Việt Nam", " — Vietnam Social Security")
        periodPhrase = f.periodPhrase
        summary = f.summary()
        submissions = f.submissions()
        results = f.results()
        ranking = f.ranking()
        movements = f.movements()
        awards = f.awards()
        eligibility = f.eligibility()
        forms = f.forms()
        formsIntro = f.formsIntro()
        reorganisation = f.reorganisation()
        findings = f.findings()
        footer = f.footer()
    }
}
