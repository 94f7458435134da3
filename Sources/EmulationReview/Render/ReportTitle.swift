/// The report's title, as the letterhead, the Word document and the workbook print it.
public enum ReportTitle {
    public static func subject(_ review: Review, language: Language) -> String {
        let period = review.period
        if review.isUnderWay {
            // A phase under way is reviewed part-way (sơ kết), over the years it has so far.
            let soFar =
                period.first == review.lastYear
                ? Bilingual("năm \(period.first)", "\(period.first)")
                : Bilingual(same: "\(period.first)–\(review.lastYear)")
            return Bilingual(
                "Sơ kết công tác thi đua, khen thưởng giai đoạn \(period.first)–\(period.last) (giai đoạn đang diễn ra: số liệu \(soFar.vi))",
                "Interim review of emulation and commendation work, \(period.first)–\(period.last) (the phase is under way: \(soFar.en) so far)"
            )(language)
        }
        return period.isPhase
            ? Bilingual(
                "Tổng kết công tác thi đua, khen thưởng giai đoạn \(period.first)–\(period.last)",
                "Review of emulation and commendation work, \(period.first)–\(period.last)")(language)
            : Bilingual(
                "Tổng kết công tác thi đua, khen thưởng năm \(period.last)",
                "Review of emulation and commendation work in \(period.last)")(language)
    }
}
