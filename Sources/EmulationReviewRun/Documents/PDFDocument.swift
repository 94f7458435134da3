import EmulationReview
import Foundation

/// `review.pdf`: the HTML report's print layout (A4, landscape forms, page numbers) rendered by WeasyPrint, which
/// implements CSS paged media. Optional (`outputs: [pdf]`): WeasyPrint and its fonts make a cron host heavier, and
/// a review phase takes it about 20 s.
public enum PDFDocument {
    static let tool = ExternalTool(
        name: "weasyprint",
        remedy: Bilingual(
            "hãy cài gói weasyprint của Debian (hoặc chạy Scripts/bootstrap)",
            "install Debian's weasyprint package (or run Scripts/bootstrap)"))

    public static func make(html: Data, sourceDate: Day) throws(RunFailure) -> Data {
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = (folder as NSString).appendingPathComponent("review.html")
        // The links to the agencies' pages lead nowhere on paper, and WeasyPrint would write the temporary folder
        // into them: the PDF keeps their text without the link, and the same bytes on every run.
        let printed = Data(
            String(decoding: html, as: UTF8.self).replacingOccurrences(
                of: "<a href=\"agencies/", with: "<a data-page=\"agencies/"
            )
            .utf8)
        guard FileManager.default.createFile(atPath: source, contents: printed) else {
            throw RunFailure(
                .ioError,
                Bilingual(
                    "không ghi được vào thư mục tạm \(folder); hãy kiểm tra đĩa và biến TMPDIR",
                    "cannot write in the temporary folder \(folder); check the disk and TMPDIR"))
        }
        try tool.run(
            ["--quiet", "review.html", "review.pdf"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": String(sourceDate.epochSeconds)], timeout: 600)
        guard let pdf = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("review.pdf"))
        else {
            throw RunFailure(.software, Bilingual("WeasyPrint không tạo ra tệp PDF nào", "WeasyPrint wrote no PDF"))
        }
        return pdf
    }
}
