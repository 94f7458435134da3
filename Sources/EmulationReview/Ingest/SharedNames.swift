extension IngestedFile {
    /// Lets the submission's names share the pool's copies.
    public mutating func intern(into pool: inout StringPool) {
        guard case .submission(var submission) = content else { return }
        content = nil
        for index in submission.people.indices {
            submission.people[index].name = pool.intern(submission.people[index].name)
        }
        for index in submission.collectives.indices {
            submission.collectives[index].name = pool.intern(submission.collectives[index].name)
        }
        content = .submission(submission)
    }
}
