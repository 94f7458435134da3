import Foundation

/// The report's charts as inline SVG, built from numbers. This is the only markup made in Swift: the template
/// inserts it unescaped, so every text in it goes through `escape`. Shapes differ by fill *and* pattern or
/// outline, so the charts still read when printed in black and white.
enum HTMLCharts {
    static let width = 720.0
    static let ink = "#1b2a3a"
    static let dark = "#2c4a6e"
    static let light = "#c9d3de"
    static let grid = "#d5d9de"

    /// Escapes text for SVG content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A coordinate with at most one decimal, the same on every machine.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// A round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts `span` into about `parts` intervals.
    static func niceStep(_ span: Double, parts: Double = 5) -> Double {
        guard span > 0 else { return 1 }
        let raw = span / parts
        let magnitude = pow(10, floor(log10(raw)))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where raw <= factor * magnitude { return factor * magnitude }
        return 10 * magnitude
    }

    /// The opening of an accessible chart: `role="img"`, a title and a description that says the figures.
    static func svgOpen(id: String, height: Double, title: String, description: String) -> String {
        """
        <svg class="chart-svg" viewBox="0 0 \(n(width)) \(n(height))" \
        role="img" aria-labelledby="\(id)-title \(id)-desc">
        <title id="\(id)-title">\(escape(title))</title>
        <desc id="\(id)-desc">\(escape(description))</desc>

        """
    }

