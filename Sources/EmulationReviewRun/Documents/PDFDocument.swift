import EmulationReview
import Foundation

/// `review.pdf`: the HTML report's print layout (A4, landscape forms, page numbers) rendered by WeasyPrint, which
/// implements CSS paged media. Optional (`outputs: [pdf]`): WeasyPrint and its fonts make a cron host heavier, and
/// a review phase takes it about 20 s.
public enum PDFDocument {
    static let tool = ExternalTool(name: "weasyprint", install: "install Debian's weasyprint package")

    public static func make(html: Data, sourceDate: Day) throws(RunFailure) -> Data {
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try html.write(to: folder.appendingPathComponent("review.html"))
        } catch {
            throw RunFailure(.ioError, "cannot write a temporary file for the PDF: \(error.localizedDescription)")
        }
        try tool.run(["--quiet", "review.html", "review.pdf"], in: folder, sourceDate: sourceDate)
        guard let pdf = FileManager.default.contents(atPath: folder.appendingPathComponent("review.pdf").path) else {
            throw RunFailure(.software, "WeasyPrint wrote no PDF")
        }
        return pdf
    }
}
