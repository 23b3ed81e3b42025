import Foundation
import LiaisonCore
@testable import LiaisonServer
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The console's server-drawn bar charts: well-formed SVG whatever the labels, a sentence when
/// there is nothing to draw, mirrored right to left, and a readable scale.
@Suite struct ConsoleChartTests {
    static func chart(_ categories: [ConsoleBarChart.Category], orientation: ConsoleBarChart.Orientation = .vertical,
                      rightToLeft: Bool = false) -> ConsoleBarChart {
        ConsoleBarChart(id: "test", title: "Requests <per> day", orientation: orientation, series: ["Received", "Sent & more"],
                        categories: categories, valueAxis: "Requests", categoryAxis: "Day", emptyText: "Nothing yet",
                        rightToLeft: rightToLeft)
    }

    @Test(arguments: [ConsoleBarChart.Orientation.vertical, .horizontal])
    func labelsAreEscapedAndTheSVGIsWellFormed(orientation: ConsoleBarChart.Orientation) {
        let svg = Self.chart([.init(label: "<script>alert('x')</script>", values: [3, 1]), .init(label: "B\"C", values: [0, 2])],
                             orientation: orientation).svg
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(svg.contains("Sent &amp; more") && svg.contains("Requests &lt;per&gt; day"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("<title id=\"test-title\">") && svg.contains("aria-labelledby=\"test-title\""))
        #expect(svg.matches(of: /<rect class="chart-series-\d"[^>]*><title>/).count == 4, "every bar says what it is")
    }

    @Test(arguments: [[], [ConsoleBarChart.Category(label: "1 Dec", values: [0, 0])]])
    func nothingToDrawIsSaid(categories: [ConsoleBarChart.Category]) {
        let svg = Self.chart(categories).svg
        #expect(svg.contains("Nothing yet"))
        #expect(!svg.contains("<rect"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func rightToLeftStartsOnTheRight() throws {
        let categories: [ConsoleBarChart.Category] = [.init(label: "first", values: [1, 0]), .init(label: "last", values: [1, 0])]
        func bars(_ svg: String) -> [Double] {
            svg.matches(of: /<rect class="chart-series-0" x="([0-9.]+)" y="[0-9.]+" width="[0-9.]+" height="[0-9.]+"><title>/)
                .compactMap { Double($0.output.1) }
        }
        let leftToRight = bars(Self.chart(categories).svg)
        let rightToLeft = bars(Self.chart(categories, rightToLeft: true).svg)
        #expect(leftToRight.count == 2 && rightToLeft.count == 2)
        #expect(leftToRight[0] < leftToRight[1])
        #expect(rightToLeft[0] > rightToLeft[1], "the first category stands on the right")
        let axis = Self.chart(categories, rightToLeft: true).svg.firstMatch(of: /<text class="chart-tick" x="([0-9.]+)"[^>]*text-anchor="start">/)
        #expect(axis.flatMap { Double($0.output.1) } ?? 0 > 600, "the value axis stands on the right, its numbers reading away from it")
    }

    @Test func theScaleEndsOnARoundNumber() {
        #expect(Self.chart([.init(label: "a", values: [7, 3])]).axisMaximum() == 10)
        #expect(Self.chart([.init(label: "a", values: [2, 0])]).axisMaximum() == 2)
        #expect(Self.chart([.init(label: "a", values: [0.35, 0])]).axisMaximum() == 0.5)
        #expect(Self.chart([.init(label: "a", values: [130, 0])]).axisMaximum() == 200)
    }
}

/// The countdown of a request's due date, as the board words it before `requests.js` ticks it.
@Suite struct ConsoleRequestCountdownTests {
    static let catalog = ["request_due_in": "Due in {time}", "request_overdue_by": "Overdue by {time}",
                          "request_days": "{n} d", "request_hours": "{n} h", "request_minutes": "{n} min"]

    static let cases: [(seconds: TimeInterval, text: String)] = [
        (176_400 + 600, "Due in 2 d 1 h"), (10_800 + 1230, "Due in 3 h 20 min"), (59, "Due in 0 min"),
        (-5400, "Overdue by 1 h 30 min"), (-259_200, "Overdue by 3 d 0 h"),
    ]

    @Test(arguments: cases)
    func theTimeLeftIsWordedInItsTwoLargestUnits(seconds: TimeInterval, text: String) {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let countdown = ConsoleRequestCountdown(due: now.addingTimeInterval(seconds), now: now)
        #expect(countdown.text(.en, catalog: Self.catalog) == text)
        #expect(countdown.isOverdue == (seconds < 0))
    }
}
