import EmulationReview
import EmulationReviewRun
import Foundation

/// The demo inputs reviewed once per test process and period (a few seconds each), for the render tests.
public enum DemoReviews {
    public static let phase = review(period: Period(first: 2016, last: 2020))
    public static let year = review(period: Period(first: 2020, last: 2020))
    /// The 2021–2025 phase, through the 2025 reorganisation, with Circular 02/2023's five forms.
    public static let present = review(period: Period(first: 2021, last: 2025))

    public struct NoReview: Error, CustomStringConvertible {
        public var description: String
    }

    static func review(period: Period) -> (review: Review?, problem: String?) {
        do {
            let input = try ReviewLoader(ingestor: TestSupport.ingestor).load(
                period: period, inputs: TestSupport.demoInputs, asOf: nil)
            return (Reviewer().review(input), nil)
        } catch {
            return (nil, "the demo inputs do not load for \(period): \(error)")
        }
    }

    /// The review, or an error that says why the demo did not load.
    public static func unwrap(_ loaded: (review: Review?, problem: String?)) throws -> Review {
        guard let review = loaded.review else { throw NoReview(description: loaded.problem ?? "no review") }
        return review
    }

    /// A variant with verdicts and hostile reasons of its own, to exercise the eligibility section.
    public static func withVerdicts(_ review: Review) -> Review {
        var review = review
        for index in 0..<3 {
            review.nominations[index].verdict = .notEligible
            review.nominations[index].results = [
                RuleSet.RuleResult(
                    code: "eligibility.test",
                    verdict: .notEligible("holds <2> Grassroots Emulation Fighter titles & needs 3"),
                    source: "Decree 91/2017")
            ]
        }
        for index in 3..<5 {
            review.nominations[index].verdict = .cannotVerify
            review.nominations[index].results = [
                RuleSet.RuleResult(
                    code: "eligibility.archive", verdict: .cannotVerify("the archive starts in 2015"),
                    source: "Law 06/2022/QH15")
            ]
        }
        return review
    }
}
