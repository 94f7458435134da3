import Foundation

/// A linear scan of a file's raw bytes before libxml2 parses them, for the inputs whose cost in libxml2 2.9.14
/// grows faster than their size: a start tag with very many attributes (its duplicate-attribute check compares each
/// attribute with every earlier one: 400,000 attributes, 3.8 MB, took 89 s), and very many namespace declarations
/// in one file (200,000 of them, 7.5 MB, took 2.8 s, ten times the time of a quarter as many). Names are bounded by
/// libxml2 itself (50,000 characters without `XML_PARSE_HUGE`); the CPU budget (`IngestOptions.cpuBudget`) is the
/// net under anything else.
public enum StartTagScan {
    static let codes: [FindingKind] = [.tooManyNamespaces, .tooManyAttributes]

    /// The most attributes (namespace declarations included) one element of the project's formats may have;
    /// the largest element of the schemas has 10.
    public static let defaultMaxAttributes = 64
    /// The most namespace declarations one file may make; the formats use one.
    static let maxNamespaceDeclarations = 16

    /// The first start tag with more than `limit` attributes, as a finding at its `<`; nil when there is none.
    static func check(_ bytes: [UInt8], limit: Int, file: String) -> Finding? {
        bytes.withUnsafeBufferPointer { buffer -> Finding? in
            var index = 0
            let count = buffer.count
            func skip(past terminator: StaticString) {
                let length = terminator.utf8CodeUnitCount
                let bytes = terminator.utf8Start
                while index < count {
                    if buffer[index] == bytes[0], index + length <= count,
                        (0..<length).allSatisfy({ buffer[index + $0] == bytes[$0] })
                    {
                        index += length
                        return
                    }
                    index += 1
                }
            }
            var namespaces = 0
            /// The position of the next `byte` at or after `index`, or `count` (memchr: the scan's long stretches).
            func next(_ byte: UInt8) -> Int {
                guard index < count, let found = memchr(buffer.baseAddress! + index, Int32(byte), count - index) else {
                    return count
                }
                return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            while index < count {
                index = next(UInt8(ascii: "<"))
                guard index < count else { break }
                let tagStart = index
                index += 1
                guard index < count else { break }
                switch buffer[index] {
                case UInt8(ascii: "!"):
                    if index + 2 < count, buffer[index + 1] == UInt8(ascii: "-"), buffer[index + 2] == UInt8(ascii: "-")
                    {
                        skip(past: "-->")
                    } else if index + 7 < count, buffer[index + 1] == UInt8(ascii: "[") {
                        skip(past: "]]>")
                    } else {
                        skip(past: ">")
                    }
                case UInt8(ascii: "?"):
                    skip(past: "?>")
                case UInt8(ascii: "/"):
                    skip(past: ">")
                default:
                    // A start tag: count the `=` outside quoted values until its `>`.
                    var attributes = 0
                    while index < count, buffer[index] != UInt8(ascii: ">") {
                        let byte = buffer[index]
                        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                            index += 1
                            index = next(byte)
                        } else if byte == UInt8(ascii: "=") {
                            attributes += 1
                            if isNamespaceDeclaration(endingBefore: index, in: buffer) {
                                namespaces += 1
                                if namespaces > maxNamespaceDeclarations {
                                    return FindingKind.tooManyNamespaces.make(
                                        file: file, at: location(of: tagStart, in: buffer),
                                        ["limit": "\(maxNamespaceDeclarations)"])
                                }
                            }
                            if attributes > limit {
                                return FindingKind.tooManyAttributes.make(
                                    file: file, at: location(of: tagStart, in: buffer), ["limit": "\(limit)"])
                            }
                        }
                        index += 1
                    }
                }
            }
            return nil
        }
    }

    /// Whether the attribute whose `=` is at `equals` is `xmlns` or `xmlns:…`. Looks back over the name only, so
    /// the scan stays linear.
    private static func isNamespaceDeclaration(endingBefore equals: Int, in buffer: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        var end = equals
        while end > 0, isXMLSpace(buffer[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !isXMLSpace(buffer[start - 1]), buffer[start - 1] != UInt8(ascii: "<"),
            buffer[start - 1] != UInt8(ascii: "\""), buffer[start - 1] != UInt8(ascii: "'")
        {
            start -= 1
        }
        let prefix: StaticString = "xmlns"
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length, (0..<length).allSatisfy({ buffer[start + $0] == prefix.utf8Start[$0] }) else {
            return false
        }
        return end - start == length || buffer[start + length] == UInt8(ascii: ":")
    }

    /// Line and column (in characters) of a byte offset; computed only for the one finding.
    private static func location(of offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Location {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where buffer[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = buffer[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return Location(line: line, column: column)
    }
}

extension FindingKind {
    static let tooManyNamespaces = FindingKind(
        "xml.too-many-namespaces", .error, parameters: ["limit"],
        vi:
            "tệp khai báo hơn {limit} không gian tên XML (một báo cáo chỉ cần một); tệp không được đọc tiếp: xóa các khai báo xmlns thừa rồi gửi lại",
        en:
            "the file declares more than {limit} XML namespaces (a report needs one); the file was not read further: remove the extra xmlns declarations and send the file again",
        examples: [
            .triggers(
                "twenty namespace declarations",
                [
                    .submission {
                        $0.replacingOccurrences(
                            of: "<preparer ",
                            with: "<preparer " + (1...20).map { "xmlns:n\($0)=\"urn:x:\($0)\" " }.joined())
                    }
                ]),
            .passes("one namespace", [.submission()]),
        ])

    static let tooManyAttributes = FindingKind(
        "xml.too-many-attributes", .error, parameters: ["limit"],
        vi:
            "phần tử này có hơn {limit} thuộc tính (trong định dạng báo cáo, không phần tử nào có quá 12 thuộc tính); chương trình đã dừng đọc tệp: sửa phần tử này rồi gửi lại",
        en:
            "this element has more than {limit} attributes (no element of the format has more than 12); the file was not read further: correct the element and send the file again",
        examples: [
            .triggers(
                "an element with 70 attributes",
                [
                    .submission {
                        $0.replacingOccurrences(
                            of: "<preparer ", with: "<preparer " + (1...70).map { "a\($0)=\"x\" " }.joined())
                    }
                ]),
            .passes("a report", [.submission()]),
        ])
}
