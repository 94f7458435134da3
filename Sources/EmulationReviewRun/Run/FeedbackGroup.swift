import EmulationReview

/// The newly rejected submissions of one agency for one year: what one feedback email covers, so that however
/// many files an agency sends in a run, it gets one email per year.
struct FeedbackGroup: Sendable, Equatable {
    var agency: String
    var year: Int
    /// Sorted by path.
    var files: [RejectedFile]
    /// The files' content digests, sorted: the delivery records them, and the ledger then counts each file as
    /// notified, so a later run never sends the same content again, alone or in another group.
    var digests: [String]
    /// The preparer addresses the files give, in file order; `FeedbackRecipients` decides which are used.
    var preparers: [String]

    /// The group's content: the SHA-256 of its sorted file digests, one per line. The same files give the same
    /// digest, so a retry finds its delivery and reuses the Message-ID.
    var digest: String { Digest.sha256(digests.joined(separator: "\n")) }

    /// The rejected submissions whose content the ledger has not settled, grouped by agency and year (year first,
    /// then agency). `unnamed`: the paths of rejected submissions too broken to say whose they are.
    static func newlyRejected(_ files: [IngestedFile], ledger: DeliveryLedger) -> (
        groups: [FeedbackGroup], unnamed: [String]
    ) {
        var byKey: [Key: FeedbackGroup] = [:]
        var unnamed: [String] = []
        for file in files.sorted(by: { $0.path < $1.path })
        where file.outcome == .rejected && file.format == .submission
            && !ledger.isSettled(.feedback, digest: file.sha256)
        {
            // The identity outlives the content, which a run drops for rejected files.
            let sender =
                file.identity.map { ($0.agency, $0.year, $0.revision, $0.preparer?.email ?? "") }
                ?? file.submission.map { ($0.agency, $0.year, $0.revision, $0.preparer.email) }
            guard let (agency, year, revision, preparer) = sender, !agency.isEmpty, year > 0 else {
                unnamed.append(file.path.escapingControls)
                continue
            }
            let key = Key(year: year, agency: agency)
            var group =
                byKey[key] ?? FeedbackGroup(agency: key.agency, year: key.year, files: [], digests: [], preparers: [])
            group.files.append(
                RejectedFile(
                    path: file.path.escapingControls, revision: revision > 0 ? revision : nil,
                    findings: file.findings.map { $0.formatted(.vi) }))
            group.digests.append(file.sha256)
            if !preparer.isEmpty { group.preparers.append(preparer) }
            byKey[key] = group
        }
        let groups = byKey.keys.sorted().map { key in
            var group = byKey[key]!
            group.digests.sort()
            return group
        }
        return (groups, unnamed)
    }

    private struct Key: Hashable, Comparable {
        var year: Int
        var agency: String

        static func < (a: Key, b: Key) -> Bool { (a.year, a.agency) < (b.year, b.agency) }
    }
}