    static func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Double = 12,
        weight: String? = nil, fill: String = ink
    ) -> String {
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        return
            "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\" fill=\"\(fill)\"\(bold)>\(escape(content))</text>\n"
    }

    /// Splits a label into at most `lines` lines of about `limit` characters, at spaces; the last line is cut
    /// with an ellipsis if the label is longer still.
    static func wrap(_ label: String, limit: Int, lines: Int = 2) -> [String] {
        var result: [String] = []
        var current = ""
        for word in label.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        guard result.count > lines else { return result }
        var kept = Array(result.prefix(lines))
        var last = kept[lines - 1]
        if last.count > limit - 1 { last = String(last.prefix(limit - 1)) }
        kept[lines - 1] = last + "…"
        return kept
    }

    // MARK: Policyholders over the years

    /// Columns of SI + HI + UI policyholders per year (baseline first, hatched), with each year's plan as a
    /// dashed mark.
    static func participants(_ f: ModelFormatter) -> String {
        let h = f.review.headline
        let years = h.participants.keys.sorted()
        let plans = Dictionary(
            f.sectorRows.filter { $0.indicator == HTMLViewModel.headlineIndicator }.map { ($0.year, $0.plan) },
            uniquingKeysWith: { first, _ in first })
        let values = years.map { double(h.participants[$0] ?? 0) }
        let planValues = years.map { plans[$0].flatMap { $0 }.map(double) }
        let maximum = max(values.max() ?? 0, planValues.compactMap { $0 }.max() ?? 0)
        let million = 1_000_000.0
        let step = niceStep(maximum / million) * million
        let top = max(step, ceil(maximum / step) * step)
        let height = 320.0
        let left = 58.0
        let right = 16.0
        let upper = 44.0
        let lower = 50.0
        let plotWidth = width - left - right
        let plotHeight = height - upper - lower
        func y(_ v: Double) -> Double { upper + plotHeight * (1 - v / top) }
        let title = f.pick("Người tham gia BHXH, BHYT, BHTN qua các năm", "SI, HI and UI policyholders by year")
        let description = years.map { year in "\(year): \(f.number(h.participants[year]))" }
            .joined(separator: "; ")
        var svg = svgOpen(id: "chart-participants", height: height, title: title, description: description)
        svg += """
            <defs><pattern id="hatch-baseline" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="\(dark)" stroke-width="2.2"/>\
            </pattern></defs>

            """
        svg += text(left - 8, 18, f.pick("Triệu người", "Million persons"), anchor: "start", size: 12, weight: "bold")
        // Legend: actual and plan.
        let legendX = width - right - 250
        svg += "<rect x=\"\(n(legendX))\" y=\"8\" width=\"14\" height=\"12\" fill=\"\(dark)\"/>\n"
        svg += text(legendX + 20, 18, f.pick("Thực hiện", "Actual"), size: 12)
        svg +=
            "<line x1=\"\(n(legendX + 100))\" y1=\"14\" x2=\"\(n(legendX + 124))\" y2=\"14\" stroke=\"\(ink)\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n"
        svg += text(legendX + 130, 18, f.pick("Kế hoạch", "Plan"), size: 12)
        var tick = 0.0
        while tick <= top + 0.5 {
            svg +=
                "<line x1=\"\(n(left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(tick)))\" stroke=\"\(grid)\" stroke-width=\"1\"/>\n"
            svg += text(left - 8, y(tick) + 4, f.language.format(Decimal(tick / million)), anchor: "end", size: 11)
            tick += step
        }
        let band = plotWidth / Double(max(years.count, 1))
        let barWidth = min(band * 0.56, 70)
        for (index, year) in years.enumerated() {
            let center = left + band * (Double(index) + 0.5)
            let value = values[index]
            let isBaseline = year == f.period.baselineYear
            let fill = isBaseline ? "url(#hatch-baseline)" : dark
            svg +=
                "<rect x=\"\(n(center - barWidth / 2))\" y=\"\(n(y(value)))\" width=\"\(n(barWidth))\" height=\"\(n(y(0) - y(value)))\" fill=\"\(fill)\" stroke=\"\(dark)\" stroke-width=\"1\"/>\n"
            if let plan = planValues[index] {
                svg +=
                    "<line x1=\"\(n(center - barWidth / 2 - 6))\" y1=\"\(n(y(plan)))\" x2=\"\(n(center + barWidth / 2 + 6))\" y2=\"\(n(y(plan)))\" stroke=\"\(ink)\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n"
            }
            let labelY = min(y(value), planValues[index].map(y) ?? y(value)) - 7
            svg += text(center, labelY, f.number(h.participants[year]), anchor: "middle", size: 11.5, weight: "bold")
            svg += text(center, height - lower + 18, String(year), anchor: "middle", size: 12.5, weight: "bold")
            var note = isBaseline ? f.pick("năm gốc", "baseline") : ""
            if let asOf = f.partialYearAsOf(year) { note = f.pick("đến ", "at ") + f.language.date(asOf) }
            if !note.isEmpty { svg += text(center, height - lower + 34, note, anchor: "middle", size: 11) }
        }
        svg +=
            "<line x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(0)))\" stroke=\"\(ink)\" stroke-width=\"1.2\"/>\n"
        return svg + "</svg>"
    }

    // MARK: Fulfilment by cluster

    /// Horizontal bars from the 100% line to each cluster's fulfilment: right of the line is above plan (solid),
    /// left is below (light, outlined). Diverging from 100% keeps small differences visible without cutting an axis.
    static func clusterFulfilment(_ f: ModelFormatter, rows: [IndicatorRow], title: String) -> String {
        let labels = rows.map { f.clusterName($0.code, $0.name) }
        // A long cluster name ("Cụm thi đua số 1 (Trung du và miền núi phía Bắc I, từ năm 2025)") takes two lines
        // rather than running off the left edge.
        let wrapped = labels.map { wrap($0, limit: 44) }
        let values = rows.map { double($0.fulfilment ?? 100) }
        let longest = wrapped.flatMap { $0 }.map(\.count).max() ?? 10
        let labelWidth = min(300, max(110, Double(longest) * 6.4 + 8))
        let rowHeight = wrapped.contains { $0.count > 1 } ? 36.0 : 24.0
        let upper = 34.0
        let lower = 30.0
        let height = upper + rowHeight * Double(rows.count) + lower
        // Each side of 100% as wide as its furthest bar needs, and at least one step, so that a year where every
        // cluster is below plan does not leave half the chart empty.
        let below = max(0, 100 - (values.min() ?? 100))
        let above = max(0, (values.max() ?? 100) - 100)
        let step = niceStep(max(below, above, 0.5), parts: 3)
        let low = 100 - max(step, ceil(below / step) * step)
        let high = 100 + max(step, ceil(above / step) * step)
        // Room each side for the value labels.
        let plotLeft = labelWidth + 62
        let plotRight = width - 62
        func x(_ v: Double) -> Double { plotLeft + (v - low) / (high - low) * (plotRight - plotLeft) }
        let description = zip(labels, rows).map { label, row in "\(label): \(f.percent(row.fulfilment))" }.joined(
            separator: "; ")
        var svg = svgOpen(id: "chart-clusters", height: height, title: title, description: description)
        // Grid and axis labels at round steps either side of 100%.
        var tick = low
        while tick <= high + 1e-9 {
            let isCenter = abs(tick - 100) < 1e-9
            if !isCenter {
                svg +=
                    "<line x1=\"\(n(x(tick)))\" y1=\"\(n(upper - 6))\" x2=\"\(n(x(tick)))\" y2=\"\(n(height - lower))\" stroke=\"\(grid)\" stroke-width=\"1\"/>\n"
            }
            let label = f.language.format(Decimal(tick), decimals: step < 1 ? 1 : 0) + "%"
            svg += text(
                x(tick), height - lower + 18, label, anchor: "middle", size: 11, weight: isCenter ? "bold" : nil)
            tick += step
        }
        svg += text(x(100) - 8, 16, f.pick("◀ Dưới kế hoạch", "◀ Below plan"), anchor: "end", size: 11.5)
        svg += text(x(100) + 8, 16, f.pick("Vượt kế hoạch ▶", "Above plan ▶"), anchor: "start", size: 11.5)
        for (index, row) in rows.enumerated() {
            let top = upper + rowHeight * Double(index)
            let value = values[index]
            let barTop = top + (rowHeight - 14) / 2
            let barHeight = 14.0
            let lines = wrapped[index]
            let firstLine = top + rowHeight / 2 + 4 - Double(lines.count - 1) * 7
            for (lineIndex, line) in lines.enumerated() {
                svg += text(labelWidth, firstLine + Double(lineIndex) * 14, line, anchor: "end", size: 12)
            }
            let from = min(x(100), x(value))
            let to = max(x(100), x(value))
            let above = value >= 100
            svg +=
                "<rect x=\"\(n(from))\" y=\"\(n(barTop))\" width=\"\(n(max(to - from, 1)))\" height=\"\(n(barHeight))\" fill=\"\(above ? dark : light)\" stroke=\"\(dark)\" stroke-width=\"1\"/>\n"
            let valueText = f.percent(row.fulfilment)
            svg += text(
                above ? to + 5 : from - 5, top + rowHeight / 2 + 4, valueText, anchor: above ? "start" : "end",
                size: 11.5, weight: above ? nil : "bold")
        }
        // The 100% line, drawn last so it stays on top of the bars.
        svg +=
            "<line x1=\"\(n(x(100)))\" y1=\"\(n(upper - 10))\" x2=\"\(n(x(100)))\" y2=\"\(n(height - lower + 4))\" stroke=\"\(ink)\" stroke-width=\"2\"/>\n"
        return svg + "</svg>"
    }

    // MARK: Awards by form

    /// Horizontal bars per award form: collectives (solid) then individuals (light, outlined), with the counts.
    static func awardsByForm(_ f: ModelFormatter, rows: [AwardSummaryRow], title: String) -> String {
        let labels = rows.map { f.awardName($0.award, $0.awardName) }
        let wrapped = labels.map { wrap($0, limit: 34) }
        let labelWidth = 230.0
        let rowHeight = 36.0
        let upper = 36.0
        let lower = 28.0
        let height = upper + rowHeight * Double(rows.count) + lower
        let maximum = Double(rows.map { $0.collectives + $0.individuals }.max() ?? 1)
        let step = niceStep(maximum, parts: 4)
        let top = max(step, ceil(maximum / step) * step)
        let plotLeft = labelWidth + 12
        let plotRight = width - 96
        func x(_ v: Double) -> Double { plotLeft + v / top * (plotRight - plotLeft) }
        let description = zip(labels, rows).map { label, row in
            "\(label): " + f.collectivesAndIndividuals(row.collectives, row.individuals)
        }.joined(separator: "; ")
        var svg = svgOpen(id: "chart-awards", height: height, title: title, description: description)
        svg += "<rect x=\"\(n(plotLeft))\" y=\"8\" width=\"14\" height=\"12\" fill=\"\(dark)\" stroke=\"\(dark)\"/>\n"
        svg += text(plotLeft + 20, 18, f.pick("Tập thể", "Collectives"), size: 12)
        svg +=
            "<rect x=\"\(n(plotLeft + 110))\" y=\"8\" width=\"14\" height=\"12\" fill=\"\(light)\" stroke=\"\(dark)\"/>\n"
        svg += text(plotLeft + 130, 18, f.pick("Cá nhân", "Individuals"), size: 12)
        var tick = 0.0
        while tick <= top + 1e-9 {
            svg +=
                "<line x1=\"\(n(x(tick)))\" y1=\"\(n(upper - 4))\" x2=\"\(n(x(tick)))\" y2=\"\(n(height - lower))\" stroke=\"\(grid)\" stroke-width=\"1\"/>\n"
            svg += text(x(tick), height - lower + 16, f.language.format(Decimal(tick)), anchor: "middle", size: 11)
            tick += step
        }
        for (index, row) in rows.enumerated() {
            let top = upper + rowHeight * Double(index)
            let lines = wrapped[index]
            let firstLine = top + rowHeight / 2 + 4 - Double(lines.count - 1) * 7
            for (lineIndex, line) in lines.enumerated() {
                svg += text(labelWidth, firstLine + Double(lineIndex) * 14, line, anchor: "end", size: 12)
            }
            let barTop = top + 9
            let barHeight = rowHeight - 18
            let split = x(Double(row.collectives))
            let end = x(Double(row.collectives + row.individuals))
            if row.collectives > 0 {
                svg +=
                    "<rect x=\"\(n(plotLeft))\" y=\"\(n(barTop))\" width=\"\(n(max(split - plotLeft, 1)))\" height=\"\(n(barHeight))\" fill=\"\(dark)\" stroke=\"\(dark)\" stroke-width=\"1\"/>\n"
            }
            if row.individuals > 0 {
                svg +=
                    "<rect x=\"\(n(split))\" y=\"\(n(barTop))\" width=\"\(n(max(end - split, 1)))\" height=\"\(n(barHeight))\" fill=\"\(light)\" stroke=\"\(dark)\" stroke-width=\"1\"/>\n"
            }
            let counts = [
                row.collectives > 0 ? f.count(row.collectives) : nil,
                row.individuals > 0 ? f.count(row.individuals) : nil,
            ]
            .compactMap { $0 }.joined(separator: " + ")
            svg += text(max(end, plotLeft + 1) + 6, top + rowHeight / 2 + 4, counts, size: 11.5, weight: "bold")
        }
        svg +=
            "<line x1=\"\(n(plotLeft))\" y1=\"\(n(upper - 4))\" x2=\"\(n(plotLeft))\" y2=\"\(n(height - lower))\" stroke=\"\(ink)\" stroke-width=\"1.2\"/>\n"
        return svg + "</svg>"
    }
}
