import Foundation

/// The small chart of an agency's page: its fulfilment of the policyholders plan each year beside the sector's.
enum AgencyChart {
    static func fulfilment(_ f: ModelFormatter, code: String, years: [Int]) -> String {
        let indicator = HTMLViewModel.headlineIndicator
        func value(_ scope: Scope, _ key: String?, _ year: Int) -> Double? {
            f.review.indicators.first {
                $0.year == year && $0.scope == scope && (key == nil || $0.code == key) && $0.indicator == indicator
            }?.fulfilment.map(HTMLCharts.double)
        }
        let series = years.map { (year: $0, own: value(.agency, code, $0), sector: value(.sector, nil, $0)) }
        guard series.contains(where: { $0.own != nil }) else { return "" }
        let all = series.flatMap { [$0.own, $0.sector] }.compactMap { $0 }
        let low = min(95, floor((all.min() ?? 95) - 1))
        let high = max(105, ceil((all.max() ?? 105) + 1))
        let width = 560.0
        let height = 220.0
        let left = 48.0
        let right = 12.0
        let upper = 34.0
        let lower = 30.0
        func y(_ v: Double) -> Double { upper + (height - upper - lower) * (1 - (v - low) / (high - low)) }
        let title = f.pick(
            "Tỷ lệ hoàn thành kế hoạch người tham gia BHXH, BHYT, BHTN", "Fulfilment of the policyholders plan")
        let description = series.map { s in
            "\(s.year): \(s.own.map { f.language.percent(Decimal($0)) } ?? f.dash)"
        }.joined(separator: "; ")
        var svg = HTMLCharts.svgOpen(id: "chart-agency", height: height, title: title, description: description)
            .replacingOccurrences(
                of: "viewBox=\"0 0 \(HTMLCharts.n(HTMLCharts.width))", with: "viewBox=\"0 0 \(HTMLCharts.n(width))")
        svg += "<rect x=\"\(HTMLCharts.n(left))\" y=\"8\" width=\"14\" height=\"12\" fill=\"\(HTMLCharts.dark)\"/>\n"
        svg += HTMLCharts.text(left + 20, 18, f.pick("Đơn vị", "Agency"), size: 12)
        svg +=
            "<rect x=\"\(HTMLCharts.n(left + 110))\" y=\"8\" width=\"14\" height=\"12\" fill=\"\(HTMLCharts.light)\"/>\n"
        svg += HTMLCharts.text(left + 130, 18, f.pick("Toàn ngành", "Sector"), size: 12)
        let step = HTMLCharts.niceStep(high - low, parts: 4)
        var tick = (low / step).rounded(.up) * step
        while tick <= high {
            let stroke = tick == 100 ? HTMLCharts.ink : HTMLCharts.grid
            svg +=
                "<line x1=\"\(HTMLCharts.n(left))\" y1=\"\(HTMLCharts.n(y(tick)))\" x2=\"\(HTMLCharts.n(width - right))\" y2=\"\(HTMLCharts.n(y(tick)))\" stroke=\"\(stroke)\" stroke-width=\"1\"/>\n"
            svg += HTMLCharts.text(
                left - 6, y(tick) + 4, f.language.format(Decimal(tick)) + "%", anchor: "end", size: 11)
            tick += step
        }
        let band = (width - left - right) / Double(max(series.count, 1))
        let bar = min(band * 0.3, 34)
        for (index, s) in series.enumerated() {
            let center = left + band * (Double(index) + 0.5)
            for (offset, v, fill) in [
                (-bar / 2 - 1, s.own, HTMLCharts.dark), (bar / 2 + 1, s.sector, HTMLCharts.light),
            ] {
                guard let v else { continue }
                let top = y(max(v, low))
                svg +=
                    "<rect x=\"\(HTMLCharts.n(center + offset - bar / 2))\" y=\"\(HTMLCharts.n(top))\" width=\"\(HTMLCharts.n(bar))\" height=\"\(HTMLCharts.n(y(low) - top))\" fill=\"\(fill)\" stroke=\"\(HTMLCharts.dark)\" stroke-width=\"0.8\"/>\n"
            }
            if let own = s.own {
                svg += HTMLCharts.text(
                    center - bar / 2 - 1, y(own) - 5, f.language.format(Decimal(own), decimals: 1), anchor: "middle",
                    size: 10.5, weight: "bold")
            }
            svg += HTMLCharts.text(
                center, height - lower + 18, String(s.year), anchor: "middle", size: 12, weight: "bold")
        }
        return svg + "</svg>"
    }
}
