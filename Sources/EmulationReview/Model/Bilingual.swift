/// A wording in both of the project's languages. Every text a person reads (the reports' fixed words, finding
/// messages, eligibility reasons) is one of these, so the choice of language is made where it is printed and no
/// wording can exist in one language only.
public struct Bilingual: Sendable, Hashable, Codable {
    public let vi: String
    public let en: String

    public init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }

    /// A value that reads the same in both languages: a code, a number, a name as the sender wrote it.
    public init(same text: String) {
        self.init(text, text)
    }

    /// The wording in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// Both wordings with `transform` applied to each.
    public func map(_ transform: (String) -> String) -> Bilingual { Bilingual(transform(vi), transform(en)) }
}

extension Bilingual: ExpressibleByStringInterpolation {
    /// A literal or interpolation reads the same in both languages (codes, numbers, quoted values).
    public init(stringLiteral value: String) { self.init(same: value) }
}
