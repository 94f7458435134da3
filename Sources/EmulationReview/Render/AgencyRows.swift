import Foundation

/// The rows of the review that belong to one agency and its former agencies, gathered once for every page. The
/// awards and nominations are held as positions in the review's own lists, never copied.
struct AgencyRows {
    var members: [String: [String]] = [:]  // page agency → itself and its former agencies
    var owner: [String: String] = [:]  // any agency → the page it is shown on
    var submissions: [String: [SubmissionStatus]] = [:]
    var findings: [String: [Finding]] = [:]  // file → findings
    private var awardsAt: [String: [Int32]] = [:]
    private var nominationsAt: [String: [Int32]] = [:]
    private let review: Review

    init(_ review: Review) {
        self.review = review
        var formers: [String: Set<String>] = [:]
        for row in review.rankings { formers[row.agency, default: []].formUnion(row.formerAgencies) }
        for row in review.indicators where row.scope == .agency {
            formers[row.code, default: []].formUnion(row.formerAgencies)
        }
        var pages = Set(formers.keys)
        for (page, list) in formers {
            for former in list { owner[former] = page }
        }
        // An agency with no figures (a central unit) still has its page: its submissions and awards.
        for row in review.submissions where row.state != .reportedBySuccessor && !row.agency.isEmpty {
            if owner[row.agency] == nil { pages.insert(row.agency) }
        }
        for page in pages { owner[page] = page }
        for (agency, page) in owner { members[page, default: []].append(agency) }
        members = members.mapValues { $0.sorted() }
        for row in review.submissions where row.state != .reportedBySuccessor {
            if let page = owner[row.agency] { submissions[page, default: []].append(row) }
        }
        for (index, row) in review.awards.enumerated() {
            if let page = owner[row.agency] { awardsAt[page, default: []].append(Int32(index)) }
        }
        for (index, row) in review.nominations.enumerated() {
            if let page = owner[row.candidate.agency] { nominationsAt[page, default: []].append(Int32(index)) }
        }
        for finding in review.findings { findings[finding.file, default: []].append(finding) }
    }

    var pages: [String] { members.keys.sorted() }

    /// The awards shown on a page, in the review's order.
    func awards(of page: String) -> [AwardRow] { (awardsAt[page] ?? []).map { review.awards[Int($0)] } }

    /// The nominations shown on a page, in the review's order.
    func nominations(of page: String) -> [NominationRow] {
        (nominationsAt[page] ?? []).map { review.nominations[Int($0)] }
    }

    /// Page → year → how many awards, and how many nominations not eligible: the agencies table's counts.
    func counts() -> (awards: [String: [Int: Int]], notEligible: [String: [Int: Int]]) {
        var awards: [String: [Int: Int]] = [:]
        var notEligible: [String: [Int: Int]] = [:]
        for (page, list) in awardsAt {
            for index in list { awards[page, default: [:]][review.awards[Int(index)].year, default: 0] += 1 }
        }
        for (page, list) in nominationsAt {
            for index in list where review.nominations[Int(index)].verdict == .notEligible {
                notEligible[page, default: [:]][review.nominations[Int(index)].candidate.year, default: 0] += 1
            }
        }
        return (awards, notEligible)
    }
}
