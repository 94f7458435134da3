import Foundation

// The indicator rows of a review: each indicator per agency, cluster and the sector, and growth over a phase.

public enum Scope: String, Sendable, Codable, Hashable {
    case agency
    case cluster
    case sector
}

/// One indicator for one agency, cluster or the sector in one year.
public struct IndicatorRow: Sendable, Hashable {
    public var year: Int
    public var scope: Scope
    public var code: String
    public var name: String
    public var indicator: String
    public var plan: Decimal?
    public var actual: Decimal?
    public var fulfilment: Decimal?
    public var previousActual: Decimal?
    public var change: Decimal?
    public var changePercent: Decimal?
    /// Agencies whose accepted submission gave the value (for cluster and sector rows).
    public var reporting: Int
    /// Agencies with a target (for cluster and sector rows).
    public var planned: Int
    /// A flow whose year and year before end at different points of the year (part of a year against a whole
    /// one): the dates the two years' figures are as of, and the change is left blank rather than compared.
    public var withheld: WithheldChange? = nil
    /// For an agency row: the former agencies whose figures it includes.
    public var formerAgencies: [String] = []
    /// Set when this year's or the year before's figures lack agencies given a plan (their reports missing or
    /// rejected): that year is not compared with the one before or after it, and the change is blank.
    public var partial: PartialYear? = nil

    public var changeWithheld: Bool { withheld != nil }
    /// This row's own figures lack agencies given a plan.
    public var isPartial: Bool { partial?.year == year }
}

/// A year whose sum lacks some of the agencies given a plan: how many it has, of how many, and which are missing.
public struct PartialYear: Sendable, Hashable {
    public var year: Int
    public var reporting: Int
    public var planned: Int
    /// The agencies given a plan whose figures the sum lacks, by code.
    public var missing: [String] = []
}

/// The "as of" dates of a year and the year before whose flows are not compared.
public struct WithheldChange: Sendable, Hashable {
    public var asOf: Day
    public var previousAsOf: Day
}

/// Growth of an indicator over a phase, from the baseline year to the phase's last year.
public struct GrowthRow: Sendable, Hashable {
    public var scope: Scope
    public var code: String
    public var name: String
    public var indicator: String
    public var baselineYear: Int
    public var baseline: Decimal?
    public var lastYear: Int
    public var last: Decimal?
    public var growthPercent: Decimal?
    /// The indicator's value per year of the phase (baseline first), for the chart.
    public var series: [Int: Decimal]
    /// A flow whose baseline and last year end at different points of the year: no growth is computed.
    public var withheld: WithheldChange? = nil
    /// The baseline's or the last year's sum lacks agencies given a plan: no growth is computed.
    public var partial = false

    /// Whether the two ends compare at all (neither part of a year against a whole one, nor a partial sum).
    public var compared: Bool { withheld == nil && !partial }
}
