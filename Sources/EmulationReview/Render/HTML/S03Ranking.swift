import Foundation

// Section 3 (`s03-ranking.mustache`): the emulation scores and ranks within each cluster.

extension HTMLViewModel {
    struct Weight {
        let indicator: String
        let weight: String
    }

    struct RankLine {
        let rank: String
        let agency: String
        let agencyName: String
        let score: String
        let women: String
        let yearsScored: String
        let isLeader: Bool
        let rankNote: String?
        /// "Includes the former …", for an agency that carries merged agencies' figures.
        let includes: String?
    }

    struct RankCluster {
        let clusterName: String
        let agencies: [RankLine]
        /// For a year: the cluster's agencies without a score, and why ("not scored: … no report sent").
        let unranked: String?
    }

    struct RankingPart {
        let scope: String
        let isPhase: Bool
        let method: [String]
        let formula: String
        let weights: [Weight]
        let clusters: [RankCluster]
        let hasClusters: Bool
        /// For the cluster heading rows that span the table.
        let columnCount: String
    }
}

extension ModelFormatter {
    func ranking() -> HTMLViewModel.RankingPart {
        let year: Int? = period.isPhase ? nil : period.last
        let rows = review.rankings.filter { $0.year == year }
        // A phase's score is the mean of the years scored; the years an agency was not scored are named.
        var scored: [String: Set<Int>] = [:]
        for row in review.rankings { if let year = row.year { scored[row.agency, default: []].insert(year) } }
        let rankedYears = Set(scored.values.joined())
        var clusters: [HTMLViewModel.RankCluster] = []
        for code in Set(rows.map(\.cluster)).sorted() {
            let members = rows.filter { $0.cluster == code }.sorted { $0.rank < $1.rank }
            clusters.append(
                .init(
                    clusterName: clusterName(code, members.first?.clusterName ?? code),
                    agencies: members.map { r in
                        var notes: [String] = []
                        if r.isLeader { notes.append(pick(Vocabulary.leader)) }
                        if let tie = r.tieBreak { notes.append(pick(Vocabulary.tieBreak(tie))) }
                        let unscored = rankedYears.subtracting(scored[r.agency] ?? [])
                        if period.isPhase, !unscored.isEmpty {
                            notes.append(notScored(r.agency, parts: r.formerAgencies, years: unscored.sorted()))
                        }
                        return .init(
                            rank: String(r.rank), agency: r.agency, agencyName: agencyName(r.agency, r.agencyName),
                            score: language.format(r.score, decimals: 2), women: percent(r.womenShare),
                            yearsScored: String(r.yearsScored), isLeader: r.isLeader,
                            rankNote: notes.isEmpty ? nil : notes.joined(separator: "; "),
                            includes: includesFormer(r.formerAgencies))
                    },
                    unranked: year.flatMap {
                        unranked(in: code, year: $0, ranked: Set(members.flatMap { [$0.agency] + $0.formerAgencies }))
                    }))
        }
        let scoring = reference.rulebook.scoring
        let cap = language.percent(scoring.cap, decimals: 0)
        let women = language.percent(scoring.womenPreferenceShare, decimals: 0)
        var weightCodes = reference.catalogue.indicators.map(\.code).filter { scoring.weights[$0] != nil }
        weightCodes += scoring.weights.keys.filter { !weightCodes.contains($0) }.sorted()
        let weights = weightCodes.compactMap { code -> HTMLViewModel.Weight? in
            guard let w = scoring.weights[code], w > 0 else { return nil }
            return .init(
                indicator: indicatorName(code), weight: language.format(w, decimals: w.rounded(0) == w ? 0 : 2))
        }
        var method = [
            pick(
                "Mỗi đơn vị được chấm điểm trong cụm, khối thi đua của mình theo kết quả thực hiện kế hoạch được giao. Điểm là trung bình có trọng số của tỷ lệ hoàn thành kế hoạch từng chỉ tiêu, mỗi tỷ lệ tính tối đa \(cap); chỉ tính các chỉ tiêu có cả kế hoạch và kết quả. Với chỉ tiêu càng thấp càng tốt, tỷ lệ hoàn thành = kế hoạch ÷ thực hiện.",
                "Each agency is scored within its emulation cluster or bloc on its results against the assigned plan. The score is the weighted mean of its fulfilment of each indicator, each counted at most \(cap), over the indicators that have both a plan and a result. For an indicator where lower is better, fulfilment = plan ÷ actual."
            ),
            pick(
                "Khi hai đơn vị bằng điểm (làm tròn hai chữ số thập phân), ưu tiên đơn vị có tỷ lệ nữ từ \(women) trở lên (Nghị định 98/2023/NĐ-CP, Điều 4), sau đó xếp theo mã đơn vị.",
                "On equal scores (to two decimals) the agency whose staff are at least \(women) women comes first (Decree 98/2023/ND-CP, Art. 4), then the lower agency code."
            ),
        ]
        if period.isPhase {
            method.append(
                pick(
                    "Điểm giai đoạn là trung bình điểm các năm đơn vị được chấm; tỷ lệ nữ là trung bình các năm; đơn vị đã sáp nhập được tính vào đơn vị tiếp nhận.",
                    "The phase score is the mean of the agency's yearly scores; the women share is the mean over those years; a merged agency counts under its successor."
                ))
        }
        return .init(
            scope: periodPhrase, isPhase: period.isPhase, method: method,
            formula: pick(
                "Điểm = Σ (trọng số × min(% hoàn thành, \(cap))) ÷ Σ trọng số",
                "Score = Σ (weight × min(% fulfilled, \(cap))) ÷ Σ weight"),
            weights: weights, clusters: clusters, hasClusters: !clusters.isEmpty,
            columnCount: period.isPhase ? "6" : "5")
    }

