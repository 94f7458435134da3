import Foundation

/// Consistency of the rulebook, and its agreement with the catalogue when at hand.
struct RulebookChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [.rulebookInvalidCap, .rulebookNegativeWeight, .indicatorUnknown, .awardUnknown]

    let rulebook: Rulebook
    let reference: ReferenceData?

    func run(_ sink: inout FindingSink) {
        if rulebook.scoring.cap < 100 {
            sink.add(.rulebookInvalidCap, at: .start, ["cap": "\(rulebook.scoring.cap)"])
        }
        if rulebook.scoring.weights.values.contains(where: { $0 < 0 }) {
            sink.add(.rulebookNegativeWeight, at: .start)
        }
        guard let reference else { return }
        for indicator in rulebook.scoring.weights.keys.sorted() where reference.indicators[indicator] == nil {
            sink.add(.indicatorUnknown, at: .start, ["place": .scoring, "indicator": "\(indicator)"])
        }
        for award in rulebook.bonuses.keys.sorted() where reference.awards[award] == nil {
            sink.add(.awardUnknown, at: .start, ["place": .bonus, "award": "\(award)"])
        }
    }
}

// MARK: - Its codes

extension FindingKind {
    /// The demo's rulebook with one edit.
    private static func editedRulebook(_ from: String, _ to: String) -> ExampleFile {
        .reference("rulebook.xml") { $0.replacingOccurrences(of: from, with: to) }
    }

    static let rulebookInvalidCap = FindingKind(
        "rulebook.invalid-cap", .error, parameters: ["cap"],
        vi: "mức trần chấm điểm là {cap}%; mức trần phải từ 100 trở lên (phần vượt mức trần chỉ tính bằng mức trần)",
        en: "the scoring cap is {cap}%; it must be at least 100 (fulfilment above the cap counts as the cap)",
        fields: ["scoring/@cap"],
        examples: [
            .triggers(
                "a cap of 90",
                [editedRulebook("cap=\"120\"", "cap=\"90\"")]),
            .passes(
                "a cap of 100",
                [editedRulebook("cap=\"120\"", "cap=\"100\"")]),
        ])

    static let rulebookNegativeWeight = FindingKind(
        "rulebook.negative-weight", .error,
        vi: "có trọng số chấm điểm âm; trọng số phải bằng 0 hoặc lớn hơn",
        en: "a scoring weight is negative; weights must be zero or more",
        fields: ["weight/@value"],
        examples: [
            .triggers(
                "a weight of −5",
                [
                    editedRulebook("indicator=\"UI\" value=\"5\"", "indicator=\"UI\" value=\"-5\"")
                ]),
            .passes(
                "a weight of 0",
                [
                    editedRulebook("indicator=\"UI\" value=\"5\"", "indicator=\"UI\" value=\"0\"")
                ]),
        ])
}
