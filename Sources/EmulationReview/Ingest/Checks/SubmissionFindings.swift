/// The codes of the submission checks that only a submission raises, each with its examples.
extension FindingKind {
    static let submissionYearMismatch = FindingKind(
        "submission.year-mismatch", .error, parameters: ["year", "folder"],
        vi: "tệp ghi năm {year} nhưng nằm trong thư mục năm {folder}; sửa năm hoặc chuyển tệp sang thư mục {year}",
        en:
            "the file says year {year} but lies in the folder for {folder}; correct the year or move the file to the {year} folder",
        fields: ["submission/@year"],
        examples: [
            .triggers("the 2019 report in the 2020 folder", [.submission("2020/01.xml")]),
            .passes("the 2019 report in its folder", [.submission()]),
        ])

    static let asOfOutsideYear = FindingKind(
        "indicator.as-of-outside-year", .warning, parameters: ["asOf", "year"],
        vi:
            "số liệu chỉ tiêu được báo cáo tính đến ngày {asOf}, ngoài năm báo cáo {year}; kiểm tra lại ngày chốt số liệu (asOf)",
        en: "the indicators are reported as of {asOf}, outside the reporting year {year}; check the asOf date",
        fields: ["indicators/@asOf"],
        examples: [
            .triggers("figures as of the next year", [edit("asOf=\"2019-12-31\"", "asOf=\"2020-01-31\"")]),
            .passes("figures as of 30 November", [edit("asOf=\"2019-12-31\"", "asOf=\"2019-11-30\"")]),
        ])

    static let preparerEmail = FindingKind(
        "submission.preparer-email", .warning, parameters: ["email", "problem", "domain"],
        vi:
            "địa chỉ thư điện tử của người lập \"{email}\" không dùng được ({problem}); ghi một địa chỉ, ví dụ ten.ho@{domain}; phản hồi được gửi tới địa chỉ liên hệ đã đăng ký của đơn vị",
        en:
            "preparer email \"{email}\" is not a usable email address ({problem}); write one address such as ten.ho@{domain}; feedback goes to the agency's registered contacts",
        fields: ["preparer/@email"],
        examples: [
            .triggers(
                "two addresses in one",
                [edit("email=\"thidua@hanoi.vss.gov.vn\"", "email=\"thidua,ketoan@hanoi.vss.gov.vn\"")]),
            .triggers("an empty part in the domain", [edit("@hanoi.vss", "@hanoi..vss")]),
            .passes("one plain address", [.submission()]),
        ])

    static let workforceExceedsTotal = FindingKind(
        "workforce.exceeds-total", .error, parameters: ["field", "value", "label", "total"],
        vi: "số {label} ({field} = {value}) lớn hơn tổng số lao động (total = {total}); sửa một trong hai số",
        en:
            "the number of {label} ({field} = {value}) is greater than the total staff (total = {total}); correct one of the two",
        fields: ["workforce/@women", "workforce/@directWorkers", "workforce/@ethnicMinorities"],
        examples: [
            .triggers("more women than staff", [edit("women=\"21\" directWorkers", "women=\"41\" directWorkers")]),
            .passes("as many women as staff", [edit("women=\"21\" directWorkers", "women=\"40\" directWorkers")]),
        ])

    static let titlesExceedHeadcount = FindingKind(
        "titles.exceed-headcount", .error, parameters: ["titled", "total"],
        vi:
            "có {titled} người được tặng danh hiệu nhưng tổng số lao động chỉ là {total}; sửa tổng số hoặc danh sách cá nhân",
        en:
            "{titled} people received a title but the workforce total is {total}; correct the total or the list of people",
        fields: ["workforce/@total", "person"],
        examples: [
            .triggers(
                "two titled people in a workforce of one",
                [
                    edit(
                        "total=\"40\" women=\"21\" directWorkers=\"30\" ethnicMinorities=\"2\"",
                        "total=\"1\" women=\"1\" directWorkers=\"1\" ethnicMinorities=\"0\"")
                ]),
            .passes(
                "two titled people in a workforce of two",
                [
                    edit(
                        "total=\"40\" women=\"21\" directWorkers=\"30\" ethnicMinorities=\"2\"",
                        "total=\"2\" women=\"1\" directWorkers=\"1\" ethnicMinorities=\"0\"")
                ]),
        ])

    static let personDuplicate = FindingKind(
        "person.duplicate-id", .error, parameters: ["key", "problem"],
        vi: "mã số BHXH {key} {problem}",
        en: "id {key} {problem}",
        fields: ["person/@id"],
        examples: [
            .triggers("two people given one id", [edit("id=\"0101000002\"", "id=\"0101000001\"")]),
            .passes("two ids", [.submission()]),
        ])

