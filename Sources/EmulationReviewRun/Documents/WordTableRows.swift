import Foundation
import Glibc
import ZIPFoundation

/// The row properties of the Word document's tables that pandoc 2.17 cannot write, added after it:
///
/// - Heading rows repeat at the top of every page a table runs onto (Word's "Repeat Header Rows"): a list of
///   commendations runs over many pages, and a clerk reading page 9 needs to know which column is the decision.
///   pandoc marks a table's `<thead>` rows so, but it also gives such tables the reference style's first-row look,
///   which has no borders: that look is what keeps the letterhead and the signature blocks borderless, so the data
///   tables give their headings as a first row of bold, centred cells instead, and such leading rows of a table
///   without pandoc's heading are marked here; they keep their borders.
/// - No row breaks across two pages. The reference table style says so, which Word follows; LibreOffice follows it
///   only when each row says so itself.
enum WordTableRows {
    /// The document with its tables' rows marked; nil when it is not a document this can read.
    static func marked(_ docx: Data) -> Data? {
        let path = "word/document.xml"
        guard let archive = try? Archive(data: docx, accessMode: .update, pathEncoding: nil),
            let document = archive.contents(of: path)
        else { return nil }
        let (entry, xml) = document
        let updated = Data(mark([UInt8](xml)))
        guard updated != xml else { return docx }
        // pandoc dates every entry from SOURCE_DATE_EPOCH; the new entry keeps that date, so the same review still
        // gives the same bytes.
        let date = entry.fileAttributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
        do {
            try archive.remove(entry)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(updated.count), modificationDate: date,
                compressionMethod: .deflate,
                provider: { position, size in updated.subdata(in: Int(position)..<Int(position) + size) })
        } catch {
            return nil
        }
        return archive.data
    }

    /// The most leading rows one table may repeat: a form's headings take three.
    static let maximumRows = 3

    /// `document.xml` with the rows of its tables marked.
    static func mark(_ xml: String) -> String { String(decoding: mark(Array(xml.utf8)), as: UTF8.self) }

    /// The same on the document's bytes: every mark is ASCII, so the document is scanned as bytes, once.
    static func mark(_ xml: [UInt8]) -> [UInt8] {
        xml.withUnsafeBufferPointer { source in
            let text = Scan(bytes: source)
            var out: [UInt8] = []
            out.reserveCapacity(source.count + source.count / 8)
            var at = 0
            while let start = text.find(Tag.table, in: at..<source.count) {
                out += source[at..<start]
                guard let close = text.find(Tag.tableEnd, in: start + Tag.table.count..<source.count) else {
                    at = start
                    break
                }
                at = close + Tag.tableEnd.count
                markTable(text, start..<at, into: &out)
            }
            out += source[at...]
            return out
        }
    }

    /// The marks and the tags they are found by.
    private enum Tag {
        static let table = Array("<w:tbl>".utf8)
        static let tableEnd = Array("</w:tbl>".utf8)
        static let row = Array("<w:tr>".utf8)
        static let rowEnd = Array("</w:tr>".utf8)
        static let rowProperties = Array("<w:trPr>".utf8)
        static let rowPropertiesEnd = Array("</w:trPr>".utf8)
        static let pandocHeading = Array("<w:tblHeader".utf8)
        static let noFirstRowLook = Array("w:firstRow=\"0\"".utf8)
        static let alignment = Array("<w:jc w:val=\"".utf8)
        static let centred = Array("center\"".utf8)
        static let run = Array("<w:r>".utf8)
        static let runEnd = Array("</w:r>".utf8)
        static let text = Array("<w:t".utf8)
        static let runPropertiesEnd = Array("</w:rPr>".utf8)
        static let bold = Array("<w:b />".utf8)
        static let heading = Array("<w:tblHeader w:val=\"true\" />".utf8)
        static let whole = Array("<w:cantSplit />".utf8)
    }

    /// One table (pandoc writes no table inside another).
    private static func markTable(_ text: Scan, _ table: Range<Int>, into out: inout [UInt8]) {
        // A table with pandoc's own heading has its heading rows marked already, and the borderless look.
        var headings =
            !text.contains(Tag.pandocHeading, in: table) && text.contains(Tag.noFirstRowLook, in: table)
            ? maximumRows : 0
        var at = table.lowerBound
        while let row = text.find(Tag.row, in: at..<table.upperBound),
            let rowEnd = text.find(Tag.rowEnd, in: row + Tag.row.count..<table.upperBound)
        {
            out += text.bytes[at..<row]
            let body = row + Tag.row.count..<rowEnd + Tag.rowEnd.count
            let heading = headings > 0 && isHeading(text, body)
            headings = heading ? headings - 1 : 0
            // A row's properties are one element, whose parts come in any order.
            out += Tag.row + Tag.rowProperties
            if heading { out += Tag.heading }
            out += Tag.whole
            if text.hasPrefix(Tag.rowProperties, at: body) {
                out += text.bytes[body.lowerBound + Tag.rowProperties.count..<body.upperBound]
            } else {
                out += Tag.rowPropertiesEnd
                out += text.bytes[body]
            }
            at = body.upperBound
        }
        out += text.bytes[at..<table.upperBound]
    }

    /// Whether a row is a heading: it has text, every run of text is bold, and no paragraph is set otherwise than
    /// centred. A group's row inside a table (a cluster's name across the ranking) is bold too, but set to the left.
    private static func isHeading(_ text: Scan, _ row: Range<Int>) -> Bool {
        var at = row.lowerBound
        while let alignment = text.find(Tag.alignment, in: at..<row.upperBound) {
            at = alignment + Tag.alignment.count
            guard text.hasPrefix(Tag.centred, at: at..<row.upperBound) else { return false }
        }
        // A run reaches to the next run; a line break inside a heading is a run of its own, without text or
        // properties.
        var runs = 0
        var next = text.find(Tag.run, in: row)
        while let run = next {
            let start = run + Tag.run.count
            next = text.find(Tag.run, in: start..<row.upperBound)
            let end = next ?? row.upperBound
            guard text.contains(Tag.text, in: start..<end) else { continue }
            runs += 1
            let close = text.find(Tag.runEnd, in: start..<end) ?? end
            guard let properties = text.find(Tag.runPropertiesEnd, in: start..<close),
                text.contains(Tag.bold, in: start..<properties)
            else { return false }
        }
        return runs > 0
    }
}

/// Finds ASCII tags in a document's bytes.
private struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Where `pattern` first starts within `range`.
    func find(_ pattern: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = pattern.first, range.count >= pattern.count, let base = bytes.baseAddress else { return nil }
        let last = range.upperBound - pattern.count
        var at = range.lowerBound
        while at <= last {
            guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if pattern.withUnsafeBytes({ memcmp(base + index, $0.baseAddress!, pattern.count) }) == 0 {
                return index
            }
            at = index + 1
        }
        return nil
    }

    func contains(_ pattern: [UInt8], in range: Range<Int>) -> Bool { find(pattern, in: range) != nil }

    /// Whether `range` starts with `pattern`.
    func hasPrefix(_ pattern: [UInt8], at range: Range<Int>) -> Bool {
        range.count >= pattern.count
            && bytes[range.lowerBound..<range.lowerBound + pattern.count].elementsEqual(pattern)
    }
}
