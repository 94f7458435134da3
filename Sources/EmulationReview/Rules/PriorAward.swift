/// Checks shared by the rules that build on an earlier award and a run of years.
enum PriorAward {
    /// The person must hold `award` for a year before `first` (the first year of the run that follows it). An
    /// award older than the archive cannot be seen, so a missing one is a gap, never a failure.
    static func check(_ award: String, before first: Int, _ facts: PersonFacts, into assessment: inout Assessment) {
        guard facts.latest(award, notAfter: first - 1) == nil else { return }
        let name = AwardCode.name(award)
        let later = facts.history.awards(of: facts.id, award).filter { $0.year >= first }.map(\.year)
        let note = later.isEmpty ? "" : " (the one for \(yearList(later).en) does not precede the years counted)"
        let noteVi = later.isEmpty ? "" : " (lần khen thưởng \(inYearsVi(later)) không có trước các năm được tính)"
        let start = facts.history.archiveStart
        assessment.gap(
            Bilingual(
                "dữ liệu chưa ghi nhận \(name.vi) năm \(first - 1) trở về trước\(noteVi), và nếu được tặng trước năm \(start) (năm bắt đầu của dữ liệu lưu trữ) thì không xác minh được",
                "no \(name.en) for \(first - 1) or earlier is on record\(note), and one given before \(start), when the archive starts, cannot be verified"
            ))
    }

    /// The person must hold at least `needed` Grassroots Emulation Fighter titles in `years`.
    static func checkTitles(_ needed: Int, in years: [Int], _ facts: PersonFacts, into assessment: inout Assessment) {
        let titles = facts.split(years) { facts.holds(AwardCode.grassrootsFighter, in: $0) }
        if titles.yes.count + titles.unknown.count < needed {
            let held = titles.yes.count
            let heldVi =
                held == 0
                ? "không có lần nào đạt danh hiệu Chiến sĩ thi đua cơ sở"
                : "chỉ có \(amountVi(held)) lần đạt danh hiệu Chiến sĩ thi đua cơ sở"
            assessment.fail(
                Bilingual(
                    "\(heldVi) trong \(inYearsVi(years)), chưa đủ \(amountVi(needed)) lần",
                    "holds \(held) Grassroots Emulation Fighter title\(held == 1 ? "" : "s") in \(yearList(years).en), not \(needed)"
                ))
        } else if titles.yes.count < needed {
            assessment.gaps(Need.grassrootsFighter, titles.unknown)
        }
    }
}
