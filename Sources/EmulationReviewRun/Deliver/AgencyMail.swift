import EmulationReview
import Foundation

/// The words of the emails to agencies (in Vietnamese: their readers are the sector's clerks) and of the board's
/// list of agencies still missing.
enum AgencyMail {
    static let closing = [
        "", "Thư này do chương trình emulation-review gửi tự động; xin đừng trả lời thư này.",
    ]

    /// `31/12/2025`.
    static func date(_ day: Day) -> String { Language.vi.date(day) }

    /// The acceptance of a submission: what it superseded, its warnings, the eligibility problems found in it.
    static func receipt(
        agency: String, year: Int, file: String, revision: Int, submitted: String?, superseded: [String],
        warnings: [String], problems: [String]
    ) -> (subject: String, body: String) {
        var lines = ["Kính gửi đơn vị \(agency),", ""]
        var sent = "tệp \(file), lần gửi \(revision)"
        if let submitted { sent += ", gửi lúc \(submitted)" }
        lines.append(
            "Ban Thi đua - Khen thưởng đã nhận và chấp nhận báo cáo thi đua, khen thưởng năm \(year) của đơn vị (\(sent))."
        )
        if !superseded.isEmpty {
            lines.append(
                "Báo cáo này thay thế " + superseded.joined(separator: "; ")
                    + " đã gửi trước; bản trước không còn được dùng.")
        }
        lines.append("")
        if warnings.isEmpty {
            lines.append("Báo cáo không có cảnh báo nào.")
        } else {
            lines.append(
                "Báo cáo có \(warnings.count) cảnh báo dưới đây. Cảnh báo không làm báo cáo bị từ chối, nhưng đơn vị nên xem lại; "
                    + "mỗi dòng ghi tệp:dòng:cột, mức độ, mã trong ngoặc vuông và việc cần làm.")
            lines += warnings.map { "  " + $0 }
        }
        if !problems.isEmpty {
            lines += [
                "",
                "Thẩm định điều kiện, tiêu chuẩn khen thưởng: \(problems.count) trường hợp trong báo cáo chưa đủ điều kiện hoặc chưa xác minh được:",
            ]
            lines += problems.map { "  - " + $0 }
            lines.append("Đề nghị đơn vị xem lại các trường hợp này trước khi đề nghị khen thưởng.")
        }
        lines += closing
        return (
            "Đã nhận báo cáo thi đua, khen thưởng năm \(year) của đơn vị \(agency) (\(file))",
            lines.joined(separator: "\n") + "\n"
        )
    }

    /// A reminder before the deadline, or a past-due notice that says whether anything came.
    static func reminder(
        agency: String, year: Int, deadline: Day, stage: ReminderStage, rejected: [String]
    ) -> (subject: String, body: String) {
        var lines = ["Kính gửi đơn vị \(agency),", ""]
        let subject: String
        if stage.isPastDue {
            subject = "Quá hạn gửi báo cáo thi đua, khen thưởng năm \(year) (hạn \(date(deadline)))"
            if rejected.isEmpty {
                lines.append(
                    "Hạn gửi báo cáo thi đua, khen thưởng năm \(year) là ngày \(date(deadline)); đến nay Ban Thi đua - Khen thưởng "
                        + "chưa nhận được tệp báo cáo nào của đơn vị.")
                lines.append(
                    "Đề nghị đơn vị gửi báo cáo ngay; báo cáo chưa gửi thì đơn vị được tính là không gửi báo cáo.")
            } else {
                lines.append(
                    "Hạn gửi báo cáo thi đua, khen thưởng năm \(year) là ngày \(date(deadline)). Ban Thi đua - Khen thưởng đã nhận "
                        + "\(rejected.count) tệp của đơn vị nhưng tất cả đều bị từ chối vì có lỗi: "
                        + rejected.joined(separator: ", ") + ".")
                lines.append(
                    "Đề nghị đơn vị sửa các lỗi đã được thông báo, tăng số hiệu sửa đổi (revision) và gửi lại; kiểm tra trước "
                        + "bằng lệnh emulation-review validate.")
            }
        } else {
            subject = "Nhắc gửi báo cáo thi đua, khen thưởng năm \(year) (hạn \(date(deadline)))"
            lines.append(
                "Hạn gửi báo cáo thi đua, khen thưởng năm \(year) là ngày \(date(deadline)), còn \(stage.days) ngày. Đến nay Ban "
                    + "Thi đua - Khen thưởng chưa nhận được báo cáo hợp lệ của đơn vị"
                    + (rejected.isEmpty
                        ? "." : " (các tệp đã gửi đều bị từ chối: " + rejected.joined(separator: ", ") + ")."))
            lines.append("Đề nghị đơn vị gửi báo cáo trước hạn.")
        }
        lines += closing
        return (subject, lines.joined(separator: "\n") + "\n")
    }

    /// The board's list of the agencies a stage went to.
    static func digest(
        year: Int, deadline: Day, stage: ReminderStage, missing: [(agency: String, rejected: Bool)], reached: Int
    ) -> (subject: String, body: String) {
        let what = stage.isPastDue ? "quá hạn \(stage.days) ngày" : "còn \(stage.days) ngày đến hạn"
        var lines = [
            "Báo cáo thi đua, khen thưởng năm \(year) (hạn \(date(deadline)), \(what)): \(missing.count) đơn vị chưa có báo cáo được chấp nhận.",
            "",
        ]
        lines += missing.map { "  - \($0.agency): " + ($0.rejected ? "đã gửi nhưng bị từ chối" : "chưa gửi") }
        lines += [
            "",
            "Đã gửi thư \(stage.isPastDue ? "thông báo quá hạn" : "nhắc") tới \(reached) đơn vị có địa chỉ liên hệ trong danh mục đơn vị.",
        ]
        lines += closing
        return (
            "Các đơn vị chưa gửi báo cáo thi đua, khen thưởng năm \(year) (\(what))",
            lines.joined(separator: "\n") + "\n"
        )
    }

    /// The agency's page of its year's published report, attached.
    static func scorecard(agency: String, year: Int, revised: Bool) -> (subject: String, body: String) {
        var lines = ["Kính gửi đơn vị \(agency),", ""]
        lines.append(
            "Báo cáo tổng kết thi đua, khen thưởng năm \(year) đã được công bố\(revised ? " (bản sửa đổi)" : ""). Tệp đính kèm là "
                + "trang kết quả của đơn vị: các chỉ tiêu so với kế hoạch và so với cụm, toàn ngành; điểm và thứ hạng trong cụm; "
                + "các báo cáo đã gửi; danh hiệu, khen thưởng và kết quả thẩm định các đề nghị khen thưởng. Mở tệp bằng trình "
                + "duyệt web; có thể in trên khổ A4.")
        lines += closing
        return (
            "Kết quả thi đua năm \(year) của đơn vị \(agency)" + (revised ? " (bản sửa đổi)" : ""),
            lines.joined(separator: "\n") + "\n"
        )
    }
}
