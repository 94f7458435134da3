/// The codes of what libxml2 reports while it parses and validates a file (`LibXMLMessage`, `XMLReader`).
extension FindingKind {
    // MARK: Well-formedness

    static let noRoot = FindingKind(
        "xml.no-root", .error,
        vi: "tệp không có phần tử XML nào; gửi tệp báo cáo đầy đủ",
        en: "the file holds no XML element; send the complete report file",
        examples: [
            .triggers(
                "only an XML declaration and a comment",
                [.text("2019/01.xml", "<?xml version=\"1.0\"?>\n<!-- báo cáo -->\n")]),
            .triggers("only spaces", [.text("2019/01.xml", "   \n")]),
            .passes("a report", [.submission()]),
        ])

    static let invalidChar = FindingKind(
        "xml.invalid-char", .error,
        vi:
            "tệp có ký tự mà XML không cho phép (như ký tự điều khiển hoặc byte NUL); xóa ký tự đó hoặc lưu lại tệp dưới dạng văn bản UTF-8",
        en:
            "the file contains a character XML does not allow (such as a control character or a NUL byte); remove it or save the file again as UTF-8 text",
        examples: [
            .triggers("a control character in a text", [edit("Sơ kết phong trào", "Sơ kết\u{01} phong trào")]),
            .passes("plain text", [.submission()]),
        ])

    static let entity = FindingKind(
        "xml.entity", .error,
        vi:
            "chỉ được dùng năm thực thể định sẵn (&amp; &lt; &gt; &quot; &apos;) và tham chiếu ký tự (như &#160;); thay thực thể khác bằng chính ký tự đó",
        en:
            "only the five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references (such as &#160;) may be used; write any other as the character itself",
        examples: [
            .triggers("&nbsp; in a text", [edit("Sơ kết phong trào", "Sơ kết&nbsp;phong trào")]),
            .passes("&#160; in a text", [edit("Sơ kết phong trào", "Sơ kết&#160;phong trào")]),
        ])

    static let ampersand = FindingKind(
        "xml.ampersand", .error,
        vi: "ký tự & đứng một mình; trong XML phải viết & thành &amp; (ví dụ: Phòng Tổ chức &amp; Cán bộ)",
        en: "a bare & character; in XML write & as &amp; (for example: Phòng Tổ chức &amp; Cán bộ)",
        examples: [
            .triggers("Tổ chức & Cán bộ", [edit("name=\"Văn phòng\"", "name=\"Phòng Tổ chức & Cán bộ\"")]),
            .passes("Tổ chức &amp; Cán bộ", [edit("name=\"Văn phòng\"", "name=\"Phòng Tổ chức &amp; Cán bộ\"")]),
        ])

    static let lessThan = FindingKind(
        "xml.less-than", .error,
        vi: "ký tự < nằm trong giá trị thuộc tính hoặc nội dung chữ; trong XML phải viết < thành &lt;",
        en: "a < character inside a value or a text; in XML write < as &lt;",
        examples: [
            .triggers("a < inside a value", [edit("name=\"Văn phòng\"", "name=\"Văn phòng <1>\"")]),
            .passes("&lt; inside a value", [edit("name=\"Văn phòng\"", "name=\"Văn phòng &lt;1&gt;\"")]),
        ])

    static let tagMismatch = FindingKind(
        "xml.tag-mismatch", .error, parameters: ["open", "line", "close"],
        vi: "thẻ mở <{open}> ở dòng {line} không khớp với thẻ đóng </{close}>; sửa thẻ đóng thành </{open}>",
        en: "the start tag <{open}> on line {line} does not match the end tag </{close}>; make the end tag </{open}>",
        examples: [
            .triggers("</movement> closing <movements>", [edit("</movements>", "</movement>")]),
            .passes("a report", [.submission()]),
        ])

