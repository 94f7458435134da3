import Foundation

// Section 8 (`s08-reorganisation.mustache`): agencies merged into a successor.

extension HTMLViewModel {
    struct ReorganisationLine {
        let agency: String
        let agencyName: String
        let successor: String
        let successorName: String
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
            HTMLViewModel.ReorganisationLine(
                agency: r.agency, agencyName: agencyName(r.agency, r.agencyName), successor: r.successor,
                successorName: agencyName(r.successor, r.successorName), validTo: language.date(r.validTo))
        }
        return .init(merged: merged, hasMerged: !merged.isEmpty)
    }
}
