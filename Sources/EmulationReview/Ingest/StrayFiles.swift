/// Bounds what one agency's stray files can add to a review: a year folder with thousands of superseded or
/// rejected files from one agency (or of no recognisable agency) would otherwise list every one of them in every
/// table and finding. Accepted files always stay; of the others, the first `limit` of each agency and year (by
/// path) are listed, and the last of them says how many more were left out.
public enum StrayFiles {
    public static let defaultLimit = 20

    /// Removes the surplus files and returns how many were removed.
    @discardableResult
    public static func limit(_ files: inout [IngestedFile], perAgencyAndYear limit: Int = defaultLimit) -> Int {
        struct Group: Hashable {
            var agency: String
            var year: Int?
        }
        var listed: [Group: [Int]] = [:]
        var dropped: [Group: Int] = [:]
        var keep = [Bool](repeating: true, count: files.count)
        for index in files.indices where files[index].outcome != .accepted {
            let file = files[index]
            let group = Group(
                agency: file.identity?.agency ?? "", year: file.identity?.year ?? InputFolder.folderYear(of: file.path))
            if listed[group, default: []].count < limit {
                listed[group, default: []].append(index)
            } else {
                keep[index] = false
                dropped[group, default: 0] += 1
            }
        }
        for (group, count) in dropped {
            guard let last = listed[group]?.last else { continue }
            let whose = group.agency.isEmpty ? "of no recognisable agency" : "of agency \(group.agency)"
            let year = group.year.map { " for \($0)" } ?? ""
            files[last].add(
                Finding(
                    "submission.files-dropped", .warning, file: files[last].path, at: .start,
                    "\(count) more superseded or rejected files \(whose)\(year) are not listed in this report (only "
                        + "the first \(limit) are); keep one current file per agency and year in the folder and remove "
                        + "the others"))
        }
        let removed = keep.filter { !$0 }.count
        if removed > 0 { files = files.indices.filter { keep[$0] }.map { files[$0] } }
        return removed
    }
}
