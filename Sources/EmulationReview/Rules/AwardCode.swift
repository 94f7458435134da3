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

    /// English names for messages (the catalogue's `nameEn`; the rule context does not carry the catalogue).
    static func name(_ code: String) -> String {
        switch code {
        case commendationPaper: "Commendation paper of the unit head"
        case advancedLabourer: "Advanced Labourer"
        case grassrootsFighter: "Grassroots Emulation Fighter"
        case sectorFighter: "Sector Emulation Fighter"
        case nationalFighter: "National Emulation Fighter"
        case advancedCollective: "Advanced Labour Collective"
        case excellentCollective: "Excellent Labour Collective"
        case sectorCertificate: "Certificate of Merit of the VSS General Director"
        case pmCertificate: "Prime Minister's Certificate of Merit"
        case labourOrder1: "Labour Order, First Class"
        case labourOrder2: "Labour Order, Second Class"
        case labourOrder3: "Labour Order, Third Class"
        case "CTD-BHXH": "Emulation Flag of Vietnam Social Security"
        case "CTD-CP": "Government Emulation Flag"
        default: code
        }
    }
}
