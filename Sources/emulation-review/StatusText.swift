import EmulationReview
import EmulationReviewRun

/// What `status` prints, in its reader's language: the words change, dates, periods, digests, commands, exit
/// statuses and the server's replies do not.
struct StatusText {
    let language: Language
    let mailConfigured: Bool

    private func say(_ vi: String, _ en: String) -> String { Bilingual(vi, en)(language) }

    func text(store: String, runs: [RunRecord], reports: [String: ReportState], deliveries: [Delivery]) -> String {
        var out = say("kho trạng thái", "state") + ": \(store)\n\n" + say("các lần chạy gần đây", "last runs") + ":\n"
        if runs.isEmpty { out += "  " + say("chưa có", "none yet") + "\n" }
        for r in runs {
            let exit = say("mã thoát", "exit")
            out +=
                "  \(r.startedAt)  \(r.command)  \(exit) \(r.status)  \(r.periods.isEmpty ? "-" : r.periods)  \(r.message(language))\n"
        }
        out += "\n" + say("báo cáo", "reports") + ":\n"
        if reports.isEmpty { out += "  " + say("chưa công bố báo cáo nào", "none published yet") + "\n" }
        for period in reports.keys.compactMap(Period.init).sorted().map(\.description) {
            let report = reports[period]!
            let delivery =
                DeliveryLedger(deliveries).state(.report, period: period, digest: report.digest)?(language)
                ?? (mailConfigured ? say("chưa gửi", "not sent yet") : say("chưa cấu hình thư", "no mail configured"))
            let published = say("công bố", "published")
            let content = say("nội dung", "content")
            let email = say("thư", "email")
            out +=
                "  \(period)  \(published) \(report.publishedAt)  \(content) \(report.digest.prefix(12))  \(email): \(delivery)\n"
            out += "      \(report.summary(language))\n"
        }
        let attention = deliveries.filter { $0.status != .sent && $0.status != .superseded }
        out += "\n" + say("thư cần xử lý", "deliveries needing attention") + ":\n"
        if attention.isEmpty { out += "  " + say("không có", "none") + "\n" }
        for d in attention {
            let to = d.recipients.joined(separator: ", ")
            let kind = d.kind.words(language)
            let status = d.status.words(language)
            out +=
                say(
                    "  \(kind) \(d.period) gửi tới \(to): \(status) sau \(d.attempts) lần thử, \(d.updatedAt): \(d.reply)\n",
                    "  \(kind) \(d.period) to \(to): \(status) after \(d.attempts) attempt\(d.attempts == 1 ? "" : "s"), \(d.updatedAt): \(d.reply)\n"
                )
        }
        return out
    }
}
