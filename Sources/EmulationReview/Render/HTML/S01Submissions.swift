import Foundation

// Section 1 (`s01-submissions.mustache`): which agencies reported, late, rejected or not at all.

extension HTMLViewModel {
    struct CompletenessLine {
        let year: String
        let deadline: String
        let expected: String
        let accepted: String
        let late: String
        let rejected: String
        let missing: String
        let superseded: String
    }

    struct SubmissionLine {
        let year: String
        let agency: String
        let agencyName: String
        let state: String
        let stateClass: String
        let file: String
        let revision: String
        let submitted: String
        let errors: String
        let warnings: String
    }

    struct SubmissionsPart {
        let years: [CompletenessLine]
        let completenessTotal: CompletenessLine?
        let exceptions: [SubmissionLine]
        let hasExceptions: Bool
        /// Agencies merged away during a year, which their successors report for: not exceptions, said once.
        let mergedNote: String?
        /// Each agency's page, by name.
        let agencyPages: [AgencyLink]
    }

    struct AgencyLink {
        let code: String
        let name: String
    }
}

extension ModelFormatter {
    func submissions() -> HTMLViewModel.SubmissionsPart {
        func line(_ year: String, _ deadline: String, _ s: [CompletenessSummary]) -> HTMLViewModel.CompletenessLine {
            .init(
                year: year, deadline: deadline, expected: count(s.map(\.expected).reduce(0, +)),
                accepted: count(s.map(\.accepted).reduce(0, +)), late: count(s.map(\.late).reduce(0, +)),
                rejected: count(s.map(\.rejected).reduce(0, +)), missing: count(s.map(\.missing).reduce(0, +)),
                superseded: count(s.map(\.supersededFiles).reduce(0, +)))
        }
        let years = review.completeness.sorted { $0.year < $1.year }
            .map { line(String($0.year), $0.deadline.map(language.date) ?? dash, [$0]) }
        let total = period.isPhase ? line(pick("Cả giai đoạn", "Whole phase"), "", review.completeness) : nil
        let merged = review.submissions.filter { $0.state == .reportedBySuccessor }
        var mergedNote: String?
        if !merged.isEmpty {
            let years = Set(merged.map(\.year)).sorted().map(String.init).joined(separator: ", ")
            mergedNote = pick(
                "\(count(merged.count)) lượt đơn vị sáp nhập trong năm (\(years)) không phải gửi báo cáo riêng và không bị tính là không gửi: đơn vị kế thừa còn hoạt động ngày 31 tháng 12 báo cáo cả năm thay (xem mục 8 và submissions.csv, cột reported_by).",
                "\(count(merged.count)) agency-years merged away during the year (\(years)) send no report of their own and are not missing: the successor that exists on 31 December reports the whole year for them (see section 8, and submissions.csv, column reported_by)."
            )
        }
        let exceptions = review.submissions.filter { $0.state != .onTime && $0.state != .reportedBySuccessor }.map {
            s in
            HTMLViewModel.SubmissionLine(
                year: String(s.year), agency: s.agency, agencyName: agencyName(s.agency, s.agencyName),
                state: pick(Vocabulary.state(s.state)), stateClass: "state-" + s.state.rawValue, file: s.file ?? dash,
                revision: s.revision.map(String.init) ?? dash,
                submitted: s.submitted == nil ? dash : timestamp(s.submitted),
                errors: count(s.errors), warnings: count(s.warnings))
        }
        return .init(
            years: years, completenessTotal: total, exceptions: exceptions, hasExceptions: !exceptions.isEmpty,
            mergedNote: mergedNote,
            agencyPages: AgencyPages.codes(review).sorted().map {
                .init(code: $0, name: agencyName($0, reference.agencies[$0]?.name ?? $0))
            })
    }
}