    /// "Năm 2021 không được chấm điểm: thiếu số liệu của … (92, báo cáo bị từ chối)": the years of a phase an
    /// agency has no score for, each with the agencies behind it whose report was rejected or not sent.
    func notScored(_ agency: String, parts: [String], years: [Int]) -> String {
        years.map { year in
            let lacking = ([agency] + parts).filter { code in
                let states = reportStates(code, in: year)
                return !states.isEmpty && !states.contains(where: \.isAccepted)
                    && !states.contains(.reportedBySuccessor)
            }
            guard !lacking.isEmpty else { return pick(Vocabulary.notScored([year])) }
            let missing = missingAgencies(lacking, in: year)
            return pick(
                "Năm \(year) không được chấm điểm: thiếu số liệu của \(missing.vi)",
                "Not scored in \(year): no figures of \(missing.en)")
        }.joined(separator: "; ")
    }

    /// A year's agencies of a cluster that have no score: "Chưa chấm điểm: … (P12, chưa gửi báo cáo)", so that an
    /// office is never left out of its cluster's table without a word. `ranked` holds the ranked agencies and the
    /// former agencies they carry (one merged away during the year is scored under its successor).
    func unranked(in cluster: String, year: Int, ranked: Set<String>) -> String? {
        let codes = Set(
            review.submissions.filter {
                $0.year == year && $0.cluster == cluster && $0.state != .reportedBySuccessor
                    && !ranked.contains($0.agency)
                    && !$0.agency.isEmpty
            }.map(\.agency)
        ).sorted()
        guard !codes.isEmpty else { return nil }
        let missing = missingAgencies(
            codes, in: year,
            accepted: Bilingual("không có kế hoạch hoặc chỉ tiêu để chấm điểm", "no plan or figures to score"))
        return pick("Chưa chấm điểm: \(missing.vi).", "Not scored: \(missing.en).")
    }

    /// "gồm cả …" / "includes the former …" with the former agencies' names, or nil when there are none.
    func includesFormer(_ codes: [String]) -> String? {
        guard !codes.isEmpty else { return nil }
        // With their codes: an office keeps its province's name under a new code (Cao Bằng, 04 then P04).
        let names = codes.map { "\(agencyName($0, reference.agencies[$0]?.name ?? $0)) (\($0))" }.joined(
            separator: ", ")
        return pick("gồm cả các đơn vị trước đây: \(names)", "includes the former \(names)")
    }
}
