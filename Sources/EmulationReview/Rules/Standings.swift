/// An agency's place in the review's own emulation ranking of a year, as the flag rules read it: its cluster, its
/// rank there, how many of its planned indicators it fulfilled, and the long thematic movements it took part in.
public struct Standing: Sendable, Hashable {
    /// A thematic movement the agency took part in that year, with its length in whole years.
    public struct Movement: Sendable, Hashable {
        public var code: String
        public var years: Int

        public init(code: String, years: Int) {
            self.code = code
            self.years = years
        }
    }

    public var cluster: String
    /// 1 for the leading agency of the cluster.
    public var rank: Int
    /// Indicators with both a plan and a result that year.
    public var planned: Int
    /// Of those, the indicators whose result reached the plan (100% or more).
    public var fulfilled: Int
    public var thematic: [Movement]

    public init(cluster: String, rank: Int, planned: Int, fulfilled: Int, thematic: [Movement] = []) {
        self.cluster = cluster
        self.rank = rank
        self.planned = planned
        self.fulfilled = fulfilled
        self.thematic = thematic
    }

    /// Whether the agency reached the plan of every planned indicator (and had at least one).
    public var fulfilledEvery: Bool { planned > 0 && fulfilled == planned }
}

/// The standings of every agency the review ranked, by year. Filled in by the review before the rules judge (the
/// rules do not compute the ranking); empty in a context that has none.
public struct Standings: Sendable, Hashable {
    private var byYear: [Int: [String: Standing]] = [:]

    public init() {}

    /// Records that the review ranked the agencies of `year` (even if none could be scored).
    public mutating func rank(year: Int) {
        if byYear[year] == nil { byYear[year] = [:] }
    }

    public mutating func add(_ standing: Standing, agency: String, year: Int) {
        byYear[year, default: [:]][agency] = standing
    }

    /// Whether the review ranked the year at all.
    public func ranked(_ year: Int) -> Bool { byYear[year] != nil }

    public func standing(of agency: String, in year: Int) -> Standing? { byYear[year]?[agency] }

    /// The leading agency of a cluster in a year.
    public func leader(of cluster: String, in year: Int) -> String? {
        byYear[year]?.first { $0.value.cluster == cluster && $0.value.rank == 1 }?.key
    }
}

extension Standings {
    /// The candidate agency's standing in its award year; when there is none, a gap in the assessment says why.
    func standing(for candidate: Candidate, history: History, into assessment: inout Assessment) -> Standing? {
        let agency = candidate.recipient
        let year = candidate.year
        if let standing = standing(of: agency, in: year) { return standing }
        let need = Bilingual("thứ hạng trong cụm thi đua năm \(year)", "the cluster ranking of \(year)")
        if !ranked(year) {
            assessment.gap(
                Bilingual(
                    "\(need.vi) không xác minh được vì đợt tổng kết không xếp hạng năm \(year)",
                    "\(need.en) cannot be verified: the review does not rank \(year)"))
        } else if history.agencyYears[agency]?[year] == nil {
            assessment.gap(
                Bilingual(
                    "\(need.vi) không xác minh được vì đơn vị \(agency) không có báo cáo được chấp nhận năm \(year)",
                    "\(need.en) cannot be verified: agency \(agency) has no accepted submission for \(year)"))
        } else {
            assessment.gap(
                Bilingual(
                    "\(need.vi) không xác minh được vì đơn vị \(agency) không được chấm điểm năm \(year) (không có chỉ tiêu có trọng số nào có kế hoạch)",
                    "\(need.en) cannot be verified: agency \(agency) is not scored in \(year) (no weighted indicator with a plan)"
                ))
        }
        return nil
    }

    /// "ranks 3 in cluster C05 in 2019 (led by agency 24)" / "xếp thứ 3 trong cụm thi đua C05 năm 2019 (đơn vị dẫn
    /// đầu: 24)".
    func rankText(_ standing: Standing, year: Int) -> Bilingual {
        let leader = leader(of: standing.cluster, in: year)
        return Bilingual(
            "xếp thứ \(standing.rank) trong cụm thi đua \(standing.cluster) năm \(year)"
                + (leader.map { " (đơn vị dẫn đầu: \($0))" } ?? ""),
            "ranks \(standing.rank) in cluster \(standing.cluster) in \(year)"
                + (leader.map { " (led by agency \($0))" } ?? ""))
    }
}
