/// Bounds what one agency's stray files can add to a review: a year folder with thousands of superseded or
/// rejected files from one agency (or of no recognisable agency) would otherwise list every one of them in every
/// table and finding. Accepted files always stay; of the others, the `limit` newest of each agency and year (by
/// revision, then path) are listed, and the last of them says how many more were left out. The newest, because a
/// new file an agency sends is the one it waits to hear about.
public enum StrayFiles {
    static let codes: [FindingKind] = [.filesDropped]

    public static let defaultLimit = 20

    /// Removes the surplus files and returns how many were removed.
    @discardableResult
    public static func limit(_ files: inout [IngestedFile], perAgencyAndYear limit: Int = defaultLimit) -> Int {
        struct Group: Hashable {
            var agency: String
            var year: Int?
        }
        var members: [Group: [Int]] = [:]
        for index in files.indices where files[index].outcome != .accepted {
            let file = files[index]
            let group = Group(
                agency: file.identity?.agency ?? "", year: file.identity?.year ?? InputFolder.folderYear(of: file.path))
            members[group, default: []].append(index)
        }
        var listed: [Group: [Int]] = [:]
        var dropped: [Group: Int] = [:]
        var keep = [Bool](repeating: true, count: files.count)
        for (group, indices) in members where indices.count > limit {
            let newest = indices.sorted {
                ((files[$0].identity?.revision ?? 0), files[$1].path) > (
                    (files[$1].identity?.revision ?? 0), files[$0].path
                )
            }
            listed[group] = Array(newest.prefix(limit))
            for index in newest.dropFirst(limit) { keep[index] = false }
            dropped[group] = indices.count - limit
        }
        for (group, count) in dropped {
            guard let last = listed[group]?.last else { continue }
            let whose =
                group.agency.isEmpty
                ? Bilingual("không rõ đơn vị", "of no recognisable agency")
                : Bilingual("của đơn vị \(group.agency)", "of agency \(group.agency)")
            let year = group.year.map { Bilingual(" năm \($0)", " for \($0)") } ?? .noPlace
            files[last].add(
                FindingKind.filesDropped.make(
                    file: files[last].path, at: .start,
                    ["count": "\(count)", "whose": whose, "year": year, "limit": "\(limit)"]))
        }
        let removed = keep.filter { !$0 }.count
        if removed > 0 { files = files.indices.filter { keep[$0] }.map { files[$0] } }
        return removed
    }
}

extension FindingKind {
    /// Raised by the review runs only (`validate` lists every file it is given): its examples use a limit of 20
    /// files per agency and year.
    static let filesDropped = FindingKind(
        "submission.files-dropped", .warning, parameters: ["count", "whose", "year", "limit"],
        vi:
            "còn {count} tệp bị thay thế hoặc bị từ chối {whose}{year} không được liệt kê trong báo cáo này (chỉ liệt kê {limit} tệp mới nhất); mỗi đơn vị, mỗi năm chỉ để một tệp hiện hành trong thư mục và xóa các tệp khác",
        en:
            "{count} more superseded or rejected files {whose}{year} are not listed in this report (only the newest {limit} are); keep one current file per agency and year in the folder and remove the others",
        examples: [
            .triggers(
                "22 rejected copies of agency 01's report",
                (1...22).map { n in
                    .submission("2019/01-\(n).xml") {
                        $0.replacingOccurrences(of: "total=\"40\"", with: "total=\"-\(n)\"")
                    }
                }),
            .passes(
                "20 rejected copies",
                (1...20).map { n in
                    .submission("2019/01-\(n).xml") {
                        $0.replacingOccurrences(of: "total=\"40\"", with: "total=\"-\(n)\"")
                    }
                }),
        ])
}
