/// A wording in both of the report's languages. Every fixed text of the reports is one of these, so the choice
/// of language is made here and nowhere else, and no wording can exist in one language only.
struct Bilingual: Sendable, Hashable {
    let vi: String
    let en: String

    init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }

    /// The wording in `language`.
    func callAsFunction(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
