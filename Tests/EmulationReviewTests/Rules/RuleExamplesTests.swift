import EmulationReview
import Foundation
import TestSupport
import Testing
import XCTest

/// Every rule's examples, each its own test case named after its rule, as SwiftLint runs its rules' examples.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let rule: any EligibilityRule
    let example: RuleExample

    var testDescription: String { "\(rule.code): \(example.description)" }

    static let all = RuleSet.all.flatMap { rule in rule.examples.map { RuleExampleCase(rule: rule, example: $0) } }
}

@Test("rule example", arguments: RuleExampleCase.all)
func ruleExampleGivesItsVerdict(_ test: RuleExampleCase) {
    let rule = test.rule
    let example = test.example
    #expect(
        rule.awards.contains(example.candidate.award),
        "the example is about \(example.candidate.award), not one of the rule's awards")
    let verdict = rule.evaluate(example.candidate, in: example.context)
    #expect(
        (verdict?.kind ?? .notChecked) == example.expected,
        "gave \(verdict?.kind.rawValue ?? "nil"): \(verdict?.reason?.en ?? "no reason")")
    if let failing = example.failing {
        #expect(
            verdict?.reason?.en.contains(failing) == true,
            "the reason does not name “\(failing)”: \(verdict?.reason?.en ?? "no reason")")
    }
    if let failing = example.failingVi {
        #expect(
            verdict?.reason?.vi.contains(failing) == true,
            "the Vietnamese reason does not name “\(failing)”: \(verdict?.reason?.vi ?? "no reason")")
    }
}

@Test("rule example in Vietnamese", arguments: RuleExampleCase.all)
func ruleExampleReasonIsVietnamese(_ test: RuleExampleCase) {
    guard let reason = test.rule.evaluate(test.example.candidate, in: test.example.context)?.reason else { return }
    #expect(reason.vi != reason.en, "the reason reads the same in both languages: \(reason.en)")
    // A cheap guard against English left in the Vietnamese wording.
    for word in [" is ", " the ", "Required", "cannot be verified"] {
        #expect(!reason.vi.contains(word), "“\(word)” in the Vietnamese reason: \(reason.vi)")
    }
}

final class RuleExamplesTests: XCTestCase {
    /// Each example of a verdict other than eligible names the requirement that fails, so that it cannot pass for
    /// the wrong reason.
    func testEveryFailingExampleNamesItsRequirement() {
        for test in RuleExampleCase.all where test.example.expected != .eligible && test.example.expected != .notChecked
        {
            XCTAssertNotNil(test.example.failing, "\(test.testDescription): give `failing:` a fragment of the reason")
            XCTAssertNotNil(
                test.example.failingVi, "\(test.testDescription): give `failingVi:` a fragment of the Vietnamese reason"
            )
        }
    }

    /// A rule file that is not in `RuleSet.all` would never run: every `EligibilityRule` in Rules/ is registered.
    func testEveryRuleTypeIsRegistered() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/EmulationReview/Rules")
        var declared: Set<String> = []
        let pattern = try NSRegularExpression(pattern: "(?m)^public struct (\\w+): EligibilityRule")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let registered = Set(RuleSet.all.map { String(describing: type(of: $0)) })
        XCTAssertFalse(declared.isEmpty)
        XCTAssertEqual(declared.subtracting(registered), [], "rules declared but missing from RuleSet.all")
        XCTAssertEqual(registered.subtracting(declared), [], "rules registered but not declared in Rules/")
    }

    /// The review keeps earlier years only for the awards of rules that read them (`HistoryReach`).
    func testRulesThatLookBackSaySo() {
        let lookBack = Set(RuleSet.all.filter { $0.reach == .earlierYears }.map(\.code))
        XCTAssertEqual(
            lookBack,
            [
                "eligibility.sector-fighter", "eligibility.national-fighter", "eligibility.sector-certificate",
                "eligibility.pm-certificate", "eligibility.labour-order-3", "eligibility.labour-order-2",
                "eligibility.labour-order-1",
            ])
    }

    /// A clerk must be able to find whom a message is about.
    func testEveryReasonNamesTheCandidateAndTheYear() {
        for rule in RuleSet.all {
            for example in rule.examples {
                guard let reason = rule.evaluate(example.candidate, in: example.context)?.reason,
                    !reason.en.hasPrefix("the rulebook has no")
                else { continue }
                let candidate = example.candidate
                for text in [reason.vi, reason.en] {
                    XCTAssertTrue(
                        text.contains(candidate.name) && text.contains(candidate.recipient)
                            && text.contains(String(candidate.year)),
                        "\(rule.code): \"\(example.description)\": \(text)")
                }
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
            XCTAssertTrue(
                kinds.isSuperset(of: [.eligible, .notEligible, .cannotVerify]), "\(rule.code) covers only \(kinds)")
            XCTAssertFalse(rule.summary.en.isEmpty, rule.code)
            XCTAssertNotEqual(rule.summary.vi, rule.summary.en, rule.code)
            XCTAssertFalse(rule.awards.isEmpty, rule.code)
        }
    }

    func testLegalSourceFollowsTheRegime() {
        let rulebook = ExampleHistory.rulebook
        let rule = DisciplineBlocksAwardRule()
        XCTAssertEqual(
            rule.legalSource(on: Day(year: 2019, month: 6, day: 1), rulebook: rulebook),
            Bilingual(
                "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP",
                "Law on Emulation and Commendation 2003/2013, Decree 91/2017/ND-CP"))
        XCTAssertEqual(
            rule.legalSource(on: Day(year: 2024, month: 6, day: 1), rulebook: rulebook),
            Bilingual(
                "Luật Thi đua, Khen thưởng số 06/2022/QH15, Điều 4 Nghị định 98/2023/NĐ-CP",
                "Law 06/2022/QH15, Decree 98/2023/ND-CP, Art. 4"))
        let since2025 = rule.legalSource(on: Day(year: 2025, month: 7, day: 1), rulebook: rulebook)
        XCTAssertTrue(since2025.en.hasPrefix("Law 06/2022/QH15, Decree 152/2025/ND-CP"), since2025.en)
        XCTAssertTrue(
            since2025.vi.hasPrefix("Luật Thi đua, Khen thưởng số 06/2022/QH15, Nghị định 152/2025/NĐ-CP"), since2025.vi)
        XCTAssertEqual(
            SectorFighterRule().legalSource(on: Day(year: 2017, month: 9, day: 30), rulebook: rulebook),
            Bilingual(
                "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2013), Nghị định 42/2010/NĐ-CP",
                "Law on Emulation and Commendation 2003/2013, Decree 42/2010/ND-CP"))
    }

    /// The example rulebook is the only copy in code of `Inputs/reference/rulebook.xml`: keep them equal.
    func testExampleRulebookMatchesTheReferenceFile() throws {
        let load = TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs)
        let reference = try XCTUnwrap(load.data, load.problem?.en ?? "")
        let example = ExampleHistory.rulebook
        XCTAssertEqual(example.regimes.map(\.code), reference.rulebook.regimes.map(\.code))
        XCTAssertEqual(example.regimes.map(\.from), reference.rulebook.regimes.map(\.from))
        XCTAssertEqual(example.regimes.map(\.nameEn), reference.rulebook.regimes.map(\.nameEn))
        XCTAssertEqual(example.parameters, reference.rulebook.parameters)
    }
}
