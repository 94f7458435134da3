import EmulationReview
import Foundation
import Glibc
import ZIPFoundation

/// `review.docx`: the review as a Word document the board's staff edit, number, sign and send on. The core
/// writes its source (`WordSource`, HTML and the charts as SVG); here rsvg-convert draws the charts as PNG and
/// pandoc makes the document, styled by the reference document `Resources/reference.docx`
/// (made by `Scripts/make-reference-docx`), a form too wide for a portrait page on a landscape page of its own
/// (`Resources/landscape.lua`), the tables' heading rows repeated on each page they run onto and no row broken
/// across two pages (`WordTableRows`).
public enum WordDocument {
    static let pandoc = ExternalTool(
        name: "pandoc",
        remedy: Bilingual(
            "hãy chạy Scripts/bootstrap để cài gói pandoc của Debian",
            "run Scripts/bootstrap, which installs Debian's pandoc"))
    static let rsvg = ExternalTool(
        name: "rsvg-convert",
        remedy: Bilingual(
            "hãy chạy Scripts/bootstrap để cài gói librsvg2-bin của Debian",
            "run Scripts/bootstrap, which installs Debian's librsvg2-bin"))

    /// Ample for the largest review (a second or two is usual); a stuck converter must not hold the run.
    static let timeout = 120.0

    /// The document's bytes. The same review, language, pandoc and fonts give the same bytes: pandoc takes its
    /// dates from `SOURCE_DATE_EPOCH`, which is the review's as-of day at 00:00 UTC, never the clock.
    public static func make(_ review: Review, language: Language) throws(RunFailure) -> Data {
        let source: WordSource.Document
        do {
            source = try WordSource.document(review, language: language)
        } catch {
            throw RunFailure(
                .software,
                Bilingual(
                    "không tạo được bản nguồn của tài liệu Word: \(error)",
                    "cannot write the Word document's source: \(error)"))
        }
        guard let reference = Bundle.module.url(forResource: "reference", withExtension: "docx"),
            let landscape = Bundle.module.url(forResource: "landscape", withExtension: "lua")
        else {
            throw RunFailure(
                .software,
                Bilingual(
                    "thiếu tệp reference.docx hoặc landscape.lua của chương trình bên cạnh tệp thực thi; hãy cài đặt lại chương trình",
                    "the program's reference.docx or landscape.lua is missing beside the executable; reinstall the program"
                ))
        }
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let epoch = ["SOURCE_DATE_EPOCH": String(review.asOf.epochSeconds)]
        try write(Data(source.html.utf8), "review.html", in: folder)
        for chart in source.charts {
            try write(Data(chart.svg.utf8), chart.svgFile, in: folder)
            // Twice the chart's own size, so that the printed chart is sharp.
            try rsvg.run(
                ["--zoom", "2", "--format", "png", "--output", chart.image, chart.svgFile], in: folder,
                environment: epoch, timeout: timeout)
        }
        let convert = { (filters: [String]) throws(RunFailure) -> Data in
            try pandoc.run(
                ["--from", "html", "--to", "docx", "--reference-doc", reference.path] + filters + [
                    "--resource-path", folder, "-o", "review.docx", "review.html",
                ], in: folder, environment: epoch, timeout: timeout)
            let output = (folder as NSString).appendingPathComponent("review.docx")
            guard let data = FileManager.default.contents(atPath: output) else {
                throw RunFailure(
                    .software,
                    Bilingual(
                        "pandoc báo đã chạy xong nhưng không tạo ra \(output)",
                        "pandoc reported success but wrote no \(output)"))
            }
            return data
        }
        var data = try convert(["--lua-filter", landscape.path])
        // A pandoc that numbers the reference document's header otherwise than rId9 would leave the sections the
        // filter adds pointing at nothing, which Word refuses: the forms then stay on portrait pages.
        if !pageNumberHeaderIsRId9(data) { data = try convert([]) }
        return WordTableRows.marked(data) ?? data
    }

    /// Whether the document's relationship `rId9`, which `Resources/landscape.lua` names, is its header.
    static func pageNumberHeaderIsRId9(_ docx: Data) -> Bool {
        guard let archive = try? Archive(data: docx, accessMode: .read, pathEncoding: nil),
            let rels = archive.contents(of: "word/_rels/document.xml.rels")
        else { return false }
        return String(decoding: rels.data, as: UTF8.self).components(separatedBy: "<Relationship ").contains {
            $0.contains("Id=\"rId9\"") && $0.contains("/relationships/header\"")
        }
    }

    static func write(_ data: Data, _ name: String, in folder: String) throws(RunFailure) {
        let path = (folder as NSString).appendingPathComponent(name)
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw RunFailure(
                .ioError,
                Bilingual(
                    "không ghi được \(path): \(error.localizedDescription); hãy kiểm tra đĩa",
                    "cannot write \(path): \(error.localizedDescription); check the disk"))
        }
    }
}

extension Archive {
    /// One entry of the archive and its bytes; nil when it has no such entry or the entry cannot be read.
    func contents(of path: String) -> (entry: Entry, data: Data)? {
        guard let entry = self[path] else { return nil }
        var data = Data()
        guard (try? extract(entry, consumer: { data.append($0) })) != nil else { return nil }
        return (entry, data)
    }
}
