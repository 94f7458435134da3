import Foundation

/// The registry, catalogues and rulebook, with lookups by code.
public struct ReferenceData: Sendable {
    public let registry: Registry
    public let catalogue: Catalogue
    public let rulebook: Rulebook
    public let agencies: [String: Agency]
    public let clusters: [String: Cluster]
    public let indicators: [String: IndicatorDefinition]
    public let movements: [String: MovementDefinition]
    public let awards: [String: AwardDefinition]
    /// The statistics forms' layouts; empty when the reference folder has no `forms.xml` (the report then has no
    /// forms and says so).
    public let forms: FormLayouts
    /// The registry's dated successions.
    public let lineage: Lineage

    public init(
        registry: Registry, catalogue: Catalogue, rulebook: Rulebook, forms: FormLayouts = FormLayouts(forms: [])
    ) {
        self.registry = registry
        self.catalogue = catalogue
        self.rulebook = rulebook
        self.forms = forms
        agencies = Dictionary(registry.agencies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        lineage = Lineage(agencies)
        clusters = Dictionary(registry.clusters.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicators = Dictionary(catalogue.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        movements = Dictionary(catalogue.movements.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        awards = Dictionary(catalogue.awards.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
