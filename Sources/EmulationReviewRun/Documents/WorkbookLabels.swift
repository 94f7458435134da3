import EmulationReview
import Foundation

/// A wording in both report languages (the core's own `Bilingual` stays inside the core).
struct Words: Sendable {
    let vi: String
    let en: String

    init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }

    func callAsFunction(_ language: Language) -> String { language == .vi ? vi : en }
}

/// The words the workbook shows for the CSV files' machine names: a sheet name per file and a header label per
/// column. The machine names stay in the CSV files, where programs read them; people read the workbook.
enum WorkbookLabels {
    static let sheets: [String: Words] = [
        "submissions.csv": Words("Báo cáo đơn vị", "Submissions"),
        "indicators.csv": Words("Chỉ tiêu", "Indicators"),
        "rankings.csv": Words("Xếp hạng", "Rankings"),
        "agencies.csv": Words("Đơn vị", "Agencies"),
        "awards.csv": Words("Khen thưởng", "Awards"),
        "nominations.csv": Words("Thẩm định", "Eligibility"),
        "movements.csv": Words("Phong trào", "Movements"),
        "documents.csv": Words("Văn bản", "Documents"),
        "findings.csv": Words("Lỗi và cảnh báo", "Findings"),
    ]

    static let summarySheet = Words("Tóm tắt", "Summary")

    /// What each sheet holds, for the summary's list of sheets.
    static let holds: [String: Words] = [
        "agencies.csv": Words(
            "Kết quả của từng đơn vị theo năm (lọc theo đơn vị): điểm, thứ hạng, người tham gia so với kế hoạch, báo cáo, khen thưởng",
            "Each agency's results by year (filter by agency): score, rank, policyholders against plan, submission, awards"
        ),
        "submissions.csv": Words(
            "Mỗi tệp báo cáo của kỳ và mỗi đơn vị không gửi: tình trạng, thời điểm gửi, số lỗi",
            "Each submission file of the period and each agency that sent none: status, time sent, errors"),
        "indicators.csv": Words(
            "Chỉ tiêu theo năm của từng đơn vị, cụm và toàn ngành: kế hoạch, thực hiện, tỷ lệ hoàn thành",
            "Indicators per year for each agency, cluster and the sector: plan, actual, fulfilment"),
        "rankings.csv": Words(
            "Điểm và thứ hạng của đơn vị trong cụm, khối thi đua", "Each agency's score and rank in its cluster"),
        "awards.csv": Words("Mỗi danh hiệu, hình thức khen thưởng đã trao", "Each award conferred"),
        "nominations.csv": Words(
            "Mỗi trường hợp được thẩm định và kết luận về điều kiện, tiêu chuẩn",
            "Each nomination, title or decision judged, and the verdict"),
        "movements.csv": Words("Các phong trào thi đua trong kỳ", "The emulation movements of the period"),
        "documents.csv": Words("Văn bản hướng dẫn đã ban hành", "Guidance documents issued"),
        "findings.csv": Words("Lỗi và cảnh báo trong các tệp đầu vào", "Errors and warnings in the input files"),
    ]

    static let formHolds = Words("Biểu thống kê theo mẫu", "Statistics form as printed")

    /// The sheet of a form: `Biểu 0601.N`.
    static func formSheet(_ form: StatisticsForm) -> Words {
        Words("Biểu \(form.code)", "Form \(form.code)")
    }

