import Foundation

/// The headline figures of a review as sentences, for the report email. It reads the same review facts as the
/// HTML report's summary (`Review.headline`): the policyholders against the plan, the completeness counts, the
/// state and government awards by family, the eligibility problems.
public enum HeadlineText {
    public static func lines(_ review: Review, language: Language = .vi) -> [String] {
        let h = review.headline
        let last = review.lastYear
        func text(_ vi: String, _ en: String) -> String { Bilingual(vi, en)(language) }
        func number(_ value: Decimal) -> String { language.format(value) }
        var lines: [String] = []
        if let participants = h.participants[last] {
            var line = text(
                "Người tham gia BHXH, BHYT, BHTN: \(number(participants)) người",
                "SI, HI and UI policyholders: \(number(participants))")
            if let day = h.participantsAsOf[last] {
                line += text(" (đến \(language.date(day)))", " (at \(language.date(day)))")
            }
            if let fulfilment = h.lastYearFulfilment {
                line += text(
                    ", bằng \(language.percent(fulfilment)) kế hoạch năm \(last)",
                    ", \(language.percent(fulfilment)) of the \(last) plan")
            }
            lines.append(line + ".")
        }
        if let baseline = review.period.baselineYear, let first = h.participants[baseline] {
            lines.append(
                text("Năm gốc \(baseline): \(number(first)) người.", "Baseline \(baseline): \(number(first))."))
        }
        if let voluntary = h.voluntaryLastYear {
            lines.append(
                text(
                    "Người tham gia BHXH tự nguyện: \(number(voluntary)) người.",
                    "Voluntary SI participants: \(number(voluntary))."))
        }
        lines.append(
            text(
                "Báo cáo của các đơn vị: \(h.agenciesExpected) lượt phải báo cáo, \(h.agenciesAccepted) được chấp nhận "
                    + "(\(h.agenciesLate) gửi muộn), \(h.agenciesRejected) bị từ chối, \(h.agenciesMissing) không gửi.",
                "Agencies' reports: \(h.agenciesExpected) expected, \(h.agenciesAccepted) accepted "
                    + "(\(h.agenciesLate) late), \(h.agenciesRejected) rejected, \(h.agenciesMissing) missing."))
        for award in h.stateAndGovernmentAwards.prefix(8) {
            let name = language == .en ? (award.nameEn ?? award.name) : award.name
            lines.append(
                text(
                    "\(name): \(award.collectives) tập thể, \(award.individuals) cá nhân.",
                    "\(name): \(award.collectives) collectives, \(award.individuals) individuals."))
        }
        lines.append(
            text(
                "Thẩm định khen thưởng: \(h.eligibilityProblems) trường hợp chưa đủ điều kiện, tiêu chuẩn.",
                "Eligibility review: \(h.eligibilityProblems) cases do not meet the conditions."))
        return lines
    }
}
