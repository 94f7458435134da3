import Foundation

/// Consistency of the agency registry.
struct RegistryChecks {
    let registry: Registry

    func run(_ sink: inout FindingSink) {
        reportDuplicates(
            registry.clusters, code: "registry.duplicate-code", what: "cluster", key: \.code, location: \.location,
            into: &sink)
        reportDuplicates(
            registry.agencies, code: "registry.duplicate-code", what: "agency", key: \.code, location: \.location,
            into: &sink)
        let clusters = Set(registry.clusters.map(\.code))
        let agencies = Set(registry.agencies.map(\.code))
        for agency in registry.agencies {
            if !clusters.contains(agency.cluster) {
                sink.error(
                    "registry.unknown-cluster", at: agency.location,
                    "agency \(agency.code) names cluster \(agency.cluster), which is not among the clusters; add the cluster or correct the code"
                )
            }
            if let to = agency.validTo, to < agency.validFrom {
                sink.error(
                    "registry.invalid-dates", at: agency.location,
                    "agency \(agency.code) is valid to \(to), before it is valid from \(agency.validFrom); correct the dates"
                )
            }
            if let successor = agency.successor {
                if !agencies.contains(successor) {
                    sink.error(
                        "registry.unknown-successor", at: agency.location,
                        "agency \(agency.code) names successor \(successor), which is not in the registry; add the successor"
                    )
                } else if successor == agency.code {
                    sink.error(
                        "registry.unknown-successor", at: agency.location,
                        "agency \(agency.code) names itself as its successor")
                }
                if agency.validTo == nil {
                    sink.error(
                        "registry.successor-without-end", at: agency.location,
                        "agency \(agency.code) has a successor but no validTo date; give the date it was merged")
                }
            }
            if let parent = agency.parent, !agencies.contains(parent) {
                sink.error(
                    "registry.unknown-parent", at: agency.location,
                    "agency \(agency.code) names parent \(parent), which is not in the registry")
            }
        }
    }
}

/// Consistency of the catalogues.
struct CatalogueChecks {
    let catalogue: Catalogue

    func run(_ sink: inout FindingSink) {
        reportDuplicates(
            catalogue.indicators, code: "catalogue.duplicate-code", what: "indicator", key: \.code,
            location: \.location, into: &sink)
        reportDuplicates(
            catalogue.movements, code: "catalogue.duplicate-code", what: "movement", key: \.code, location: \.location,
            into: &sink)
        reportDuplicates(
            catalogue.awards, code: "catalogue.duplicate-code", what: "award", key: \.code, location: \.location,
            into: &sink)
        for movement in catalogue.movements {
            if let end = movement.end, end < movement.start {
                sink.error(
                    "catalogue.invalid-dates", at: movement.location,
                    "movement \(movement.code) ends on \(end), before it starts on \(movement.start); correct the dates"
                )
            }
        }
        // The classes of a family are counted under one name, so each must give it, and give the same one.
        var named: [String: AwardDefinition] = [:]
        for award in catalogue.awards {
            guard let family = award.family else { continue }
            guard let name = award.familyName else {
                sink.error(
                    "catalogue.family-name", at: award.location,
                    "award \(award.code) belongs to family \(family) but has no familyName; add the family's name")
                continue
            }
            guard let first = named[family] else {
                named[family] = award
                continue
            }
            if first.familyName != name || first.familyNameEn != award.familyNameEn {
                sink.error(
                    "catalogue.family-name", at: award.location,
                    "award \(award.code) names its family \(family) differently from award \(first.code); give every class of a family the same familyName and familyNameEn"
                )
            }
        }
    }
}

/// Consistency of the board's file for a year, and its agreement with the reference data.
struct BoardChecks {
    let board: BoardYear
    let reference: ReferenceData?
    let folderYear: Int?

    func run(_ sink: inout FindingSink) {
        if let folderYear, folderYear != board.year {
            sink.error(
                "board.year-mismatch", at: board.location,
                "the board's file says year \(board.year) but lies in the folder for \(folderYear); correct the year or move the file"
            )
        }
        reportDuplicates(
            board.targets, code: "plan.duplicate-target", what: "target", key: { "\($0.agency)/\($0.indicator)" },
            location: \.location, into: &sink)
        guard let reference else { return }
        for target in board.targets {
            if reference.agencies[target.agency] == nil {
                sink.error(
                    "agency.unknown", at: target.location,
                    "the plan sets a target for agency \(target.agency), which is not in the registry")
            }
            if let indicator = reference.indicators[target.indicator] {
                if indicator.unit == .percent && (target.value < 0 || target.value > 100) {
                    sink.error(
                        "indicator.percent-out-of-range", at: target.location,
                        "the target for \(target.indicator) of agency \(target.agency) is \(target.value)%, outside 0–100"
                    )
                }
            } else {
                sink.error(
                    "indicator.unknown", at: target.location,
                    "the plan uses indicator code \(target.indicator), which is not in the catalogue")
            }
        }
        for decision in board.decisions {
            guard let award = reference.awards[decision.award] else {
                sink.error(
                    "award.unknown", at: decision.location,
                    "decision \(decision.number) gives award \(decision.award), which is not in the catalogue")
                continue
            }
            for recipient in decision.recipients {
                if reference.agencies[recipient.agency] == nil {
                    sink.error(
                        "agency.unknown", at: recipient.location,
                        "decision \(decision.number) names agency \(recipient.agency), which is not in the registry")
                }
                if !award.recipients.admits(recipient.kind) {
                    sink.error(
                        "award.wrong-recipient", at: recipient.location,
                        "decision \(decision.number): \(award.name) cannot be given to a \(recipient.kind.rawValue) (\(recipient.name))"
                    )
                }
                if recipient.kind != .agency && (recipient.id ?? "").isEmpty {
                    sink.error(
                        "decision.recipient-without-id", at: recipient.location,
                        "decision \(decision.number): \(recipient.name) needs an id (the collective's code or the person's social insurance number)"
                    )
                }
                if recipient.kind == .person, let id = recipient.id, !SubmissionChecks.isSocialInsuranceNumber(id) {
                    sink.error(
                        "person.id-malformed", at: recipient.location,
                        "decision \(decision.number): person id \"\(id)\" is not a 10-digit social insurance number")
                }
            }
        }
    }
}

/// Consistency of the rulebook, and its agreement with the catalogue when at hand.
struct RulebookChecks {
    let rulebook: Rulebook
    let reference: ReferenceData?

    func run(_ sink: inout FindingSink) {
        if rulebook.scoring.cap < 100 {
            sink.error(
                "rulebook.invalid-cap", at: .start,
                "the scoring cap is \(rulebook.scoring.cap)%; it must be at least 100 (fulfilment above the cap counts as the cap)"
            )
        }
        if rulebook.scoring.weights.values.contains(where: { $0 < 0 }) {
            sink.error(
                "rulebook.negative-weight", at: .start, "a scoring weight is negative; weights must be zero or more")
        }
        guard let reference else { return }
        for indicator in rulebook.scoring.weights.keys.sorted() where reference.indicators[indicator] == nil {
            sink.error(
                "indicator.unknown", at: .start,
                "the scoring weighs indicator \(indicator), which is not in the catalogue")
        }
        for award in rulebook.bonuses.keys.sorted() where reference.awards[award] == nil {
            sink.error(
                "award.unknown", at: .start,
                "the rulebook sets a reward multiple for award \(award), which is not in the catalogue")
        }
    }
}