    /// The header label of `column` in the table of `file`: the file's own wording where a name means something
    /// else there (`code` is a movement's code in `movements.csv`, a finding's in `findings.csv`), else the
    /// common one, else the name made readable.
    static func header(_ column: String, in file: String, language: Language) -> String {
        if let words = byFile[file]?[column] ?? common[column] { return words(language) }
        let spaced = column.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    static let common: [String: Words] = [
        "year": Words("Năm", "Year"),
        "agency": Words("Mã đơn vị", "Agency code"),
        "agency_name": Words("Tên đơn vị", "Agency"),
        "cluster": Words("Mã cụm, khối thi đua", "Cluster code"),
        "cluster_name": Words("Cụm, khối thi đua", "Cluster"),
        "status": Words("Tình trạng", "Status"),
        "file": Words("Tệp", "File"),
        "revision": Words("Lần gửi", "Revision"),
        "submitted": Words("Thời điểm gửi", "Submitted"),
        "deadline": Words("Hạn gửi", "Deadline"),
        "errors": Words("Số lỗi", "Errors"),
        "warnings": Words("Số cảnh báo", "Warnings"),
        "reported_by": Words("Đơn vị kế thừa báo cáo thay", "Reported by its successor"),
        "sha256": Words("Mã băm SHA-256", "SHA-256 digest"),
        "scope": Words("Phạm vi", "Scope"),
        "code": Words("Mã", "Code"),
        "name": Words("Tên", "Name"),
        "indicator": Words("Mã chỉ tiêu", "Indicator code"),
        "indicator_name": Words("Tên chỉ tiêu", "Indicator"),
        "unit": Words("Đơn vị tính", "Unit"),
        "better": Words("Chiều tốt hơn", "Better when"),
        "plan": Words("Kế hoạch", "Plan"),
        "actual": Words("Thực hiện", "Actual"),
        "fulfilment_percent": Words("Tỷ lệ hoàn thành kế hoạch", "Fulfilment of the plan"),
        "previous_actual": Words("Thực hiện năm trước", "Previous year's actual"),
        "change": Words("Tăng, giảm so với năm trước", "Change on the previous year"),
        "change_percent": Words("Tỷ lệ tăng, giảm", "Change in percent"),
        "reporting": Words("Số đơn vị báo cáo", "Agencies reporting"),
        "planned": Words("Số đơn vị được giao kế hoạch", "Agencies with a plan"),
        "period": Words("Kỳ", "Period"),
        "rank": Words("Thứ hạng", "Rank"),
        "score": Words("Điểm", "Score"),
        "indicators_scored": Words("Số chỉ tiêu được chấm", "Indicators scored"),
        "years_scored": Words("Số năm được chấm", "Years scored"),
        "women_percent": Words("Tỷ lệ nữ", "Share of women"),
        "leader": Words("Dẫn đầu cụm", "Leads the cluster"),
        "tie_break": Words("Cách xếp khi bằng điểm", "Tie broken by"),
        "cluster_size": Words("Số đơn vị trong cụm", "Agencies in the cluster"),
        "participants_plan": Words("Kế hoạch người tham gia", "Policyholders plan"),
        "participants_actual": Words("Người tham gia", "Policyholders"),
        "participants_fulfilment_percent": Words("% kế hoạch người tham gia", "Policyholders % of plan"),
        "submission_status": Words("Tình trạng báo cáo", "Submission status"),
        "awards": Words("Số khen thưởng", "Awards"),
        "not_eligible": Words("Chưa đủ điều kiện", "Not eligible"),
        "includes_former": Words("Gồm cả các đơn vị trước đây", "Includes the former agencies"),
        "date": Words("Ngày", "Date"),
        "decision": Words("Số quyết định", "Decision"),
        "authority": Words("Cấp quyết định", "Decided by"),
        "award": Words("Mã hình thức khen thưởng", "Award code"),
        "award_name": Words("Hình thức khen thưởng", "Award"),
        "level": Words("Cấp khen thưởng", "Level"),
        "form": Words("Loại hình thức", "Kind of award"),
        "commendation_kind": Words("Loại hình khen thưởng", "Kind of commendation"),
        "recipient_kind": Words("Đối tượng", "Recipient kind"),
        "recipient": Words("Mã cá nhân, tập thể", "Recipient id"),
        "recipient_name": Words("Tên cá nhân, tập thể", "Recipient"),
        "gender": Words("Giới tính", "Gender"),
        "works_directly": Words("Trực tiếp lao động", "Works directly"),
        "ethnic_minority": Words("Dân tộc thiểu số", "Ethnic minority"),
        "position_level": Words("Cấp chức vụ", "Position level"),
        "source": Words("Nguồn", "Source"),
        "bonus_multiple": Words("Hệ số tiền thưởng", "Bonus multiple"),
        "base_salary": Words("Mức lương cơ sở (đồng)", "Base salary (VND)"),
        "reward_vnd": Words("Tiền thưởng (đồng)", "Reward (VND)"),
        "line": Words("Dòng", "Line"),
        "column": Words("Cột", "Column"),
        "verdict": Words("Kết luận", "Verdict"),
        "rules": Words("Quy tắc đã áp dụng", "Rules applied"),
        "reasons": Words("Lý do", "Reasons"),
        "grounds": Words("Căn cứ", "Grounds"),
        "kind": Words("Loại", "Kind"),
        "launched_by": Words("Cấp phát động", "Launched by"),
        "start": Words("Ngày bắt đầu", "Start"),
        "end": Words("Ngày kết thúc", "End"),
        "participants": Words("Số đơn vị tham gia", "Participating agencies"),
        "participating_agencies": Words("Mã các đơn vị tham gia", "Codes of the participating agencies"),
        "issuer": Words("Mã đơn vị ban hành", "Issuer code"),
        "issuer_name": Words("Đơn vị ban hành", "Issuer"),
        "number": Words("Số, ký hiệu", "Number"),
        "title": Words("Trích yếu", "Title"),
        "severity": Words("Mức độ", "Severity"),
        "message": Words("Nội dung", "Message"),
    ]

    static let byFile: [String: [String: Words]] = [
        "indicators.csv": [
            "code": Words("Mã đơn vị, cụm hoặc ngành", "Agency, cluster or sector code"),
            "name": Words("Tên đơn vị, cụm hoặc ngành", "Agency, cluster or sector"),
        ],
        "awards.csv": [
            "date": Words("Ngày quyết định", "Decision date"),
            "source": Words("Nguồn số liệu", "Source"),
        ],
        "nominations.csv": [
            "date": Words("Ngày đề nghị, quyết định", "Date"),
            "award": Words("Mã hình thức khen thưởng", "Award code"),
        ],
        "movements.csv": [
            "code": Words("Mã phong trào", "Movement code"),
            "name": Words("Tên phong trào", "Movement"),
            "kind": Words("Loại phong trào", "Kind of movement"),
        ],
        "documents.csv": [
            "date": Words("Ngày ban hành", "Date issued")
        ],
        "findings.csv": [
            "code": Words("Mã lỗi, cảnh báo", "Finding code")
        ],
    ]
}

/// Sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, no apostrophe at either end, and
/// unique regardless of case.
struct SheetNames {
    private var taken: Set<String> = []

    mutating func make(_ wanted: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(wanted.map { forbidden.contains($0) || $0.isNewline ? "-" : $0 })
        base = base.trimmingCharacters(in: .whitespaces)
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Sheet" }
        var name = Self.cut(base, to: 31)
        var number = 2
        while taken.contains(name.lowercased()) {
            let suffix = " (\(number))"
            name = Self.cut(base, to: 31 - suffix.count) + suffix
            number += 1
        }
        taken.insert(name.lowercased())
        return name
    }

    /// libxlsxwriter counts a name's length in Unicode scalars.
    private static func cut(_ text: String, to length: Int) -> String {
        text.unicodeScalars.count <= length
            ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(length)))
    }
}
