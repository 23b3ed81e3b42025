import Foundation

/// A bar chart drawn by the server as inline SVG: vertical bars (one group per category, such as
/// a day) or horizontal bars (one row per category, such as a counterpart agency), with axis
/// labels, a legend, a `<title>` naming the chart (the page shows it as the heading above) and
/// one on every bar for screen readers and tooltips. Every
/// text is escaped here, which is why a page may insert `svg` unescaped. Right to left, the
/// chart is mirrored: categories and bars start on the right and the value axis stands there
/// (positions and text anchors are mirrored here, so the SVG itself is laid out left to right:
/// the style sheet gives `.chart` `direction: ltr` inside a right-to-left page).
/// Colours come from the style sheet (`chart-series-N` classes), since the page's
/// Content-Security-Policy forbids inline styles.
struct ConsoleBarChart {
    enum Orientation { case vertical, horizontal }

    struct Category {
        var label: String
        /// One value per series, in the order of `series`.
        var values: [Double]
    }

    /// Unique on the page: the SVG's `<title>` is referenced by it.
    var id: String
    var title: String
    var orientation: Orientation
    var series: [String]
    var categories: [Category]
    var valueAxis: String
    var categoryAxis: String
    /// Said in the chart when there is nothing to draw.
    var emptyText: String
    var rightToLeft = false
    /// How a value reads on the axis and in a bar's title.
    var format: (Double) -> String = { String(Int($0.rounded())) }

    private static let width = 720.0
    private static let top = 8.0
    private static let legendHeight = 24.0

