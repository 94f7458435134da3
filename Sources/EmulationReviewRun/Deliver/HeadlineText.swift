import EmulationReview
import Foundation

/// The headline figures of a review as sentences for the report email, in Vietnamese.
public enum HeadlineText {
    public static func lines(_ review: Review) -> [String] {
        let vi = Language.vi
        let h = review.headline
        var lines: [String] = []
        let last = review.period.last
        if let participants = h.participants[last] {
            var line = "Người tham gia BHXH, BHYT, BHTN: \(vi.format(participants)) người"
            if let day = h.participantsAsOf[last] { line += " (đến \(vi.date(day)))" }
            if let fulfilment = h.lastYearFulfilment { line += ", bằng \(vi.percent(fulfilment)) kế hoạch năm \(last)" }
            lines.append(line + ".")
        }
        if let baseline = review.period.baselineYear, let first = h.participants[baseline] {
            lines.append("Năm gốc \(baseline): \(vi.format(first)) người.")
        }
        if let voluntary = h.voluntaryLastYear {
            lines.append("Người tham gia BHXH tự nguyện: \(vi.format(voluntary)) người.")
        }
        lines.append("Báo cáo của các đơn vị: \(h.agenciesExpected) lượt phải báo cáo, \(h.agenciesAccepted) được chấp nhận (\(h.agenciesLate) gửi muộn), \(h.agenciesRejected) bị từ chối, \(h.agenciesMissing) không gửi.")
        let state = review.awardSummary.filter { $0.level == .state || $0.level == .government }
        for award in state.prefix(8) {
            lines.append("\(award.awardName): \(award.collectives) tập thể, \(award.individuals) cá nhân.")
        }
        lines.append("Thẩm định khen thưởng: \(h.eligibilityProblems) trường hợp chưa đủ điều kiện, tiêu chuẩn.")
        return lines
    }
}