    static let personUnknownCollective = FindingKind(
        "person.unknown-collective", .error, parameters: ["name", "collective"],
        vi:
            "{name} thuộc tập thể {collective}, nhưng tập thể này không có trong danh sách tập thể của tệp; bổ sung tập thể hoặc sửa mã",
        en:
            "{name} belongs to collective {collective}, which is not among the collectives of this file; add it or correct the code",
        fields: ["person/@collective"],
        examples: [
            .triggers(
                "a person in collective 01-09",
                [edit("rating=\"good\" collective=\"01-01\"", "rating=\"good\" collective=\"01-09\"")]),
            .passes("both in collective 01-01", [.submission()]),
        ])

    static let initiativeDuplicate = FindingKind(
        "initiative.duplicate", .error, parameters: ["key", "line"],
        vi:
            "sáng kiến {key} được ghi hai lần cho cùng một người (lần đầu ở dòng {line}); mỗi sáng kiến chỉ ghi một lần",
        en: "initiative {key} is listed twice for the same person (first at line {line}); list each initiative once",
        fields: ["initiative/@code"],
        examples: [
            .triggers(
                "initiative SK-01 twice",
                [
                    edit(
                        "<initiative code=\"SK-01\"",
                        "<initiative code=\"SK-01\" scope=\"unit\">Sáng kiến</initiative><initiative code=\"SK-01\"")
                ]),
            .passes("one initiative", [.submission()]),
        ])

    static let collectiveDuplicate = FindingKind(
        "collective.duplicate-code", .error, parameters: ["key", "line"],
        vi: "tập thể {key} xuất hiện hai lần (lần đầu ở dòng {line}); mỗi tập thể chỉ ghi một lần",
        en: "collective {key} appears twice (first at line {line}); list each collective once",
        fields: ["collective/@code"],
        examples: [
            .triggers(
                "collective 01-01 twice",
                [
                    edit(
                        "</collectives>",
                        "<collective code=\"01-01\" name=\"Phòng Thu\" members=\"5\" women=\"2\" rating=\"good\"/>\n  </collectives>"
                    )
                ]),
            .passes("one collective", [.submission()]),
        ])

