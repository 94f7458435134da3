/// Settles which file counts when an agency sent several for one year.
///
/// - The highest revision among the valid files wins; the other valid files become `superseded`.
/// - Two files with the same revision and different bytes are both rejected: nobody can tell which one the
///   agency meant, so it must send a higher revision.
/// - A byte-identical copy of a file is superseded with a warning.
/// - Files with errors of their own take no part: they are reported with their findings, and a rejected file
///   never displaces a valid one: an agency whose correction has errors keeps its last valid
///   revision until it sends a correct one (the rejected file is reported with its findings).
public enum Resubmissions {
    static let codes: [FindingKind] = [.duplicateFile, .revisionConflict]

    public static func resolve(_ files: inout [IngestedFile]) {
        struct Key: Hashable {
            var agency: String
            var year: Int
        }
        var groups: [Key: [Int]] = [:]
        for (index, file) in files.enumerated() {
            guard let s = file.identity, file.outcome == .accepted else { continue }
            groups[Key(agency: s.agency, year: s.year), default: []].append(index)
        }
        for key in groups.keys.sorted(by: { ($0.agency, $0.year) < ($1.agency, $1.year) }) {
            let members = groups[key]!.sorted { files[$0].path < files[$1].path }
            guard members.count > 1 else { continue }
            // Same revision, several files.
            var byRevision: [Int: [Int]] = [:]
            for index in members { byRevision[files[index].identity!.revision, default: []].append(index) }
            for (revision, indices) in byRevision where indices.count > 1 {
                let first = indices[0]
                for other in indices.dropFirst() {
                    if files[other].sha256 == files[first].sha256 {
                        files[other].add(
                            FindingKind.duplicateFile.make(
                                file: files[other].path, at: files[other].identity!.location,
                                ["first": "\(files[first].path)"]))
                        if files[other].outcome == .accepted { files[other].outcome = .superseded }
                    } else {
                        for index in [first, other] {
                            let counterpart = index == first ? files[other].path : files[first].path
                            files[index].add(
                                FindingKind.revisionConflict.make(
                                    file: files[index].path, at: files[index].identity!.location,
                                    [
                                        "agency": "\(key.agency)", "year": "\(key.year)", "revision": "\(revision)",
                                        "other": "\(counterpart)",
                                    ]))
                        }
                    }
                }
            }
            let valid = members.filter { files[$0].outcome == .accepted }
            guard let winner = valid.max(by: { files[$0].identity!.revision < files[$1].identity!.revision }) else {
                continue
            }
            for index in valid where index != winner {
                files[index].outcome = .superseded
            }
        }
    }
}

extension FindingKind {
    static let duplicateFile = FindingKind(
        "submission.duplicate-file", .warning, parameters: ["first"],
        vi: "tệp này trùng hoàn toàn với tệp {first}; chỉ một tệp được chấp nhận, hãy xóa tệp trùng",
        en: "this file is an exact copy of {first}; only one copy counts, remove the other",
        fields: ["submission/@revision"],
        examples: [
            .triggers("the same report twice", [.submission("2019/01.xml"), .submission("2019/01-copy.xml")]),
            .passes("one report", [.submission()]),
        ])

    static let revisionConflict = FindingKind(
        "submission.revision-conflict", .error, parameters: ["agency", "year", "revision", "other"],
        vi:
            "đơn vị {agency} đã gửi hai tệp khác nhau cho năm {year} cùng ghi lần gửi (revision) là {revision} (tệp còn lại là {other}); gửi lại tệp đúng, ghi revision lớn hơn {revision}",
        en:
            "agency {agency} sent two different files for {year} with revision {revision} (the other is {other}); send the correct one again with a higher revision",
        fields: ["submission/@revision"],
        examples: [
            .triggers(
                "two different reports with revision 1",
                [
                    .submission("2019/01.xml"),
                    .submission("2019/01-b.xml") {
                        $0.replacingOccurrences(of: "actual=\"92.99\"", with: "actual=\"93.10\"")
                    },
                ]),
            .passes(
                "a correction with revision 2",
                [
                    .submission("2019/01.xml"),
                    .submission("2019/01-b.xml") {
                        $0.replacingOccurrences(of: "actual=\"92.99\"", with: "actual=\"93.10\"")
                            .replacingOccurrences(of: "revision=\"1\"", with: "revision=\"2\"")
                    },
                ]),
        ])
}
