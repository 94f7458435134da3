/// The fixed wording of the HTML report in both languages. The template reads it as `{{t.key}}`; a test checks
/// that every key the templates use is defined here, since Mustache renders an unknown key as nothing.
enum HTMLText {
    /// The template's key and its wording.
    static let entries: [(key: String, text: Bilingual)] = [
        // Letterhead
        ("orgParent", .init("BẢO HIỂM XÃ HỘI VIỆT NAM", "VIETNAM SOCIAL SECURITY")),
        ("orgUnit", .init("BAN THI ĐUA - KHEN THƯỞNG", "EMULATION AND COMMENDATION BOARD")),
        ("docNumber", .init("Số:           /BC-BHXH", "No.:           /BC-BHXH")),
        ("nation", .init("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")),
        ("motto", .init("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")),
        ("docKind", .init("BÁO CÁO", "REPORT")),
        ("contents", .init("Mục lục", "Contents")),
        ("none", .init("Không có.", "None.")),
        ("dash", .init("—", "—")),

        // Summary
        ("summary", .init("Tóm tắt kết quả", "Summary")),
        (
            "summaryIntro",
            .init(
                "Các số liệu chính của kỳ tổng kết; chi tiết ở các mục dưới đây và trong các tệp CSV kèm theo.",
                "The main figures of the review; the sections below and the CSV files beside this report give the detail."
            )
        ),
        (
            "participantsTable",
            .init(
                "Người tham gia BHXH, BHYT, BHTN toàn ngành qua các năm",
                "SI, HI and UI policyholders in the sector, year by year")
        ),
        ("year", .init("Năm", "Year")),
        ("persons", .init("Số người", "Persons")),
        ("asOfCol", .init("Số liệu đến ngày", "As of")),
        ("planCol", .init("Kế hoạch", "Plan")),
        ("fulfilmentCol", .init("% kế hoạch", "% of plan")),
        ("baseline", .init("năm gốc", "baseline")),

        // Section titles
        ("s1", .init("Tình hình gửi báo cáo của các đơn vị", "Submissions and timeliness")),
        ("s2", .init("Kết quả thực hiện các chỉ tiêu", "Results against targets")),
        ("s3", .init("Kết quả chấm điểm, xếp hạng thi đua", "Emulation ranking")),
        ("s4", .init("Các phong trào thi đua", "Emulation movements")),
        ("s5", .init("Danh hiệu thi đua và hình thức khen thưởng", "Emulation titles and commendations")),
        ("s6", .init("Thẩm định điều kiện, tiêu chuẩn khen thưởng", "Eligibility review")),
        ("s7", .init("Biểu thống kê thi đua, khen thưởng", "Statistics forms")),
        ("s8", .init("Đơn vị được sắp xếp lại tổ chức", "Reorganised agencies")),
        ("s9", .init("Lỗi và cảnh báo trong các tệp đầu vào", "Findings in the input files")),
        ("s10", .init("Tồn tại, hạn chế và bài học kinh nghiệm", "Limitations and lessons")),

        // 1. Submissions
        ("completenessCaption", .init("Báo cáo của các đơn vị theo năm", "Agencies' reports by year")),
        ("deadline", .init("Hạn gửi", "Deadline")),
        ("expected", .init("Đơn vị phải báo cáo", "Agencies expected")),
        ("accepted", .init("Được chấp nhận", "Accepted")),
        ("ofWhichLate", .init("Trong đó gửi muộn", "Of which late")),
        ("rejected", .init("Bị từ chối", "Rejected")),
        ("missing", .init("Không gửi", "Missing")),
        ("supersededFiles", .init("Tệp bị thay thế", "Superseded files")),
        ("wholePeriod", .init("Cả kỳ", "Whole period")),
        (
            "exceptionsCaption",
            .init(
                "Báo cáo gửi muộn, bị từ chối, bị thay thế và đơn vị không gửi",
                "Late, rejected and superseded submissions, and agencies that sent nothing")
        ),
        (
            "exceptionsNote",
            .init(
                "Các báo cáo được chấp nhận đúng hạn không liệt kê ở đây; danh sách đầy đủ trong submissions.csv.",
                "Reports accepted on time are not listed here; submissions.csv lists every file.")
        ),
        ("agency", .init("Đơn vị", "Agency")),
        ("status", .init("Tình trạng", "Status")),
        ("file", .init("Tệp", "File")),
        ("revision", .init("Lần gửi", "Revision")),
        ("submitted", .init("Thời điểm gửi", "Submitted")),
        ("errors", .init("Lỗi", "Errors")),
        ("warnings", .init("Cảnh báo", "Warnings")),

        // 2. Results
        ("sectorResults", .init("Kết quả toàn ngành theo chỉ tiêu", "Sector results by indicator")),
        ("unit", .init("Đơn vị tính", "Unit")),
        ("actual", .init("Thực hiện", "Actual")),
        ("change", .init("Tăng/giảm so với năm trước", "Change on the year before")),
        ("changePercent", .init("Tỷ lệ tăng/giảm", "Change (%)")),
        (
            "lowerBetter",
            .init(
                "chỉ tiêu càng thấp càng tốt: % kế hoạch = kế hoạch ÷ thực hiện",
                "lower is better: % of plan = plan ÷ actual")
        ),
        ("growthCaption", .init("Tăng trưởng cả giai đoạn (toàn ngành)", "Growth over the phase (sector)")),
        ("indicator", .init("Chỉ tiêu", "Indicator")),
        ("growth", .init("Tăng/giảm cả giai đoạn", "Growth over the phase")),
        (
            "clusterCaptionPrefix",
            .init(
                "Mức hoàn thành kế hoạch theo cụm, khối thi đua, năm",
                "Fulfilment of the plan by emulation cluster or bloc (%),")
        ),
        ("cluster", .init("Cụm, khối thi đua", "Cluster or bloc")),
        ("reportingAgencies", .init("Đơn vị báo cáo", "Agencies reporting")),
        (
            "clusterNote",
            .init(
                "Tỷ lệ phần trăm so với kế hoạch giao; ô trống: cụm không có kế hoạch hoặc kết quả cho chỉ tiêu đó.",
                "Percent of the assigned plan; an empty cell: the cluster has no plan or no result for that indicator.")
        ),

        // 3. Ranking
        ("rankingMethod", .init("Cách tính điểm", "How the score is computed")),
        ("rank", .init("Hạng", "Rank")),
        ("score", .init("Điểm", "Score")),
        ("womenShare", .init("Tỷ lệ nữ", "Women")),
        ("yearsScored", .init("Số năm chấm", "Years scored")),
        ("note", .init("Ghi chú", "Note")),
        ("weight", .init("Trọng số", "Weight")),
        ("weightsCaption", .init("Trọng số các chỉ tiêu", "Indicator weights")),
        ("noRanking", .init("Không có đơn vị nào đủ dữ liệu để chấm điểm.", "No agency has the data to be scored.")),

        // 4. Movements
        ("movementsByKind", .init("Số phong trào theo loại và cấp phát động", "Movements by kind and launching level")),
        ("kind", .init("Loại phong trào", "Kind")),
        ("total", .init("Tổng số", "Total")),
        (
            "movementList",
            .init("Danh sách phong trào thi đua và số đơn vị tham gia", "Movements and the agencies taking part")
        ),
        ("movement", .init("Phong trào", "Movement")),
        ("launchedBy", .init("Cấp phát động", "Launched by")),
        ("timeSpan", .init("Thời gian", "Time span")),
        ("participantsAll", .init("Số đơn vị tham gia (cả kỳ)", "Agencies taking part (period)")),
        ("participantsByYear", .init("Số đơn vị tham gia theo năm", "Agencies taking part, by year")),
        (
            "documentsCaption",
            .init("Văn bản hướng dẫn về thi đua, khen thưởng", "Guidance documents on emulation and commendation")
        ),
        ("documentsByBoard", .init("Do Bảo hiểm xã hội Việt Nam ban hành", "Issued by VSS")),
        ("documentsByAgencies", .init("Do các đơn vị ban hành", "Issued by the agencies")),

        // 5. Awards
        (
            "awardSummaryCaption",
            .init("Tổng hợp danh hiệu thi đua, hình thức khen thưởng", "Emulation titles and commendations by form")
        ),
        ("awardForm", .init("Danh hiệu, hình thức", "Title or form")),
        ("level", .init("Cấp", "Level")),
        ("collectives", .init("Tập thể", "Collectives")),
        ("individuals", .init("Cá nhân", "Individuals")),
        ("women", .init("Nữ", "Women")),
        ("directWorkers", .init("Người trực tiếp lao động", "Direct workers")),
        ("ethnicMinorities", .init("Người dân tộc thiểu số", "Ethnic minorities")),
        ("rewardFund", .init("Tiền thưởng (đồng)", "Reward fund (VND)")),
        (
            "rewardNote",
            .init(
                "Tiền thưởng = hệ số × mức lương cơ sở tại ngày quyết định, theo bộ quy tắc, với tập thể nhân thêm hệ số dành cho tập thể (huân chương: gấp đôi); khen thưởng chưa có hệ số không được tính vào tổng.",
                "Reward = multiple × base salary in force on the decision date, from the rulebook, times its collective factor for a collective (orders: twice); awards without a multiple are not in the total."
            )
        ),
        (
            "commendedList",
            .init(
                "Danh sách tập thể, cá nhân được khen thưởng từ cấp ngành trở lên",
                "Collectives and individuals commended at sector level and above")
        ),
        ("decision", .init("Quyết định", "Decision")),
        ("date", .init("Ngày", "Date")),
        ("recipient", .init("Tập thể, cá nhân", "Recipient")),
        ("recipientKind", .init("Loại", "Kind")),

        // 6. Eligibility
        ("verdictCaption", .init("Kết quả thẩm định theo nguồn", "Verdicts by source")),
        ("verdict", .init("Kết luận", "Verdict")),
        ("notEligibleCaption", .init("Trường hợp chưa đủ điều kiện, tiêu chuẩn", "Not eligible")),
        ("reasons", .init("Lý do", "Reasons")),
        ("award", .init("Danh hiệu, hình thức", "Award")),
        ("where", .init("Vị trí trong tệp", "Where")),
        ("cannotVerifyCaption", .init("Chưa đủ dữ liệu để kết luận, theo lý do", "Cannot verify, by reason")),
        ("count", .init("Số trường hợp", "Cases")),
        ("exampleReason", .init("Ví dụ lý do", "Example reason")),
        (
            "eligibilityIntro",
            .init(
                "Mỗi đề nghị khen thưởng, danh hiệu trong báo cáo của đơn vị và quyết định khen thưởng được đối chiếu với quy định có hiệu lực trong năm xét khen, dựa trên dữ liệu các năm trước đã được chấp nhận.",
                "Every nomination, every title in an agency's report and every award decision is checked against the rule in force in its year, using the accepted records of earlier years."
            )
        ),
        (
            "cannotVerifyExplain",
            .init(
                "“Chưa đủ dữ liệu để kết luận”: dữ liệu lưu trữ không đủ để kiểm tra (ví dụ các năm trước khi có dữ liệu, hoặc danh sách thành viên không đầy đủ); các trường hợp này cần được kiểm tra thủ công theo hồ sơ giấy.",
                "“Cannot verify”: the archive does not hold what the rule needs (years before it, or members not listed); these cases need a check against the paper files."
            )
        ),
        (
            "notCheckedExplain",
            .init(
                "“Chưa có quy tắc kiểm tra”: chưa có quy tắc tự động cho danh hiệu, hình thức này.",
                "“No rule”: no automatic rule covers that award.")
        ),

        // 7. Forms
        ("form", .init("Biểu", "Form")),
        ("formPreparer", .init("NGƯỜI LẬP BIỂU", "PREPARED BY")),
        ("formPreparerNote", .init("(Ký, ghi rõ họ tên)", "(Signature and full name)")),
        ("formHead", .init("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT")),
        ("formHeadNote", .init("(Ký, đóng dấu)", "(Signature and seal)")),
        ("rowCode", .init("Mã số", "Row")),
        ("rowLabel", .init("Nội dung", "Item")),

        // 8. Reorganisation
        ("reorgCaption", .init("Quá trình sắp xếp các đơn vị trong kỳ", "The lineage of the period's agencies")),
        ("formerAgency", .init("Đơn vị trước sắp xếp", "Former agency")),
        ("reorgKind", .init("Hình thức", "Change")),
        ("successor", .init("Đơn vị tiếp nhận", "Successor")),
        ("validTo", .init("Hoạt động đến ngày", "Valid until")),
        (
            "reorgNote",
            .init(
                "Số liệu của đơn vị cũ được cộng vào đơn vị tiếp nhận (đơn vị chia tách: vào đơn vị nhận phần đó) từng năm, rồi mới tính tỷ lệ hoàn thành và điểm; đơn vị xếp hạng trong cụm, khối của mình ở cuối kỳ. Số liệu của cụm và của toàn ngành mỗi năm tính theo các đơn vị của năm đó, nên giống nhau ở mọi báo cáo. Đơn vị sáp nhập trong năm không bị tính là không gửi báo cáo: đơn vị kế thừa báo cáo thay.",
                "Each former agency's figures count under its successor (for a split, under the successor that took its part) year by year, before fulfilment and scores are computed; the agency is ranked in its cluster at the end of the period. A year's cluster and sector figures are those of the agencies of that year, so every report that shows the year has the same. An agency merged away during a year is not missing: its successor reports for it."
            )
        ),
        (
            "noReorg",
            .init("Không có đơn vị nào được sắp xếp lại tổ chức trong kỳ.", "No agency was reorganised in this period.")
        ),

        // 9. Findings
        (
            "findingsIntro",
            .init(
                "Tệp có lỗi bị từ chối toàn bộ; đơn vị sửa và gửi lại. Tệp chỉ có cảnh báo vẫn được chấp nhận, nhưng đơn vị cần xem lại.",
                "A file with an error is rejected whole and the agency sends it again; warnings are reported and the file counts."
            )
        ),
        ("line", .init("Dòng", "Line")),
        ("severity", .init("Mức độ", "Severity")),
        ("code", .init("Mã", "Code")),
        ("message", .init("Nội dung", "Message")),
        (
            "noFindings",
            .init("Không có lỗi hay cảnh báo nào trong các tệp đầu vào.", "No errors or warnings in the input files.")
        ),

        // 10. Limitations
        (
            "boardWrites",
            .init(
                "Phần dành cho Ban Thi đua - Khen thưởng viết; chương trình không tự điền nội dung này.",
                "For the Emulation and Commendation Board to write; the program leaves it empty on purpose.")
        ),
        ("limitations", .init("Tồn tại, hạn chế và nguyên nhân", "Limitations and their causes")),
        ("lessons", .init("Bài học kinh nghiệm", "Lessons learned")),
        ("directions", .init("Phương hướng, nhiệm vụ kỳ tới", "Directions for the next period")),
        ("signTitle", .init("TRƯỞNG BAN", "HEAD OF THE BOARD")),
        ("signNote", .init("(Ký, ghi rõ họ tên)", "(Signature and full name)")),

        // Footer
        (
            "csvNote",
            .init(
                "Các tệp CSV cùng thư mục chứa đầy đủ mọi số liệu của báo cáo này:",
                "The CSV files beside this report hold every figure in it:")
        ),
        ("generatedBy", .init("Báo cáo được lập tự động bởi", "Generated by")),

        // Agency pages (agencies/<code>.html)
        ("backToReview", .init("Báo cáo tổng kết", "The review")),
        ("agencyResults", .init("Kết quả thực hiện các chỉ tiêu", "Results against plan")),
        ("plan", .init("Kế hoạch", "Plan")),
        ("percentOfPlan", .init("% kế hoạch", "% of plan")),
        ("clusterPercent", .init("Cụm: % kế hoạch", "Cluster: % of plan")),
        ("sectorPercent", .init("Toàn ngành: % kế hoạch", "Sector: % of plan")),
        ("noAgencyFigures", .init("Đơn vị không báo cáo chỉ tiêu.", "The agency reports no indicators.")),
        ("agencyRanking", .init("Điểm và thứ hạng trong cụm, khối thi đua", "Score and rank in the cluster")),
        (
            "noAgencyRanking",
            .init(
                "Đơn vị không được chấm điểm (không có chỉ tiêu có trọng số nào có kế hoạch).",
                "The agency is not scored (no weighted indicator with a plan).")
        ),
        ("rankMovement", .init("Thay đổi so với năm trước", "Change from the year before")),
        ("agencySubmissions", .init("Báo cáo đã gửi", "Submissions")),
        ("agencyAwards", .init("Danh hiệu thi đua và hình thức khen thưởng", "Titles and commendations")),
        (
            "notableAwards",
            .init(
                "Khen thưởng cấp Nhà nước, Chính phủ và khen thưởng cho đơn vị",
                "State and government awards, and awards to the agency")
        ),
        (
            "agencyEligibility",
            .init("Thẩm định điều kiện, tiêu chuẩn khen thưởng", "Eligibility of the nominations and titles")
        ),
        ("agencyPages", .init("Trang kết quả của từng đơn vị", "Each agency's page")),
    ]

    static func labels(_ language: Language) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key] = entry.text(language) }
        return result
    }
}
