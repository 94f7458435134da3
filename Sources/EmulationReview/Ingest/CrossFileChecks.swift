/// The checks that look across files rather than inside one, shared by `validate` and the review runs so that
/// both settle the same set of files the same way.
public enum CrossFileChecks {
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
                    Finding(
                        "board.duplicate", .error, file: files[index].path, at: board.location,
                        "there is already a board's file for \(board.year) in this folder; keep one"))
            }
        }
    }
}
