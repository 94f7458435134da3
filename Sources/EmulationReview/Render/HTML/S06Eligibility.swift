import Foundation

// Section 6 (`s06-eligibility.mustache`): the eligibility verdicts and the cases that failed.

extension HTMLViewModel {
    struct VerdictLine {
        let verdict: String
        let cells: [String]
        let total: String
    }

    struct NotEligibleLine {
        let year: String
        let name: String
        let kind: String
        let agencyName: String
        let award: String
        let source: String
        let location: String
        let reasons: [String]
    }

    struct ReasonCount {
        let rule: String
        let count: String
        let example: String
    }

    struct EligibilityPart {
        let sources: [String]
        let verdicts: [VerdictLine]
        let verdictsTotal: VerdictLine
        let notEligible: [NotEligibleLine]
        let hasNotEligible: Bool
        let cannotVerify: [ReasonCount]
        let hasCannotVerify: Bool
        let cannotVerifyCount: String
    }
}

extension ModelFormatter {
    func eligibility() -> HTMLViewModel.EligibilityPart {
        let sources: [Candidate.Source] = [.nomination, .title, .decision]
        let verdicts: [VerdictKind] = [.eligible, .notEligible, .cannotVerify, .notChecked]
        let rows = review.nominations
        // One pass over what may be hundreds of thousands of rows, counting without copying them.
        var tally: [VerdictKind: [Candidate.Source: Int]] = [:]
        for row in rows { tally[row.verdict, default: [:]][row.candidate.source, default: 0] += 1 }
        let verdictLines = verdicts.map { v -> HTMLViewModel.VerdictLine in
            let ofVerdict = tally[v] ?? [:]
            return .init(
                verdict: pick(Vocabulary.verdict(v)), cells: sources.map { count(ofVerdict[$0] ?? 0) },
                total: count(ofVerdict.values.reduce(0, +)))
        }
        let total = HTMLViewModel.VerdictLine(
            verdict: pick("Tổng số", "Total"),
            cells: sources.map { source in count(tally.values.map { $0[source] ?? 0 }.reduce(0, +)) },
            total: count(rows.count))
        let notEligible: [HTMLViewModel.NotEligibleLine] = rows.lazy.filter { $0.verdict == .notEligible }.map { n in
            let c = n.candidate
            return HTMLViewModel.NotEligibleLine(
                year: String(c.year), name: c.name, kind: pick(Vocabulary.recipientKind(c.recipientKind)),
                agencyName: agencyName(c.agency, reference.agencies[c.agency]?.name ?? c.agency),
                award: awardName(c.award, reference.awards[c.award]?.name ?? c.award),
                source: pick(Vocabulary.source(c.source)),
                location: "\(c.file):\(c.location.line)", reasons: n.objections.compactMap { $0.line?(language) })
        }
        // Cannot-verify cases grouped by the rule that could not decide, with one reason as an example.
        var byRule: [String: (count: Int, example: String)] = [:]
        var undecided = 0
        for row in rows where row.verdict == .cannotVerify {
            undecided += 1
            for result in row.objections {
                let entry = byRule[result.code] ?? (0, pick(result.line!))
                byRule[result.code] = (entry.count + 1, entry.example)
            }
        }
        let cannotVerify = byRule.keys.sorted().map { rule in
            HTMLViewModel.ReasonCount(rule: rule, count: count(byRule[rule]!.count), example: byRule[rule]!.example)
        }
        return .init(
            sources: sources.map { pick(Vocabulary.source($0)) }, verdicts: verdictLines, verdictsTotal: total,
            notEligible: notEligible, hasNotEligible: !notEligible.isEmpty, cannotVerify: cannotVerify,
            hasCannotVerify: !cannotVerify.isEmpty,
            cannotVerifyCount: count(undecided))
    }
}
