/// The wording only the Word document has: the number line a clerk fills in, the recipients and the signer's
/// name line. Everything else it shares with the HTML report (`HTMLText`). The templates read it as `{{w.key}}`;
/// a test checks that every key they use is defined here.
enum WordText {
    /// Room for the number the clerk gives the report: no-break spaces, since HTML would fold ordinary ones.
    static let numberRoom = String(repeating: "\u{00A0}", count: 12)

    static let entries: [(key: String, text: Bilingual)] = [
        ("docNumber", .init("Số:\(numberRoom)/BC-BHXH", "No.:\(numberRoom)/BC-BHXH")),
        ("recipients", .init("Nơi nhận:", "Recipients:")),
        ("recipientAbove", .init("- Như trên;", "- As above;")),
        ("recipientArchive", .init("- Lưu: VT, TĐKT.", "- Filed: Records, Emulation and Commendation Board.")),
        ("signName", .init("……………………………………", "……………………………………")),
    ]

    static func labels(_ language: Language) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key] = entry.text(language) }
        return result
    }
}
