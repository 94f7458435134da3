/// Award codes of `Inputs/reference/catalogue.xml` that the rules name.
enum AwardCode {
    static let commendationPaper = "GK"
    static let advancedLabourer = "LDTT"
    static let grassrootsFighter = "CSTDCS"
    static let sectorFighter = "CSTD-BN"
    static let nationalFighter = "CSTD-TQ"
    static let advancedCollective = "TTLDTT"
    static let excellentCollective = "TTLDXS"
    static let sectorCertificate = "BK-TGD"
    static let pmCertificate = "BK-TTG"
    static let labourOrder1 = "HCLD-1"
    static let labourOrder2 = "HCLD-2"
    static let labourOrder3 = "HCLD-3"
    static let sectorFlag = "CTD-BHXH"
    static let governmentFlag = "CTD-CP"

    /// Names for messages, as the catalogue's `name` and `nameEn` give them (the rule context does not carry the
    /// catalogue).
    static func name(_ code: String) -> Bilingual {
        switch code {
        case commendationPaper: Bilingual("Giấy khen", "Commendation paper of the unit head")
        case advancedLabourer: Bilingual("Lao động tiên tiến", "Advanced Labourer")
        case grassrootsFighter: Bilingual("Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter")
        case sectorFighter: Bilingual("Chiến sĩ thi đua cấp bộ, ngành", "Sector Emulation Fighter")
        case nationalFighter: Bilingual("Chiến sĩ thi đua toàn quốc", "National Emulation Fighter")
        case advancedCollective: Bilingual("Tập thể lao động tiên tiến", "Advanced Labour Collective")
        case excellentCollective: Bilingual("Tập thể lao động xuất sắc", "Excellent Labour Collective")
        case sectorCertificate:
            Bilingual(
                "Bằng khen của Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
                "Certificate of Merit of the VSS General Director")
        case pmCertificate: Bilingual("Bằng khen của Thủ tướng Chính phủ", "Prime Minister's Certificate of Merit")
        case labourOrder1: Bilingual("Huân chương Lao động hạng Nhất", "Labour Order, First Class")
        case labourOrder2: Bilingual("Huân chương Lao động hạng Nhì", "Labour Order, Second Class")
        case labourOrder3: Bilingual("Huân chương Lao động hạng Ba", "Labour Order, Third Class")
        case sectorFlag:
            Bilingual("Cờ thi đua của Bảo hiểm xã hội Việt Nam", "Emulation Flag of Vietnam Social Security")
        case governmentFlag: Bilingual("Cờ thi đua của Chính phủ", "Government Emulation Flag")
        default: Bilingual(same: code)
        }
    }

    /// Whether the award is an emulation title that Vietnamese names as one ("danh hiệu Lao động tiên tiến"); the
    /// flags are titles too but are named by themselves ("Cờ thi đua của Chính phủ").
    static func isTitle(_ code: String) -> Bool {
        [
            advancedLabourer, grassrootsFighter, sectorFighter, nationalFighter, advancedCollective,
            excellentCollective,
        ].contains(code)
    }
}