    static let tooDeep = FindingKind(
        "xml.too-deep", .error,
        vi:
            "các phần tử lồng nhau quá nhiều cấp, vượt xa mức cần thiết của một báo cáo; gửi lại đúng tệp do phần mềm lập báo cáo tạo ra",
        en: "elements are nested far deeper than any report needs: send the file the reporting software produced",
        examples: [
            .triggers(
                "300 nested elements",
                [
                    edit(
                        "</documents>",
                        String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300) + "</documents>")
                ],
                findingLimit: 2000),
            .passes("a report", [.submission()]),
        ])

    static let namespace = FindingKind(
        "xml.namespace", .error, parameters: ["detail"],
        vi:
            "tiền tố không gian tên chưa được khai báo hoặc khai báo sai; xóa tiền tố (như p: trong <p:preparer>) hoặc khai báo nó",
        en:
            "a namespace prefix is not declared or declared wrongly ({detail}); remove the prefix (such as p: in <p:preparer>) or declare it",
        examples: [
            .triggers("an undeclared prefix", [edit("<preparer ", "<p:preparer ")]),
            .passes("a report", [.submission()]),
        ])

    static let notWellFormed = FindingKind(
        "xml.not-well-formed", .error, parameters: ["detail"],
        vi:
            "tệp bị sai cấu trúc XML tại vị trí này ({detail}); sửa tại dòng và cột được chỉ ra rồi gửi lại",
        en:
            "the file is not well-formed XML here ({detail}); correct it at the line and column given and send it again",
        examples: [
            .triggers(
                "a file cut off in the middle", [.text("2019/01.xml", String(SampleFiles.submission.prefix(700)))]),
            .passes("a whole report", [.submission()]),
        ])

    static let xmlWarning = FindingKind(
        "xml.warning", .warning, parameters: ["detail"],
        vi: "trình đọc XML có cảnh báo tại vị trí này; tệp vẫn được chấp nhận, nhưng nên sửa trong lần gửi sau",
        en: "the XML parser warns here ({detail}); the file counts, but correct it in the next revision",
        examples: [
            .triggers("XML version 1.1", [edit("<?xml version=\"1.0\"", "<?xml version=\"1.1\"")]),
            .passes("a report", [.submission()]),
        ])

    static let doctypeForbidden = FindingKind(
        "xml.doctype-forbidden", .error,
        vi:
            "báo cáo không được chứa khai báo DOCTYPE (vì lý do an toàn: khai báo này có thể bị dùng để đọc tệp khác hoặc làm tệp phình to); xóa dòng <!DOCTYPE …> ở đầu tệp rồi gửi lại",
        en:
            "submissions may not contain a DOCTYPE declaration (it can hide entities that read other files or expand without limit); remove it and send the file again",
        examples: [
            .triggers("a DOCTYPE", [edit("<submission ", "<!DOCTYPE submission>\n<submission ")]),
            .passes("a report", [.submission()]),
        ])

    static let tooSlow = FindingKind(
        "file.too-slow", .error,
        vi:
            "thời gian đọc tệp vượt quá mức cho phép so với dung lượng tệp, nên chương trình đã dừng đọc tại đây; kiểm tra xem tệp có nội dung lặp lại bất thường hoặc do máy tự sinh ra không, sửa rồi gửi lại",
        en:
            "reading this file took longer than its size justifies, so it was stopped here and not read further; check the file for repeated or machine-made content, correct it and send it again",
        examples: [
            .triggers(
                "a report with no CPU time allowed", [.submission()],
                cpuBudget: CPUBudget(baseSeconds: 0, secondsPerMiB: 0)),
            .passes("a report with the usual allowance", [.submission()]),
        ])

    // MARK: The schema

    static let schemaEnumeration = FindingKind(
        "schema.enumeration", .error, parameters: ["place", "value", "allowed"],
        vi: "{place}giá trị \"{value}\" không thuộc danh sách được phép; ghi một trong các giá trị: {allowed}",
        en: "{place}the value \"{value}\" is not one of the allowed values; write one of: {allowed}",
        examples: [
            .triggers("gender written in Vietnamese", [edit("gender=\"female\"", "gender=\"nữ\"")]),
            .passes("gender female", [.submission()]),
        ])

    static let schemaRange = FindingKind(
        "schema.value-range", .error, parameters: ["place", "value", "bound"],
        vi: "{place}giá trị {value} nằm ngoài khoảng cho phép ({bound}); sửa lại giá trị cho đúng",
        en: "{place}the value {value} is outside the allowed range ({bound}); correct it",
        examples: [
            .triggers(
                "the year 1999",
                [.submission("1999/01.xml") { $0.replacingOccurrences(of: "year=\"2019\"", with: "year=\"1999\"") }]),
            .passes("the year 2019", [.submission()]),
        ])

    static let schemaNoSuchDate = FindingKind(
        "schema.no-such-date", .error, parameters: ["place", "value", "why"],
        vi: "{place}ngày \"{value}\" không có thật ({why}); ghi một ngày có thật theo dạng YYYY-MM-DD",
        en: "{place}\"{value}\" is not a real date ({why}); write a date that exists, as YYYY-MM-DD",
        examples: [
            .triggers("30 February", [edit("asOf=\"2019-12-31\"", "asOf=\"2019-02-30\"")]),
            .triggers("a 13th month", [edit("asOf=\"2019-12-31\"", "asOf=\"2019-13-01\"")]),
            .passes("31 December", [.submission()]),
        ])

    static let schemaValueForm = FindingKind(
        "schema.value", .error, parameters: ["place", "value", "form", "example"],
        vi: "{place}{value} không đúng định dạng; cách ghi đúng: {form}{example}",
        en: "{place}{value} is not in the right form; expected: {form}{example}",
        examples: [
            .triggers(
                "a date-time written the Vietnamese way",
                [edit("submitted=\"2020-01-08T12:40:00+07:00\"", "submitted=\"08/01/2020 12:40\"")]),
            .triggers(
                "a date without its time zone",
                [edit("submitted=\"2020-01-08T12:40:00+07:00\"", "submitted=\"2020-01-08T12:40:00\"")]),
            .triggers("a decimal comma", [edit("actual=\"92.99\"", "actual=\"92,99\"")]),
            .passes("a zoned date-time", [.submission()]),
        ])

    static let schemaAttributeMissing = FindingKind(
        "schema.attribute-missing", .error, parameters: ["element", "attribute", "meaning", "example"],
        vi: "phần tử <{element}> thiếu thuộc tính bắt buộc {attribute}{meaning}; bổ sung thuộc tính này{example}",
        en: "element <{element}> lacks the required attribute {attribute}{meaning}; add it{example}",
        examples: [
            .triggers("a workforce without women", [edit(" women=\"21\"", "")]),
            .passes("a complete workforce", [.submission()]),
        ])

    static let schemaAttributeUnknown = FindingKind(
        "schema.attribute-unknown", .error, parameters: ["element", "attribute", "allowed"],
        vi: "phần tử <{element}> có thuộc tính {attribute} không được phép; xóa thuộc tính hoặc sửa lại tên{allowed}",
        en:
            "element <{element}> has an attribute {attribute} that is not allowed; remove it or correct its name{allowed}",
        examples: [
            .triggers("a misspelt attribute", [edit(" women=\"21\"", " woman=\"21\"")]),
            .passes("a complete workforce", [.submission()]),
        ])

    static let schemaElement = FindingKind(
        "schema.element", .error, parameters: ["element", "expected"],
        vi: "phần tử <{element}> không được phép ở vị trí này{expected}",
        en: "element <{element}> is not allowed here{expected}",
        examples: [
            .triggers("a misspelt element", [edit("<workforce ", "<workforse ")]),
            .triggers("elements in the wrong order", [edit("<movements>", "<documents></documents><movements>")]),
            .passes("a report", [.submission()]),
        ])

    static let schemaElementMissing = FindingKind(
        "schema.element-missing", .error, parameters: ["element", "expected"],
        vi: "phần tử <{element}> thiếu phần tử con bắt buộc {expected}; bổ sung phần tử này vào trong <{element}>",
        en: "element <{element}> lacks a required child element {expected}; add it inside <{element}>",
        examples: [
            .triggers(
                "a decision without recipients",
                [
                    .board {
                        $0.replacingOccurrences(
                            of:
                                "<recipient kind=\"person\" agency=\"01\" id=\"0101000001\" name=\"Nguyễn Thị Lan\" gender=\"female\" level=\"staff\"/>",
                            with: "")
                    }
                ]),
            .passes("a decision with a recipient", [.board()]),
        ])

    static let schemaText = FindingKind(
        "schema.text", .error, parameters: ["element"],
        vi:
            "phần tử <{element}> chỉ được chứa các phần tử con, không được chứa chữ; xóa phần chữ thừa trong phần tử này",
        en: "element <{element}> holds child elements only, not text; remove the text",
        examples: [
            .triggers("text among the collectives", [edit("<collectives>", "<collectives>Tập thể")]),
            .passes("a report", [.submission()]),
        ])
}
