/// Every finding code the program can raise, in one list: the kinds the ingest checks define next to their checks,
/// and one kind per eligibility rule. Tests run every kind's examples and fail when a kind is missing here.
public enum FindingCatalogue {
    /// The kinds of the ingest, by the part that raises them: files, XML and the schemas, each document's
    /// consistency checks, the checks across files.
    public static let ingest: [FindingKind] = {
        let parts: [[FindingKind]] = [
            SafeFileReader.codes, Ingestor.codes, EncodingCheck.codes, StartTagScan.codes, XMLReader.codes,
            SubmissionChecks.codes, BoardChecks.codes, RegistryChecks.codes, CatalogueChecks.codes,
            RulebookChecks.codes, FormLayoutChecks.codes, CrossFileChecks.codes, StrayFiles.codes, FindingList.codes,
        ]
        var seen: Set<String> = []
        return parts.joined().filter { seen.insert($0.code).inserted }
    }()

    /// One kind per eligibility rule: a warning whose message is the rule's reason, with its legal source. Its
    /// examples are the rule's own (`EligibilityRule.examples`).
    public static let eligibility: [FindingKind] = RuleSet.all.map { rule in
        FindingKind(
            rule.code, .warning, parameters: ["reason"], vi: "{reason}", en: "{reason}",
            fields: ["title/@award", "nomination/@award", "decision/@award"], examples: [])
    }

    /// The kinds the review raises from several agencies' files together (unusual values); their tests are their
    /// own (`UnusualValuesTests`), since an example needs more than one file and year.
    public static let review: [FindingKind] = UnusualValues.codes

    public static let all: [FindingKind] = (ingest + eligibility + review).sorted { $0.code < $1.code }

    private static let byCode: [String: FindingKind] = Dictionary(all.map { ($0.code, $0) }) { first, _ in first }

    /// The kind of a code; nil for a code the program does not have.
    public static func kind(_ code: String) -> FindingKind? { byCode[code] }

    /// The finding an eligibility rule's objection becomes.
    static func eligibilityFinding(_ result: RuleSet.RuleResult, file: String, at location: Location) -> Finding {
        let kind = byCode[result.code] ?? eligibility[0]
        return kind.make(file: file, at: location, ["reason": result.explanation!])
    }
}
