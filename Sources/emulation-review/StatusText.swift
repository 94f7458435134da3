import EmulationReview
import EmulationReviewRun

/// What `status` prints, in its reader's language: the words change, dates, periods, digests, commands, exit
/// statuses and the server's replies do not.
struct StatusText {
    let language: Language
    let mailConfigured: Bool

    private func say(_ vi: String, _ en: String) -> String { Bilingual(vi, en)(language) }

    static let noticeKinds: Set<DeliveryKind> = [.receipt, .reminder, .digest, .scorecard]

    func text(
        store: String, runs: [RunRecord], reports: [String: ReportState], deliveries: [Delivery],
        subjects: [Int64: String] = [:]
    ) -> String {
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
        // Per year: who was sent a receipt, a rejection, a reminder or a past-due notice, a scorecard, and when.
        let agencyMail = deliveries.filter { Self.noticeKinds.contains($0.kind) || $0.kind == .feedback }
        out += "\n" + say("thư gửi các đơn vị, theo năm", "agencies' mail by year") + ":\n"
        if agencyMail.isEmpty { out += "  " + say("chưa có", "none yet") + "\n" }
        for year in Set(agencyMail.map(\.period)).sorted() {
            out += "  \(year):\n"
            for d in agencyMail where d.period == year {
                let subject = subjects[d.id].map { "  “\($0)”" } ?? ""
                out +=
                    "    \(d.updatedAt)  \(d.kind.rawValue)  \(d.status.words(language))  \(d.recipients.joined(separator: ", "))\(subject)\n"
            }
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
