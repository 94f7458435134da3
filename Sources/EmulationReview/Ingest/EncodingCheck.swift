/// The encodings a file may be in, enforced before parsing: UTF-8 (with or without a byte-order mark) and
/// UTF-16 with a byte-order mark. libxml2 would also read ISO-8859-1, EBCDIC, UTF-32 and UTF-16 without a mark,
/// and then a report written in any of them would count, although nobody who reads the format expects them.
enum EncodingCheck {
    static let codes: [FindingKind] = [.encoding]

    /// A finding for a file in an encoding that is not accepted; nil for UTF-8 and UTF-16 with a mark.
    static func check(_ bytes: [UInt8], file: String) -> Finding? {
        func refuse(_ what: Bilingual) -> Finding {
            FindingKind.encoding.make(file: file, at: .start, ["what": what])
        }
        let utf32 = Bilingual("được mã hóa UTF-32", "in UTF-32")
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return refuse(utf32)
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return nil }  // UTF-16, marked
        if bytes.starts(with: [0x00, 0x00, 0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00, 0x00, 0x00]) {
            return refuse(utf32)
        }
        if bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00]) {
            return refuse(Bilingual("được mã hóa UTF-16 không có dấu BOM", "in UTF-16 without a byte-order mark"))
        }
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) { return refuse(Bilingual("được mã hóa EBCDIC", "in EBCDIC")) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let declared = declaredEncoding(body), !["utf-8", "utf8"].contains(declared.lowercased()) {
            return refuse(
                Bilingual("khai báo mã hóa encoding=\"\(declared)\"", "declared as encoding=\"\(declared)\""))
        }
        return nil
    }

    /// The `encoding` of the XML declaration at the start of ASCII-compatible bytes, if there is one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let declaration = bytes.prefix(256).prefix { $0 != UInt8(ascii: ">") }
        let text = String(decoding: declaration, as: UTF8.self)
        guard let range = text.range(of: "encoding") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}

extension FindingKind {
    static let encoding = FindingKind(
        "xml.encoding", .error, parameters: ["what"],
        vi:
            "tệp {what}; lưu lại dưới dạng UTF-8 (trong hầu hết trình soạn thảo: chọn Lưu thành (Save As), mục Mã hóa (Encoding) chọn UTF-8) rồi gửi lại",
        en: "the file is {what}; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8) and send it again",
        examples: [
            .triggers(
                "a report declared as windows-1258",
                [.submission { $0.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"windows-1258\"") }]),
            .triggers(
                "a report in Latin-1 bytes declared as UTF-8",
                [
                    ExampleFile(
                        "2019/01.xml",
                        .bytes(
                            Array(SampleFiles.submission.utf8.prefix(300)) + [0xE0, 0x20]
                                + Array(SampleFiles.submission.utf8.dropFirst(300))))
                ]),
            .passes("a report in UTF-8", [.submission()]),
        ])
}