    var svg: String {
        let isEmpty = categories.isEmpty || !categories.contains { $0.values.contains { $0 > 0 } }
        let height = isEmpty ? 120.0 : (orientation == .vertical ? 320.0 : Self.top + Self.legendHeight + 40 + Double(categories.count) * rowHeight)
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\"",
                     " aria-labelledby=\"\(id)-title\">",
                     "<title id=\"\(id)-title\">\(Self.escape(title))</title>"]
        if isEmpty {
            parts.append(text(Self.width / 2, height / 2 + 10, emptyText, anchor: "middle", style: "chart-empty"))
        } else {
            parts.append(legend())
            parts += orientation == .vertical ? verticalBars(height: height) : horizontalBars(height: height)
        }
        parts.append("</svg>")
        return parts.joined()
    }

    // MARK: Vertical bars

    private func verticalBars(height: Double) -> [String] {
        let (left, right, bottom) = (64.0, 16.0, 64.0)
        let plotTop = Self.top + Self.legendHeight + 8
        let plotHeight = height - plotTop - bottom
        let plotWidth = Self.width - left - right
        let scale = axisMaximum()
        var parts = valueTicks(scale).map { tick -> String in
            let y = plotTop + plotHeight * (1 - tick / scale)
            return line(left, y, left + plotWidth, y, style: "chart-grid") + text(left - 6, y + 4, format(tick), anchor: "end", style: "chart-tick")
        }
        let slot = plotWidth / Double(categories.count)
        let barWidth = max(1, (slot * 0.8) / Double(max(series.count, 1)))
        let labelEvery = Int((Double(categories.count) / 10).rounded(.up))
        for (index, category) in categories.enumerated() {
            let slotStart = left + slot * Double(index) + slot * 0.1
            for (position, value) in category.values.enumerated() {
                let barHeight = plotHeight * value / scale
                parts.append(bar(slotStart + barWidth * Double(position), plotTop + plotHeight - barHeight, barWidth, barHeight,
                                 series: position, tooltip: "\(category.label) · \(series[position]): \(format(value))"))
            }
            if index % labelEvery == 0 {
                parts.append(text(slotStart + slot * 0.4, plotTop + plotHeight + 16, category.label, anchor: "middle", style: "chart-tick"))
            }
        }
        parts.append(line(left, plotTop + plotHeight, left + plotWidth, plotTop + plotHeight, style: "chart-axis"))
        parts.append(text(left + plotWidth / 2, height - 12, categoryAxis, anchor: "middle", style: "chart-axis-label"))
        parts.append(verticalText(18, plotTop + plotHeight / 2, valueAxis))
        return parts
    }

    // MARK: Horizontal bars

    private var rowHeight: Double { 12 + 14 * Double(max(series.count, 1)) }

    private func horizontalBars(height: Double) -> [String] {
        let (left, right) = (168.0, 72.0)
        let plotTop = Self.top + Self.legendHeight + 8
        let plotWidth = Self.width - left - right
        let plotBottom = plotTop + Double(categories.count) * rowHeight
        let scale = axisMaximum()
        var parts = valueTicks(scale).map { tick -> String in
            let x = left + plotWidth * tick / scale
            return line(x, plotTop, x, plotBottom, style: "chart-grid") + text(x, plotBottom + 14, format(tick), anchor: "middle", style: "chart-tick")
        }
        for (index, category) in categories.enumerated() {
            let rowTop = plotTop + Double(index) * rowHeight + 6
            parts.append(text(left - 8, rowTop + rowHeight / 2, category.label, anchor: "end", style: "chart-category"))
            for (position, value) in category.values.enumerated() {
                let y = rowTop + 14 * Double(position)
                let barWidth = plotWidth * value / scale
                parts.append(bar(left, y, barWidth, 12, series: position, tooltip: "\(category.label) · \(series[position]): \(format(value))"))
                if value > 0 { parts.append(text(left + barWidth + 4, y + 10, format(value), anchor: "start", style: "chart-value")) }
            }
        }
        parts.append(line(left, plotTop, left, plotBottom, style: "chart-axis"))
        parts.append(text(left + plotWidth / 2, height - 6, valueAxis, anchor: "middle", style: "chart-axis-label"))
        parts.append(verticalText(14, plotTop + (plotBottom - plotTop) / 2, categoryAxis))
        return parts
    }

    // MARK: Pieces

    private func legend() -> String {
        series.enumerated().map { position, name in
            let x = 16 + Double(position) * 180
            return "<rect class=\"chart-series-\(position)\" x=\"\(Self.number(mirror(x, width: 12)))\" y=\"\(Int(Self.top))\" width=\"12\" height=\"12\"/>"
                + text(x + 18, Self.top + 11, name, anchor: "start", style: "chart-legend")
        }.joined()
    }

    private func bar(_ x: Double, _ y: Double, _ width: Double, _ height: Double, series position: Int, tooltip: String) -> String {
        "<rect class=\"chart-series-\(position)\" x=\"\(Self.number(mirror(x, width: width)))\" y=\"\(Self.number(y))\" "
            + "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\"><title>\(Self.escape(tooltip))</title></rect>"
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, style: String) -> String {
        "<line class=\"\(style)\" x1=\"\(Self.number(mirror(x1)))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(mirror(x2)))\" y2=\"\(Self.number(y2))\"/>"
    }

    /// A text at `x` measured from the start side; `anchor` is start, middle or end in that direction.
    private func text(_ x: Double, _ y: Double, _ content: String, anchor: String, style: String) -> String {
        let mirrored = rightToLeft ? ["start": "end", "end": "start"][anchor] ?? anchor : anchor
        return "<text class=\"\(style)\" x=\"\(Self.number(mirror(x)))\" y=\"\(Self.number(y))\" text-anchor=\"\(mirrored)\">\(Self.escape(content))</text>"
    }

    private func verticalText(_ x: Double, _ y: Double, _ content: String) -> String {
        let at = "\(Self.number(mirror(x))) \(Self.number(y))"
        return "<text class=\"chart-axis-label\" transform=\"rotate(-90 \(at))\" x=\"\(Self.number(mirror(x)))\" y=\"\(Self.number(y))\" "
            + "text-anchor=\"middle\">\(Self.escape(content))</text>"
    }

    /// An x (and a width starting there) measured from the start side, as drawn.
    private func mirror(_ x: Double, width: Double = 0) -> Double {
        rightToLeft ? Self.width - x - width : x
    }

    // MARK: Scale

    /// The top of the value axis: the largest value rounded up to 1, 2 or 5 times a power of ten.
    func axisMaximum() -> Double {
        let largest = categories.flatMap(\.values).max() ?? 0
        guard largest > 0 else { return 1 }
        let magnitude = pow(10, (log10(largest)).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= largest } ?? largest
    }

    /// Whole steps for small counts (0, 1, 2), fifths of the axis otherwise.
    private func valueTicks(_ maximum: Double) -> [Double] {
        let steps = maximum >= 5 || maximum != maximum.rounded() ? 5 : Int(maximum)
        return (0...steps).map { maximum * Double($0) / Double(steps) }
    }

    // MARK: Text

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
