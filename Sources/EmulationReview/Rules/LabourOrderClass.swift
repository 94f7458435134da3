/// What the classes of the Labour Order for a person share: the award before it (the class below, or a PM's
/// Certificate of Merit for the Third Class), then the rulebook's run of years rated good or better with a number
/// of excellent years and, under Law 2003/2013 (Decree 91/2017), a number of initiatives. The thresholds are
/// parameters of the rulebook named after the class (`labour-order-2.consecutive-years`, `.excellent-years`,
/// `.initiatives`); the domain notes do not state them, so the rulebook marks them uncertain.
struct LabourOrderClass {
    /// The parameter prefix, e.g. `labour-order-2`.
    var prefix: String
    /// The award that must come first.
    var prior: String

    var yearsParameter: String { "\(prefix).consecutive-years" }
    var excellentParameter: String { "\(prefix).excellent-years" }
    var initiativesParameter: String { "\(prefix).initiatives" }

    func evaluate(_ candidate: Candidate, in context: RuleContext) -> Verdict? {
        guard candidate.recipientKind == .person else { return nil }
        let rulebook = context.rulebook
        guard let regime = rulebook.regime(on: candidate.date) else { return .noRegime(on: candidate.date) }
        guard let count = rulebook.count(yearsParameter, on: candidate.date) else {
            return .missingParameter(yearsParameter, on: candidate.date)
        }
        guard let excellentNeeded = rulebook.count(excellentParameter, on: candidate.date) else {
            return .missingParameter(excellentParameter, on: candidate.date)
        }
        var initiativesNeeded: Int?
        if !LegalRegime.isLaw2022(regime) {
            guard let needed = rulebook.count(initiativesParameter, on: candidate.date) else {
                return .missingParameter(initiativesParameter, on: candidate.date)
            }
            initiativesNeeded = needed
        }
        let facts = PersonFacts(candidate, context.history)
        let years = window(count, endingWith: candidate.year)
        let excellentNeed = min(excellentNeeded, years.count)
        var assessment = Assessment(
            candidate, context.history,
            requirement: requirement(years: years, excellent: excellentNeed, initiatives: initiativesNeeded))
        PriorAward.check(prior, before: years[0], facts, into: &assessment)
        let rated = facts.split(years, where: { $0.rating == .excellent || $0.rating == .good })
        if !rated.no.isEmpty { assessment.fail(ratedBelowGood(in: rated.no)) }
        assessment.gaps(Need.rating, rated.unknown)
        let excellent = facts.split(years, where: { $0.rating == .excellent })
        if excellent.yes.count + excellent.unknown.count < excellentNeed {
            if excellentNeed == years.count {
                assessment.fail(notRatedExcellent(in: excellent.no))
            } else {
                let held = excellent.yes.count
                assessment.fail(
                    Bilingual(
                        held == 0
                            ? "không năm nào được xếp loại hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(years)), chưa đủ \(amountVi(excellentNeed)) năm"
                            : "chỉ có \(amountVi(held)) năm hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(years)), chưa đủ \(amountVi(excellentNeed)) năm",
                        "is rated excellent in \(held) of \(yearList(years).en), not \(excellentNeed)"))
            }
        }
        if let needed = initiativesNeeded {
            let initiatives = facts.initiatives(in: years).count
            if initiatives < needed {
                let unknown = facts.gaps(in: years)
                if unknown.isEmpty {
                    assessment.fail(initiativeCount(initiatives, in: years))
                } else {
                    assessment.gaps(Bilingual("sáng kiến", "the initiatives"), unknown)
                }
            }
        }
        return assessment.verdict
    }

    private func requirement(years: [Int], excellent: Int, initiatives: Int?) -> Bilingual {
        let name = AwardCode.name(prior)
        let before = years[0] - 1
        let all = excellent == years.count
        let ratedVi =
            all
            ? "hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(years))"
            : "hoàn thành tốt nhiệm vụ trở lên trong \(inYearsVi(years)), trong đó có \(amountVi(excellent)) năm hoàn thành xuất sắc nhiệm vụ"
        let ratedEn =
            all
            ? "\(yearList(years).en) rated excellent"
            : "\(yearList(years).en) rated good or excellent, \(excellent) of them excellent"
        let withVi = initiatives.map { ", với \(amountVi($0)) sáng kiến" } ?? ""
        let withEn = initiatives.map { " with \($0) initiatives" } ?? ""
        return Bilingual(
            "có \(name.vi) năm \(before) trở về trước, sau đó \(ratedVi)\(withVi)",
            "a \(name.en) for \(before) or earlier, then \(ratedEn)\(withEn)")
    }
}
