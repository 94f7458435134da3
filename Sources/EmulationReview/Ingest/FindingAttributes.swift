/// A consistency finding and the attribute it is about, if any.
struct PlacedFinding {
    var finding: Finding
    var attribute: String?
}

/// The attribute a consistency finding is about, so that it points at that attribute's value, where a clerk
/// corrects it, rather than at the end of its element's start tag (where the checks find the element).
enum FindingAttributes {
    /// By code, for the codes always about one attribute; a check names the attribute itself for the others
    /// (`count.negative` is about `total`, `women` … as the case may be).
    static let attribute: [String: String] = [
        "agency.unknown": "agency",
        "agency.not-valid-in-year": "agency",
        "submission.year-mismatch": "year",
        "submission.preparer-email": "email",
        "person.id-malformed": "id",
        "person.duplicate-id": "id",
        "person.unknown-collective": "collective",
        "indicator.unknown": "code",
        "indicator.duplicate": "code",
        "indicator.percent-out-of-range": "actual",
        "award.unknown": "award",
        "award.wrong-recipient": "award",
        "collective.duplicate-code": "code",
        "initiative.duplicate": "code",
        "movement.unknown": "code",
        "nomination.unknown-recipient": "recipient",
        "work.since-after-year": "since",
        "work.age": "born",
    ]

    /// The finding moved to its attribute's value in the start tag it points at; as it is when the tag there has
    /// no such attribute (the finding is about the element, or the attribute is on another element).
    static func moved(_ placed: PlacedFinding, in bytes: [UInt8]) -> Finding {
        let finding = placed.finding
        guard let name = placed.attribute else { return finding }
        let here = Location(line: finding.line, column: finding.column)
        guard
            let at = bytes.withUnsafeBufferPointer({
                AttributeLocator.locate(name, inTagBefore: here, in: $0, value: true)
            })
        else { return finding }
        var moved = finding
        (moved.line, moved.column) = (at.line, at.column)
        return moved
    }
}
