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

    public init(registry: Registry, catalogue: Catalogue, rulebook: Rulebook) {
        self.registry = registry
        self.catalogue = catalogue
        self.rulebook = rulebook
        agencies = Dictionary(registry.agencies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        clusters = Dictionary(registry.clusters.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicators = Dictionary(catalogue.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        movements = Dictionary(catalogue.movements.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        awards = Dictionary(catalogue.awards.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
