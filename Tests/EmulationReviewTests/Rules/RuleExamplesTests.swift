import EmulationReview
import EmulationReviewRun
import TestSupport
import XCTest

/// Runs every example of every rule, as SwiftLint runs its rules' examples.
final class RuleExamplesTests: XCTestCase {
    func testEveryExampleOfEveryRuleGivesItsVerdict() {
        for rule in RuleSet.all {
            for example in rule.examples {
                XCTAssertTrue(rule.awards.contains(example.candidate.award),
                              "\(rule.code): example \"\(example.description)\" is about \(example.candidate.award), not one of the rule's awards")
                let verdict = rule.evaluate(example.candidate, in: example.context)
                let kind = verdict?.kind ?? .notChecked
                XCTAssertEqual(kind, example.expected,
                               "\(rule.code): example \"\(example.description)\" gave \(kind.rawValue): \(verdict?.reason ?? "no reason")")
            }
        }
    }

    /// A clerk must be able to find whom a message is about.
    func testEveryReasonNamesTheCandidateAndTheYear() {
        for rule in RuleSet.all {
            for example in rule.examples {
                guard let reason = rule.evaluate(example.candidate, in: example.context)?.reason,
                      !reason.hasPrefix("the rulebook has no") else { continue }
                let candidate = example.candidate
                XCTAssertTrue(reason.contains(candidate.name) && reason.contains(candidate.recipient) && reason.contains(String(candidate.year)),
                              "\(rule.code): \"\(example.description)\": \(reason)")
            }
        }
    }

    func testRuleCodesAreUniqueAndPrefixed() {
        let codes = RuleSet.all.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count, "duplicate rule codes: \(codes)")
        for code in codes {
            XCTAssertTrue(code.hasPrefix("eligibility."), code)
        }
    }

    func testEveryRuleHasEnoughExamples() {
        for rule in RuleSet.all {
            let kinds = Set(rule.examples.map(\.expected))
            XCTAssertGreaterThanOrEqual(rule.examples.count, 4, rule.code)
            XCTAssertTrue(kinds.isSuperset(of: [.eligible, .notEligible, .cannotVerify]), "\(rule.code) covers only \(kinds)")
            XCTAssertFalse(rule.summary.isEmpty, rule.code)
            XCTAssertFalse(rule.awards.isEmpty, rule.code)
        }
    }

    func testLegalSourceFollowsTheRegime() {
        let rulebook = ExampleHistory.rulebook
        let rule = DisciplineBlocksAwardRule()
        XCTAssertEqual(rule.legalSource(on: Day(year: 2019, month: 6, day: 1), rulebook: rulebook),
                       "Law on Emulation and Commendation 2003/2013, Decree 91/2017/ND-CP")
        XCTAssertEqual(rule.legalSource(on: Day(year: 2024, month: 6, day: 1), rulebook: rulebook),
                       "Law 06/2022/QH15, Decree 98/2023/ND-CP, Art. 4")
        XCTAssertTrue(rule.legalSource(on: Day(year: 2025, month: 7, day: 1), rulebook: rulebook).hasPrefix("Law 06/2022/QH15, Decree 152/2025/ND-CP"))
        XCTAssertEqual(SectorFighterRule().legalSource(on: Day(year: 2017, month: 9, day: 30), rulebook: rulebook),
                       "Law on Emulation and Commendation 2003/2013, Decree 42/2010/ND-CP")
    }

    /// The example rulebook is the only copy in code of `Inputs/reference/rulebook.xml`: keep them equal.
    func testExampleRulebookMatchesTheReferenceFile() throws {
        let load = TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs)
        let reference = try XCTUnwrap(load.data, load.problem ?? "")
        let example = ExampleHistory.rulebook
        XCTAssertEqual(example.regimes.map(\.code), reference.rulebook.regimes.map(\.code))
        XCTAssertEqual(example.regimes.map(\.from), reference.rulebook.regimes.map(\.from))
        XCTAssertEqual(example.regimes.map(\.nameEn), reference.rulebook.regimes.map(\.nameEn))
        XCTAssertEqual(example.parameters, reference.rulebook.parameters)
    }
}
