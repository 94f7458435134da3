import Foundation

/// Which agencies sent their report for each year, on time or late, and what became of every file.
enum Completeness {
    /// Vietnam's UTC offset: a deadline ends at midnight in Hanoi.
    static let vietnamOffsetSeconds: Int64 = 7 * 3600

    static func isLate(_ submitted: ZonedTimestamp, deadline: Day) -> Bool {
        let endOfDeadline =
            Int64(ZonedTimestamp.daysFromCivil(deadline.year, deadline.month, deadline.day) + 1) * 86_400
            - vietnamOffsetSeconds
        return submitted.epochSeconds >= endOfDeadline
    }

    static func statuses(_ ctx: ReviewContext) -> [SubmissionStatus] {
        var rows: [SubmissionStatus] = []
        let submissionFiles = ctx.input.files.filter {
            $0.format == .submission || ($0.format == nil && $0.identity == nil)
        }
        for year in ctx.yearsSoFar {
            let deadline = ctx.boards[year]?.deadline
            var sent: Set<String> = []
            for file in submissionFiles where fileYear(file) == year {
                let identity = file.identity
                let agency = identity?.agency ?? agencyNamedByFile(file.path, ctx: ctx) ?? ""
                if !agency.isEmpty { sent.insert(agency) }
                var state: SubmissionState
                switch file.outcome {
                case .accepted:
                    state = .onTime
                    if let deadline, let submitted = identity?.submitted ?? file.submission?.submitted,
                        isLate(submitted, deadline: deadline)
                    {
                        state = .late
                    }
                case .superseded: state = .superseded
                case .rejected, .unreadable: state = .rejected
                }
                rows.append(
                    SubmissionStatus(
                        year: year, agency: agency, agencyName: agency.isEmpty ? "" : ctx.agencyName(agency),
                        cluster: ctx.cluster(of: agency), state: state, file: file.path, revision: identity?.revision,
                        submitted: (identity?.submitted ?? file.submission?.submitted)?.text, deadline: deadline,
                        errors: file.findings.filter { $0.severity == .error }.count,
                        warnings: file.findings.filter { $0.severity == .warning }.count, sha256: file.sha256))
            }
            for agency in ctx.expectedAgencies(in: year) where !sent.contains(agency.code) {
                rows.append(
                    SubmissionStatus(
                        year: year, agency: agency.code, agencyName: agency.name, cluster: agency.cluster,
                        state: .missing, file: nil, revision: nil, submitted: nil, deadline: deadline,
                        errors: 0, warnings: 0, sha256: nil))
            }
            // Merged away during the year: never missing, its successor's report covers its months.
            let endOfYear = Day(year: year, month: 12, day: 31)
            for agency in ctx.reference.registry.agencies
            where agency.isValid(inYear: year) && !agency.reports(forYear: year) && !agency.successors.isEmpty
                && !sent.contains(agency.code)
            {
                rows.append(
                    SubmissionStatus(
                        year: year, agency: agency.code, agencyName: agency.name, cluster: agency.cluster,
                        state: .reportedBySuccessor, file: nil, revision: nil, submitted: nil, deadline: deadline,
                        errors: 0, warnings: 0, sha256: nil,
                        reportedBy: ctx.reference.lineage.heir(of: agency.code, on: endOfYear)))
            }
        }
        return rows.sorted { ($0.year, $0.agency, $0.file ?? "") < ($1.year, $1.agency, $1.file ?? "") }
    }

    /// A file too broken to say whose it is counts for the agency its name starts with (`27.xml`, `27-r2.xml`),
    /// when that is a registry code, so the agency shows as rejected rather than missing.
    static func agencyNamedByFile(_ path: String, ctx: ReviewContext) -> String? {
        let name = (path as NSString).lastPathComponent
        let stem = name.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return ctx.reference.agencies[stem] == nil ? nil : stem
    }

    /// The year a file reports: the submission's own year, else its folder's.
    static func fileYear(_ file: IngestedFile) -> Int? {
        file.identity?.year ?? InputFolder.folderYear(of: file.path)
    }

    static func summaries(_ ctx: ReviewContext, statuses: [SubmissionStatus]) -> [CompletenessSummary] {
        ctx.yearsSoFar.map { year in
            let rows = statuses.filter { $0.year == year }
            let expected = Set(ctx.expectedAgencies(in: year).map(\.code))
            let acceptedAgencies = Set(rows.filter { $0.state == .onTime || $0.state == .late }.map(\.agency))
            let rejectedAgencies = Set(rows.filter { $0.state == .rejected }.map(\.agency)).subtracting(
                acceptedAgencies)
            return CompletenessSummary(
                year: year, expected: expected.count, accepted: acceptedAgencies.intersection(expected).count,
                late: rows.filter { $0.state == .late }.count,
                rejected: rejectedAgencies.intersection(expected).count,
                missing: rows.filter { $0.state == .missing }.count,
                supersededFiles: rows.filter { $0.state == .superseded }.count, deadline: ctx.boards[year]?.deadline)
        }
    }
}
