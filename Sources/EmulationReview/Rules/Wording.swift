import Foundation

// The pieces the rules build their reasons from, in both languages. Each message is written by hand in each
// language from the rule's facts; nothing here translates a finished sentence.

/// "2019", "2018 and 2019", "2016–2019", "2015, 2017 and 2019" (vi: "2018 và 2019", "2015, 2017 và 2019").
func yearList(_ years: [Int]) -> Bilingual {
    let sorted = years.sorted()
    guard let first = sorted.first, let last = sorted.last else { return Bilingual(same: "") }
    if sorted.count > 2, last - first == sorted.count - 1 { return Bilingual(same: "\(first)–\(last)") }
    let texts = sorted.map(String.init)
    guard texts.count > 1 else { return Bilingual(same: texts[0]) }
    let head = texts.dropLast().joined(separator: ", ")
    return Bilingual("\(head) và \(last)", "\(head) and \(last)")
}

/// The Vietnamese words for a span of years: "năm 2019", "các năm 2018 và 2019", "giai đoạn 2016–2019".
func inYearsVi(_ years: [Int]) -> String {
    let sorted = years.sorted()
    guard let first = sorted.first, let last = sorted.last else { return "" }
    let list = yearList(sorted).vi
    if sorted.count == 1 { return "năm \(list)" }
    if sorted.count > 2, last - first == sorted.count - 1 { return "giai đoạn \(list)" }
    return "các năm \(list)"
}

/// A count or amount as Vietnamese writes it (1.234); English keeps the plain figure the rules have always shown.
func amountVi(_ value: Int) -> String { Language.vi.format(value) }

/// A percentage with as many decimals as the rulebook gives: "12,5%" (vi), "12.5%" (en).
func sharePercent(_ value: Decimal) -> Bilingual {
    let text = value.description
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    return Bilingual("\(Language.vi.format(value, decimals: decimals))%", "\(value)%")
}

/// "a", "a and b", "a; b; and c" (vi: "a và b", "a; b; và c").
func joinedList(_ items: [Bilingual]) -> Bilingual {
    func join(_ texts: [String], _ and: String) -> String {
        guard texts.count > 2 else { return texts.joined(separator: " \(and) ") }
        return texts.dropLast().joined(separator: "; ") + "; \(and) " + texts[texts.count - 1]
    }
    return Bilingual(join(items.map(\.vi), "và"), join(items.map(\.en), "and"))
}

extension Rating {
    /// The annual rating as the job-rating decision words it: "hoàn thành tốt nhiệm vụ".
    var vi: String {
        switch self {
        case .excellent: "hoàn thành xuất sắc nhiệm vụ"
        case .good: "hoàn thành tốt nhiệm vụ"
        case .completed: "hoàn thành nhiệm vụ"
        case .notCompleted: "không hoàn thành nhiệm vụ"
        }
    }
}

extension DisciplineLevel {
    /// The disciplinary form: "khiển trách", "cảnh cáo" …
    var vi: String {
        switch self {
        case .reprimand: "khiển trách"
        case .warning: "cảnh cáo"
        case .demotion: "giáng chức"
        case .removal: "cách chức"
        case .dismissal: "buộc thôi việc"
        }
    }
}

/// "has 1 initiative in 2018 and 2019" / "chỉ có 1 sáng kiến trong các năm 2018 và 2019".
func initiativeCount(_ count: Int, in years: [Int]) -> Bilingual {
    let vi =
        count == 0
        ? "không có sáng kiến nào trong \(inYearsVi(years))"
        : "chỉ có \(amountVi(count)) sáng kiến trong \(inYearsVi(years))"
    return Bilingual(vi, "has \(count) initiative\(count == 1 ? "" : "s") in \(yearList(years).en)")
}

/// "is not rated excellent in 2018" / "không được xếp loại hoàn thành xuất sắc nhiệm vụ trong năm 2018".
func notRatedExcellent(in years: [Int]) -> Bilingual {
    Bilingual(
        "không được xếp loại hoàn thành xuất sắc nhiệm vụ trong \(inYearsVi(years))",
        "is not rated excellent in \(yearList(years).en)")
}

/// "is rated below good in 2021" / "xếp loại dưới mức hoàn thành tốt nhiệm vụ trong năm 2021".
func ratedBelowGood(in years: [Int]) -> Bilingual {
    Bilingual(
        "xếp loại dưới mức hoàn thành tốt nhiệm vụ trong \(inYearsVi(years))",
        "is rated below good in \(yearList(years).en)")
}

/// What the archive cannot speak of, as `Assessment.gaps` names it.
enum Need {
    static let grassrootsFighter = Bilingual("danh hiệu Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter")
    static let sectorFighter = Bilingual("danh hiệu Chiến sĩ thi đua cấp bộ, ngành", "Sector Emulation Fighter")
    static let personRecord = Bilingual("hồ sơ của cá nhân", "the person's record")
    static let collectiveRecord = Bilingual("hồ sơ của tập thể", "the collective's record")
    static let rating = Bilingual("kết quả xếp loại", "the rating")
}
