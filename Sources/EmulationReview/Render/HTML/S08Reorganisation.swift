import Foundation

// Section 8 (`s08-reorganisation.mustache`): the lineage of the period, who merged into or was split among whom.

extension HTMLViewModel {
    struct ReorganisationLine {
        let agency: String
        let agencyName: String
        /// The successors, each "name (code)", with the former agencies each took for a split.
        let successors: String
        let kind: String
        let validTo: String
    }

    struct ReorganisationPart {
        let merged: [ReorganisationLine]
        let hasMerged: Bool
    }
}

extension ModelFormatter {
    func reorganisation() -> HTMLViewModel.ReorganisationPart {
        let merged = review.reorganisations.map { r in
            let successors = zip(r.successors, r.successorNames).map { code, name in
                var text = "\(agencyName(code, name)) (\(code))"
                if let parts = r.parts[code], !parts.isEmpty {
                    text += pick(" — phần của ", " — the part of ") + parts.joined(separator: ", ")
                }
                return text
            }
            return HTMLViewModel.ReorganisationLine(
                agency: r.agency, agencyName: agencyName(r.agency, r.agencyName),
                successors: successors.joined(separator: "; "),
                kind: r.isSplit ? pick("Chia tách", "Split") : pick("Sáp nhập", "Merged"),
                validTo: language.date(r.validTo))
        }
        return .init(merged: merged, hasMerged: !merged.isEmpty)
    }
}
