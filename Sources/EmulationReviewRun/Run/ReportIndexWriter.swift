import EmulationReview
import Foundation
import Glibc

/// Writes `REPORTS/index.html` from the manifests of the reports published there, atomically (a temporary file
/// flushed, then renamed over the old index), after each publication.
struct ReportIndexWriter {
    let reports: String

    func write(reference: ReferenceData?, language: Language) throws(RunFailure) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []
        var entries: [ReportIndex.Entry] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (reports as NSString).appendingPathComponent("\(name)/manifest.json")
            guard let data = FileManager.default.contents(atPath: path),
                let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
            else { continue }
            entries.append(ReportIndex.Entry(folder: name, manifest: manifest))
        }
        let html: Data
        do {
            html = try ReportIndex.html(entries, reference: reference, language: language)
        } catch {
            throw RunFailure(
                .software, Bilingual("không lập được trang mục lục: \(error)", "cannot render the index: \(error)"))
        }
        let final = (reports as NSString).appendingPathComponent("index.html")
        let temporary = (reports as NSString).appendingPathComponent(".index.html.\(getpid())")
        unlink(temporary)
        try DurableFile.write(html, to: temporary)
        guard rename(temporary, final) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RunFailure(
                .ioError, Bilingual("không ghi được \(final): \(reason)", "cannot write \(final): \(reason)"))
        }
    }
}
