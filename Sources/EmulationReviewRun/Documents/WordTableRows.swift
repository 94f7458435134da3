import Foundation
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
        let updated = Data(mark(String(decoding: xml, as: UTF8.self)).utf8)
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
    static func mark(_ xml: String) -> String {
        var out = ""
        out.reserveCapacity(xml.utf8.count + xml.utf8.count / 8)
        var rest = xml[...]
        while let start = rest.range(of: "<w:tbl>") {
            out.append(contentsOf: rest[..<start.lowerBound])
            guard let end = rest.range(of: "</w:tbl>", range: start.upperBound..<rest.endIndex) else {
                rest = rest[start.lowerBound...]
                break
            }
            out += markTable(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        out.append(contentsOf: rest)
        return out
    }

    private static let heading = "<w:tblHeader w:val=\"true\" />"
    private static let whole = "<w:cantSplit />"

    /// One table (pandoc writes no table inside another).
    private static func markTable(_ table: Substring) -> String {
        // A table with pandoc's own heading has its heading rows marked already, and the borderless look.
        var headings =
            !table.contains("<w:tblHeader") && table.contains("w:firstRow=\"0\"") ? maximumRows : 0
        var out = ""
        var rest = table
        while let row = rest.range(of: "<w:tr>"),
            let rowEnd = rest.range(of: "</w:tr>", range: row.upperBound..<rest.endIndex)
        {
            out.append(contentsOf: rest[..<row.lowerBound])
            let body = rest[row.upperBound..<rowEnd.upperBound]
            var properties = whole
            if headings > 0, isHeading(body) {
                properties = heading + whole
                headings -= 1
            } else {
                headings = 0
            }
            // A row's properties are one element, whose parts come in any order.
            if body.hasPrefix("<w:trPr>") {
                out += "<w:tr><w:trPr>" + properties + body.dropFirst("<w:trPr>".count)
            } else {
                out += "<w:tr><w:trPr>" + properties + "</w:trPr>" + body
            }
            rest = rest[rowEnd.upperBound...]
        }
        return out + rest
    }

    /// Whether a row is a heading: it has text, every run of text is bold, and no paragraph is set otherwise than
    /// centred. A group's row inside a table (a cluster's name across the ranking) is bold too, but set to the left.
    private static func isHeading(_ row: Substring) -> Bool {
        let alignments = row.components(separatedBy: "<w:jc w:val=\"").dropFirst()
        guard alignments.allSatisfy({ $0.hasPrefix("center\"") }) else { return false }
        // A line break inside a heading is a run of its own, without text or properties.
        let runs = row.components(separatedBy: "<w:r>").dropFirst().filter { $0.contains("<w:t") }
        return !runs.isEmpty
            && runs.allSatisfy { run in
                let run = run[..<(run.range(of: "</w:r>")?.lowerBound ?? run.endIndex)]
                guard let properties = run.range(of: "</w:rPr>") else { return false }
                return run[..<properties.lowerBound].contains("<w:b />")
            }
    }
}
