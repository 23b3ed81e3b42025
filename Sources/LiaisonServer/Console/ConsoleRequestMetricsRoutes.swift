import Foundation
import Hummingbird
import LiaisonCore

/// `/requests/metrics`: the operation centre's figures of `GET /api/v1/requests/metrics` — open
/// and overdue requests, requests received and sent per day, and the median response time per
/// counterpart — drawn as SVG charts by the server, each followed by its figures as a table.
struct ConsoleRequestMetricsRoutes {
    let liaison: Liaison
    let page: ConsolePage

    func add(to router: some RouterMethods<LiaisonRequestContext>) {
        router.get("requests/metrics") { request, context in
            let visit = page.visit(request, context)
            let metrics = try await AssistanceService(liaison: liaison).metrics(by: try context.requireActor())
            let catalog = page.resources.catalog(visit.language)
            let language = visit.language
            func word(_ key: String) -> String { catalog[key] ?? key }
            let days = metrics.days.map { day -> (label: String, day: AssistanceMetrics.Day) in
                let date = try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().parse(day.date)
                return (date.map(language.day) ?? day.date, day)
            }
            let perDay = ConsoleBarChart(
                id: "chart-per-day", title: word("metrics_per_day_title"), orientation: .vertical,
                series: [word("metrics_received"), word("metrics_sent")],
                categories: days.map { .init(label: $0.label, values: [Double($0.day.received), Double($0.day.sent)]) },
                valueAxis: word("metrics_requests_axis"), categoryAxis: word("metrics_day_axis"), emptyText: word("metrics_no_requests"),
                rightToLeft: language.direction == "rtl", format: { language.number(Int($0.rounded())) })
            let answered = metrics.counterparts.filter { $0.sent.medianResponseSeconds != nil || $0.received.medianResponseSeconds != nil }
            let response = ConsoleBarChart(
                id: "chart-response", title: word("metrics_response_title"), orientation: .horizontal,
                series: [word("metrics_their_answers"), word("metrics_our_answers")],
                categories: answered.map { counterpart in
                    .init(label: counterpart.agency.value,
                          values: [counterpart.sent, counterpart.received].map { Double($0.medianResponseSeconds ?? 0) / 3600 })
                },
                valueAxis: word("metrics_hours_axis"), categoryAxis: word("metrics_counterpart_axis"), emptyText: word("metrics_no_answers"),
                rightToLeft: language.direction == "rtl", format: { language.hours(seconds: Int(($0 * 3600).rounded())) })
            let median = { (flow: AssistanceMetrics.Flow) in flow.medianResponseSeconds.map { language.hours(seconds: $0) } ?? "—" }
            let values: [String: Any] = [
                "tiles": [("open-received", "metrics_open_received", metrics.open.received), ("open-sent", "metrics_open_sent", metrics.open.sent),
                          ("overdue-received", "metrics_overdue_received", metrics.overdue.received),
                          ("overdue-sent", "metrics_overdue_sent", metrics.overdue.sent)].map { id, key, count in
                    ["id": id, "label": word(key), "count": language.number(count)]
                },
                "window": word("metrics_window").replacingOccurrences(of: "{days}", with: language.number(metrics.windowDays)),
                "asOf": language.date(metrics.asOf),
                "perDayChart": perDay.svg, "responseChart": response.svg,
                "days": days.map { ["date": $0.label, "received": language.number($0.day.received), "sent": language.number($0.day.sent)] },
                "counterparts": metrics.counterparts.map { counterpart -> [String: String] in
                    ["agency": counterpart.agency.value,
                     "received": language.number(counterpart.received.requests), "ourMedian": median(counterpart.received),
                     "sent": language.number(counterpart.sent.requests), "theirMedian": median(counterpart.sent)]
                },
            ]
            return page.render("request-metrics", title: "request_metrics", values: values, visit: visit)
        }
    }
}
