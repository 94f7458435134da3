/// The codes that several checks raise (a submission, the board's file, the rulebook): each defined once, its
/// message quoting where it was raised (`{place}`).
extension FindingKind {
    /// Shared by the submission's workforce, collectives and indicators.
    static let countNegative = FindingKind(
        "count.negative", .error, parameters: ["place", "what", "label", "value"],
        vi: "{place}{label} ({what}) là {value}; số lượng không được âm, ghi lại số đúng (từ 0 trở lên)",
        en: "{place}{label} ({what}) is {value}; a count cannot be negative",
        fields: ["workforce", "collective/@members", "collective/@women", "indicator/@actual"],
        examples: [
            .triggers("a negative workforce total", [edit("total=\"40\"", "total=\"-40\"")]),
            .triggers(
                "a collective with −1 women", [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"-1\"")]),
            .triggers("a negative number of participants", [edit("actual=\"7573488\"", "actual=\"-5\"")]),
            .passes(
                "a workforce of zero ethnic-minority staff", [edit("ethnicMinorities=\"2\"", "ethnicMinorities=\"0\"")]),
        ])

    /// Shared by the submission's people and the board's decisions.
    static let personIDMalformed = FindingKind(
        "person.id-malformed", .error, parameters: ["place", "id", "name"],
        vi:
            "{place}mã số \"{id}\" của {name} không phải mã số BHXH 10 chữ số; ghi đúng mã số BHXH 10 chữ số của người đó",
        en:
            "{place}person id \"{id}\" ({name}) is not a 10-digit social insurance number; write the person's 10-digit number",
        fields: ["person/@id", "recipient/@id"],
        examples: [
            .triggers("a 9-digit id", [edit("id=\"0101000002\"", "id=\"010100002\"")]),
            .triggers(
                "a board's decision for a person with letters in the id",
                [.board { $0.replacingOccurrences(of: "id=\"0101000001\"", with: "id=\"01010A0001\"") }]),
            .passes("10-digit ids", [.submission(), .board()]),
        ])

    /// Shared by the submission and the board's plan and decisions.
    static let agencyUnknown = FindingKind(
        "agency.unknown", .error, parameters: ["place", "agency"],
        vi: "{place}mã đơn vị {agency} không có trong danh mục đơn vị; dùng đúng mã của đơn vị trong danh mục",
        en: "{place}agency code {agency} is not in the agency registry; use the office's code as the registry lists it",
        fields: ["submission/@agency", "target/@agency", "recipient/@agency"],
        examples: [
            .triggers("agency 99", [edit("agency=\"01\" year", "agency=\"99\" year")]),
            .triggers(
                "a plan target for agency 99",
                [
                    .board {
                        $0.replacingOccurrences(
                            of: "<target agency=\"01\" indicator=\"PARTICIPANTS\"",
                            with: "<target agency=\"99\" indicator=\"PARTICIPANTS\"")
                    }
                ]),
            .passes("agency 01", [.submission(), .board()]),
        ])

    /// Shared by the submission, the board's plan and the rulebook's scoring.
    static let indicatorUnknown = FindingKind(
        "indicator.unknown", .error, parameters: ["place", "indicator"],
        vi: "{place}mã chỉ tiêu {indicator} không có trong danh mục; dùng mã chỉ tiêu trong danh mục",
        en: "{place}indicator code {indicator} is not in the catalogue; use a code from the catalogue",
        fields: ["submission:indicator/@code", "target/@indicator", "weight/@indicator"],
        examples: [
            .triggers("indicator HI-COVER", [edit("code=\"HI-COVERAGE\"", "code=\"HI-COVER\"")]),
            .passes("indicator HI-COVERAGE", [.submission()]),
        ])

    /// Shared by the submission and the board's plan.
    static let percentOutOfRange = FindingKind(
        "indicator.percent-out-of-range", .error, parameters: ["place", "indicator", "name", "value"],
        vi:
            "{place}{indicator} ({name}) là {value}%, nằm ngoài khoảng từ 0 đến 100; ghi tỷ lệ phần trăm là một số từ 0 đến 100 (không kèm dấu %), dùng dấu chấm để ngăn cách phần thập phân, ví dụ 98.14",
        en: "{place}{indicator} ({name}) is {value}%, outside 0–100; write the percentage itself, e.g. 98.14",
        fields: ["indicator/@actual", "target/@value"],
        examples: [
            .triggers("a coverage of 9299 (the decimal point lost)", [edit("actual=\"92.99\"", "actual=\"9299\"")]),
            .triggers(
                "a planned coverage of 931.6",
                [.board { $0.replacingOccurrences(of: "value=\"93.16\"", with: "value=\"931.6\"") }]),
            .passes("a coverage of 100", [edit("actual=\"92.99\"", "actual=\"100\"")]),
        ])

    /// Shared by the submission, the board's decisions and the rulebook's reward multiples.
    static let awardUnknown = FindingKind(
        "award.unknown", .error, parameters: ["place", "award"],
        vi:
            "{place}mã danh hiệu thi đua, hình thức khen thưởng {award} không có trong danh mục; dùng đúng mã trong danh mục danh hiệu thi đua, hình thức khen thưởng",
        en: "{place}award code {award} is not in the catalogue; use a code from the catalogue",
        fields: ["title/@award", "nomination/@award", "decision/@award", "bonus/@award"],
        examples: [
            .triggers("title CSTD-CS", [edit("award=\"CSTDCS\"", "award=\"CSTD-CS\"")]),
            .triggers(
                "a decision for award BK-XYZ",
                [.board { $0.replacingOccurrences(of: "award=\"BK-TGD\"", with: "award=\"BK-XYZ\"") }]),
            .passes("title CSTDCS", [.submission(), .board()]),
        ])

    /// Shared by the submission and the board's decisions.
    static let awardWrongRecipient = FindingKind(
        "award.wrong-recipient", .error, parameters: ["place", "award", "name", "admits", "recipient"],
        vi:
            "{place}{name} ({award}) {admits}, nhưng lại được ghi cho {recipient}; sửa mã danh hiệu, hình thức khen thưởng hoặc đối tượng được khen thưởng",
        en: "{place}{name} ({award}) {admits}, but is given to {recipient}; correct the award code or the recipient",
        fields: ["title/@award", "nomination/@award", "recipient/@kind"],
        examples: [
            .triggers(
                "Advanced Labour Collective given to a person",
                [
                    edit(
                        "<title award=\"LDTT\" decision=\"923/QĐ-BHXH\" date=\"2019-12-30\"/>\n    </person>",
                        "<title award=\"TTLDTT\" decision=\"923/QĐ-BHXH\" date=\"2019-12-30\"/>\n    </person>")
                ]),
            .passes("Advanced Labourer given to a person", [.submission()]),
        ])
}