    static let collectiveWomenExceedMembers = FindingKind(
        "collective.women-exceed-members", .error, parameters: ["collective", "name", "women", "members"],
        vi: "tập thể {collective} ({name}) có {women} nữ nhưng chỉ có {members} thành viên; sửa một trong hai số",
        en:
            "collective {collective} ({name}) has {women} women but only {members} members; correct one of the two counts",
        fields: ["collective/@women", "collective/@members"],
        examples: [
            .triggers("13 women of 12 members", [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"13\"")]),
            .passes("12 women of 12 members", [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"12\"")]),
        ])

    static let collectiveCountExceedsMembers = FindingKind(
        "collective.count-exceeds-members", .error, parameters: ["collective", "name", "value", "what", "members"],
        vi: "tập thể {collective} ({name}) ghi {value} {what} nhưng chỉ có {members} thành viên; sửa một trong hai số",
        en:
            "collective {collective} ({name}) gives {value} {what} but has only {members} members; correct one of the two counts",
        fields: [
            "collective/@advancedLabourers", "collective/@grassrootsFighters", "collective/@completedTasks",
            "collective/@members",
        ],
        examples: [
            .triggers(
                "13 Advanced Labourers of 12 members",
                [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"7\" advancedLabourers=\"13\"")]),
            .triggers(
                "13 members completing their tasks of 12",
                [edit("members=\"12\" women=\"7\"", "members=\"12\" women=\"7\" completedTasks=\"13\"")]),
            .passes(
                "12 Advanced Labourers and 2 Grassroots Emulation Fighters of 12 members",
                [
                    edit(
                        "members=\"12\" women=\"7\"",
                        "members=\"12\" women=\"7\" advancedLabourers=\"12\" grassrootsFighters=\"2\" completedTasks=\"12\""
                    )
                ]),
        ])

    static let nominationUnknownRecipient = FindingKind(
        "nomination.unknown-recipient", .error, parameters: ["award", "what"],
        vi: "đề nghị khen thưởng {award}: {what}",
        en: "nomination for {award}: {what}",
        fields: ["nomination/@recipient"],
        examples: [
            .triggers(
                "a nomination for a collective not in the file",
                [
                    edit(
                        "recipientKind=\"collective\" recipient=\"01-01\"",
                        "recipientKind=\"collective\" recipient=\"01-09\"")
                ]),
            .triggers(
                "a nomination for a person not in the file",
                [
                    edit(
                        "recipientKind=\"collective\" recipient=\"01-01\"",
                        "recipientKind=\"person\" recipient=\"0101000009\"")
                ]),
            .triggers(
                "an agency nominating another agency",
                [edit("recipientKind=\"collective\" recipient=\"01-01\"", "recipientKind=\"agency\" recipient=\"02\"")]),
            .passes(
                "the agency nominating itself",
                [edit("recipientKind=\"collective\" recipient=\"01-01\"", "recipientKind=\"agency\" recipient=\"01\"")]),
        ])

    static let indicatorDuplicate = FindingKind(
        "indicator.duplicate", .error, parameters: ["key", "line"],
        vi: "chỉ tiêu {key} được báo cáo hai lần (lần đầu ở dòng {line}); mỗi chỉ tiêu chỉ báo cáo một lần",
        en: "indicator {key} is reported twice (first at line {line}); report each indicator once",
        fields: ["submission:indicator/@code"],
        examples: [
            .triggers("HI-COVERAGE twice", [edit("code=\"PARTICIPANTS\"", "code=\"HI-COVERAGE\"")]),
            .passes("two indicators", [.submission()]),
        ])

    static let agencyNotValidInYear = FindingKind(
        "agency.not-valid-in-year", .error, parameters: ["agency", "name", "year", "span", "advice"],
        vi:
            "đơn vị {agency} ({name}) không báo cáo năm {year}: theo danh mục đơn vị, đơn vị này hoạt động từ {span}, mà báo cáo của một năm do đơn vị còn hoạt động ngày 31 tháng 12 gửi{advice}; kiểm tra lại mã đơn vị (agency) và năm báo cáo (year)",
        en:
            "agency {agency} ({name}) does not report for {year}: the registry has it from {span}, and a year's report comes from the agency that exists on 31 December{advice}; check the agency code and the year",
        fields: ["submission/@agency", "submission/@year"],
        examples: [
            .triggers(
                "a report for 2000, before the office existed",
                [.submission("2000/01.xml") { $0.replacingOccurrences(of: "year=\"2019\"", with: "year=\"2000\"") }]),
            .passes("a report for 2019", [.submission()]),
        ])

    static let movementUnknown = FindingKind(
        "movement.unknown", .error, parameters: ["movement"],
        vi: "mã phong trào {movement} không có trong danh mục; dùng mã phong trào như danh mục ghi",
        en: "movement code {movement} is not in the catalogue; use the code of the movement as the catalogue lists it",
        fields: ["submission:movement/@code"],
        examples: [
            .triggers("movement AN-2099", [edit("code=\"AN-2019\"", "code=\"AN-2099\"")]),
            .passes("movement AN-2019", [.submission()]),
        ])

    private static func work(_ officer: String) -> ExampleFile {
        .submission {
            $0.replacingOccurrences(
                of: "</submission>",
                with:
                    "  <emulationWork>\n    <office kind=\"division\" name=\"Phòng Tổ chức cán bộ\"/>\n    \(officer)\n  </emulationWork>\n</submission>"
            )
        }
    }

    static let workSinceAfterYear = FindingKind(
        "work.since-after-year", .error, parameters: ["since", "year"],
        vi:
            "người làm công tác thi đua, khen thưởng có năm bắt đầu làm công tác này ({since}) sau năm báo cáo ({year}); sửa năm bắt đầu (since)",
        en:
            "a person doing emulation-and-commendation work started it in {since}, after the report's year {year}; correct the year it started (since)",
        fields: ["officer/@since"],
        examples: [
            .triggers(
                "a start in 2021 in the 2019 report",
                [work("<officer gender=\"female\" born=\"1985\" education=\"university\" since=\"2021\"/>")]),
            .passes(
                "a start in 2019",
                [work("<officer gender=\"female\" born=\"1985\" education=\"university\" since=\"2019\"/>")]),
        ])

    static let workAge = FindingKind(
        "work.age", .error, parameters: ["born", "age", "year"],
        vi:
            "người làm công tác thi đua, khen thưởng sinh năm {born} thì năm {year} mới {age} tuổi, không phải tuổi của người đang làm việc; sửa năm sinh (born)",
        en:
            "a person doing emulation-and-commendation work born in {born} would be {age} in {year}, not a working age; correct the year of birth (born)",
        fields: ["officer/@born"],
        examples: [
            .triggers(
                "born in 2010", [work("<officer gender=\"male\" born=\"2010\" education=\"college\" since=\"2019\"/>")]),
            .passes(
                "born in 1985", [work("<officer gender=\"male\" born=\"1985\" education=\"college\" since=\"2010\"/>")]),
        ])
}
