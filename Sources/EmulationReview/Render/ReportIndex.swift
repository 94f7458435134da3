import Foundation
import Mustache

/// `Reports/index.html`: every published report and every agency's page, newest first, self-contained, so a shared
/// folder of reports is browsable without a server. Pure: made from the published manifests.
public enum ReportIndex {
    /// What the index shows of one published report, read from its manifest.
    public struct Entry: Sendable {
        public var folder: String
        public var manifest: Manifest

        public init(folder: String, manifest: Manifest) {
            self.folder = folder
            self.manifest = manifest
        }
    }

    struct Model {
        struct Report {
            let title: String
            let href: String
            let dates: String
            let pages: [Page]
            let hasPages: Bool
            let pageCount: String
        }

        struct Page {
            let href: String
            let name: String
        }

        let lang: String
        let t: [String: String]
        let heading: String
        let intro: String
        let reports: [Report]
        let hasReports: Bool
    }

    /// Newest first: the later last year, a year before the phase that ends with it, then the later first year.
    public static func html(_ entries: [Entry], reference: ReferenceData?, language: Language) throws -> Data {
        let sorted = entries.compactMap { entry in Period(entry.manifest.period).map { (entry, $0) } }
            .sorted { a, b in
                (a.1.last, a.1.isPhase ? 0 : 1, a.1.first, a.0.folder) > (
                    b.1.last, b.1.isPhase ? 0 : 1, b.1.first, b.0.folder
                )
            }
        let pick = { (vi: String, en: String) in Bilingual(vi, en)(language) }
        let reports = sorted.map { entry, period -> Model.Report in
            let m = entry.manifest
            let pages = m.outputs.map(\.file).filter { $0.hasPrefix(AgencyPages.folder + "/") }.sorted().map { file in
                let code = String(file.dropFirst(AgencyPages.folder.count + 1).dropLast(".html".count))
                let agency = reference?.agencies[code]
                let name = language == .en ? (agency?.nameEn ?? agency?.name ?? code) : (agency?.name ?? code)
                return Model.Page(href: "\(entry.folder)/\(file)", name: "\(name) (\(code))")
            }
            var dates = pick("Số liệu đến ngày ", "Figures as of ") + (Day(iso: m.asOf).map(language.date) ?? m.asOf)
            if let date = m.date.flatMap({ Day(iso: $0) }) {
                dates += pick(" · ngày báo cáo ", " · dated ") + language.date(date)
            }
            return Model.Report(
                title: m.title ?? period.description, href: "\(entry.folder)/review.html", dates: dates, pages: pages,
                hasPages: !pages.isEmpty, pageCount: pick("\(pages.count) trang đơn vị", "\(pages.count) agency pages"))
        }
        let model = Model(
            lang: language.rawValue, t: HTMLText.labels(language),
            heading: pick("Các báo cáo tổng kết thi đua, khen thưởng", "Emulation and commendation reviews"),
            intro: pick(
                "Mọi báo cáo đã công bố trong thư mục này, mới nhất trước; mỗi báo cáo có trang kết quả của từng đơn vị.",
                "Every report published in this folder, newest first; each has a page for each agency."),
            reports: reports, hasReports: !reports.isEmpty)
        guard let html = try HTMLReport.templates().render(model, withTemplate: "index") else {
            throw HTMLReport.TemplateError(
                description: "the index template index.mustache is missing from the program's Templates folder")
        }
        return Data(html.utf8)
    }
}
