import Foundation

/// `agencies.csv` (and the workbook's agencies sheet): each agency's page in one row per year, for the staff who
/// filter by agency in Excel: its cluster, the former agencies inside, its score and rank, its policyholders
/// against plan, what became of its submission, its awards and its nominations not eligible.
enum AgencyTable {
    static func table(_ review: Review) -> CSVTable {
        let rows = AgencyRows(review)
        let counts = rows.counts()
        var out: [[CSVCell]] = []
        let years = Array(review.period.first...review.lastYear)
        for code in rows.pages {
            let formers = (rows.members[code] ?? []).filter { $0 != code }.joined(separator: " ")
            for year in years {
                let rank = review.rankings.first { $0.year == year && $0.agency == code }
                let size = rank.map { r in review.rankings.filter { $0.year == year && $0.cluster == r.cluster }.count }
                let participants = review.indicators.first {
                    $0.year == year && $0.scope == .agency && $0.code == code && $0.indicator == "PARTICIPANTS"
                }
                let submissions = (rows.submissions[code] ?? []).filter { $0.year == year }
                let status = Self.status(of: submissions)
                let awards = counts.awards[code]?[year] ?? 0
                let notEligible = counts.notEligible[code]?[year] ?? 0
                guard rank != nil || participants != nil || status != nil || awards > 0 else { continue }
                out.append([
                    .integer(year), .text(code), .text(review.reference.agencies[code]?.name ?? code),
                    .text(review.reference.agencies[code]?.cluster ?? ""), .text(formers),
                    .optional(rank?.score), .optional(rank?.rank), .optional(size), .optional(participants?.plan),
                    .optional(participants?.actual), .optional(participants?.fulfilment),
                    .optional(status?.rawValue), .integer(awards), .integer(notEligible),
                ])
            }
        }
        return CSVTable(
            header: [
                "year", "agency", "agency_name", "cluster", "includes_former", "score", "rank", "cluster_size",
                "participants_plan", "participants_actual", "participants_fulfilment_percent", "submission_status",
                "awards", "not_eligible",
            ], rows: out)
    }

    /// What became of a year's reports behind one row: each agency in it (the agency and the former agencies it
    /// carries) by its own report (the accepted one if any, else a rejected one, else what there is), and the row
    /// the worst of them, so that an office whose former agency's report was rejected does not read "accepted".
    static func status(of submissions: [SubmissionStatus]) -> SubmissionState? {
        func own(_ rows: [SubmissionStatus]) -> SubmissionState? {
            rows.first { $0.state.isAccepted }?.state
                ?? rows.first { $0.state == .rejected }?.state ?? rows.first?.state
        }
        func severity(_ state: SubmissionState) -> Int {
            switch state {
            case .onTime, .reportedBySuccessor: 0
            case .superseded: 1
            case .late: 2
            case .rejected: 3
            case .missing: 4
            }
        }
        return Dictionary(grouping: submissions, by: \.agency).values.compactMap(own).max {
            severity($0) < severity($1)
        }
    }
}
