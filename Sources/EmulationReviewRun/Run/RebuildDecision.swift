import EmulationReview

/// Whether a report must be rebuilt after a change of inputs: always when a changed year is one of its own, the
/// year before it, or a history year whose facts it used changed (`ReportUsage`); never for a change it did not
/// use, such as an indicator value of a year it reads only for its people's past.
enum RebuildDecision {
    static func needed(_ period: Period, changedYears: Set<Int>, usage: ReportUsage, archive: InputArchive) -> Bool {
        let read = ReviewLoader.readRange(of: period)
        let own = (period.first - 1)...period.last
        let changed = changedYears.filter(read.contains)
        if changed.contains(where: own.contains) { return true }
        let people = Set(usage.people)
        let files = archive.ingestedFiles
        for year in changed {
            let submissions = files.compactMap { file -> Submission? in
                guard file.outcome == .accepted, let submission = file.submission, submission.year == year else {
                    return nil
                }
                return submission
            }
            let board = files.lazy.compactMap { file -> BoardYear? in
                guard file.outcome == .accepted, case .board(let board) = file.content, board.year == year else {
                    return nil
                }
                return board
            }.first
            let now = ReportUsage.digest(submissions: submissions, board: board, people: people)
            let empty = submissions.isEmpty && board == nil
            if usage.years[year] != now && !(usage.years[year] == nil && empty) { return true }
        }
        return false
    }
}
