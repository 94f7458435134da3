/// The checks that look across files rather than inside one, shared by `validate` and the review runs so that
/// both settle the same set of files the same way.
public enum CrossFileChecks {
    static let codes: [FindingKind] = Resubmissions.codes + [.boardDuplicate]

    /// Settles resubmissions (`Resubmissions`), then rejects every board's file after the first for a year.
    public static func settle(_ files: inout [IngestedFile]) {
        Resubmissions.resolve(&files)
        rejectDuplicateBoards(&files)
    }

    /// One board's file a year: the first by position counts, each further one is rejected.
    static func rejectDuplicateBoards(_ files: inout [IngestedFile]) {
        var boards: Set<Int> = []
        for index in files.indices {
            guard case .board(let board) = files[index].content, files[index].outcome == .accepted else { continue }
            if !boards.insert(board.year).inserted {
                files[index].add(
                    FindingKind.boardDuplicate.make(
                        file: files[index].path, at: board.location, ["year": "\(board.year)"]))
            }
        }
    }
}

extension FindingKind {
    static let boardDuplicate = FindingKind(
        "board.duplicate", .error, parameters: ["year"],
        vi:
            "thư mục này đã có một tệp của Ban Thi đua - Khen thưởng cho năm {year}; chỉ giữ lại một tệp, xóa các tệp còn lại",
        en: "there is already a board's file for {year} in this folder; keep one",
        fields: ["board/@year"],
        examples: [
            .triggers("two board's files for 2019", [.board(), .text("2019/board-2.xml", SampleFiles.board)]),
            .passes("one board's file", [.board()]),
        ])
}
