/// A chart of the report as a file of its own: the run layer turns the SVG into the PNG the document shows
/// (Word has no inline SVG that every version reads).
public struct WordChart: Sendable, Equatable {
    /// The image's file name in the source's folder (`chart-participants.png`); the SVG goes beside it under the
    /// same name with `.svg`.
    public let image: String
    /// A standalone SVG document: the HTML report's chart with the namespace a file needs and a font that has
    /// Vietnamese letters and Times New Roman's measures.
    public let svg: String

    /// The SVG's file name.
    public var svgFile: String { String(image.dropLast(".png".count)) + ".svg" }
}

/// What the Word source shows of a chart: its image file, caption and printed width.
struct WordFigure {
    let file: String
    let caption: String
    let width: String
}

enum WordCharts {
    /// The charts' printed width: the page's text width (A4 less 30 + 15 mm of margins) with a little room.
    static let width = "16cm"

    /// The font the charts' text is drawn in; `Scripts/bootstrap` installs it (Debian's `fonts-liberation2`).
    static let font = "Liberation Serif, Times New Roman, serif"

    /// The HTML report's inline chart as a standalone SVG file. `HTMLCharts.svgOpen` starts every chart the same
    /// way, so the opening is replaced, not parsed.
    static func standalone(_ inline: String) -> String {
        let opening = "<svg class=\"chart-svg\" "
        precondition(inline.hasPrefix(opening), "HTMLCharts.svgOpen no longer starts a chart with \(opening)")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"\(font)\" "
            + inline.dropFirst(opening.count) + "\n"
    }

    /// The chart and the figure that shows it, when the report has that chart.
    static func make(_ name: String, svg: String?, caption: String) -> (chart: WordChart, figure: WordFigure)? {
        guard let svg else { return nil }
        let image = "chart-\(name).png"
        return (WordChart(image: image, svg: standalone(svg)), WordFigure(file: image, caption: caption, width: width))
    }
}
