/// The fixed wording of the HTML report in both languages. The template reads it as `{{t.key}}`; a test checks
/// that every key the templates use is defined here, since Mustache renders an unknown key as nothing.
enum HTMLText {
    /// key, Vietnamese, English.
    static let entries: [(key: String, vi: String, en: String)] = [
        // Letterhead
        ("orgParent", "BẢO HIỂM XÃ HỘI VIỆT NAM", "VIETNAM SOCIAL SECURITY"),
        ("orgUnit", "BAN THI ĐUA - KHEN THƯỞNG", "EMULATION AND COMMENDATION BOARD"),
        ("docNumber", "Số:           /BC-BHXH", "No.:           /BC-BHXH"),
        ("nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
        ("motto", "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
        ("docKind", "BÁO CÁO", "REPORT"),
        ("contents", "Mục lục", "Contents"),
        ("none", "Không có.", "None."),
        ("dash", "—", "—"),

        // Summary
        ("summary", "Tóm tắt kết quả", "Summary"),
        ("summaryIntro", "Các số liệu chính của kỳ tổng kết; chi tiết ở các mục dưới đây và trong các tệp CSV kèm theo.",
         "The main figures of the review; the sections below and the CSV files beside this report give the detail."),
        ("participantsTable", "Người tham gia BHXH, BHYT, BHTN toàn ngành qua các năm",
         "SI, HI and UI policyholders in the sector, year by year"),
        ("year", "Năm", "Year"),
        ("persons", "Số người", "Persons"),
        ("asOfCol", "Số liệu đến ngày", "As of"),
        ("planCol", "Kế hoạch", "Plan"),
        ("fulfilmentCol", "% kế hoạch", "% of plan"),
        ("baseline", "năm gốc", "baseline"),

        // Section titles
        ("s1", "Tình hình gửi báo cáo của các đơn vị", "Submissions and timeliness"),
        ("s2", "Kết quả thực hiện các chỉ tiêu", "Results against targets"),
        ("s3", "Kết quả chấm điểm, xếp hạng thi đua", "Emulation ranking"),
        ("s4", "Các phong trào thi đua", "Emulation movements"),
        ("s5", "Danh hiệu thi đua và hình thức khen thưởng", "Emulation titles and commendations"),
        ("s6", "Thẩm định điều kiện, tiêu chuẩn khen thưởng", "Eligibility review"),
        ("s7", "Biểu thống kê thi đua, khen thưởng", "Statistics forms"),
        ("s8", "Đơn vị được sắp xếp lại tổ chức", "Reorganised agencies"),
        ("s9", "Lỗi và cảnh báo trong các tệp đầu vào", "Findings in the input files"),
        ("s10", "Tồn tại, hạn chế và bài học kinh nghiệm", "Limitations and lessons"),

        // 1. Submissions
        ("completenessCaption", "Báo cáo của các đơn vị theo năm", "Agencies' reports by year"),
        ("deadline", "Hạn gửi", "Deadline"),
        ("expected", "Đơn vị phải báo cáo", "Agencies expected"),
        ("accepted", "Được chấp nhận", "Accepted"),
        ("ofWhichLate", "Trong đó gửi muộn", "Of which late"),
        ("rejected", "Bị từ chối", "Rejected"),
        ("missing", "Không gửi", "Missing"),
        ("supersededFiles", "Tệp bị thay thế", "Superseded files"),
        ("wholePeriod", "Cả kỳ", "Whole period"),
        ("exceptionsCaption", "Báo cáo gửi muộn, bị từ chối, bị thay thế và đơn vị không gửi",
         "Late, rejected and superseded submissions, and agencies that sent nothing"),
        ("exceptionsNote", "Các báo cáo được chấp nhận đúng hạn không liệt kê ở đây; danh sách đầy đủ trong submissions.csv.",
         "Reports accepted on time are not listed here; submissions.csv lists every file."),
        ("agency", "Đơn vị", "Agency"),
        ("status", "Tình trạng", "Status"),
        ("file", "Tệp", "File"),
        ("revision", "Lần gửi", "Revision"),
        ("submitted", "Thời điểm gửi", "Submitted"),
        ("errors", "Lỗi", "Errors"),
        ("warnings", "Cảnh báo", "Warnings"),

        // 2. Results
        ("sectorResults", "Kết quả toàn ngành theo chỉ tiêu", "Sector results by indicator"),
        ("unit", "Đơn vị tính", "Unit"),
        ("actual", "Thực hiện", "Actual"),
        ("change", "Tăng/giảm so với năm trước", "Change on the year before"),
        ("changePercent", "Tỷ lệ tăng/giảm", "Change (%)"),
        ("lowerBetter", "chỉ tiêu càng thấp càng tốt: % kế hoạch = kế hoạch ÷ thực hiện",
         "lower is better: % of plan = plan ÷ actual"),
        ("growthCaption", "Tăng trưởng cả giai đoạn (toàn ngành)", "Growth over the phase (sector)"),
        ("indicator", "Chỉ tiêu", "Indicator"),
        ("growth", "Tăng/giảm cả giai đoạn", "Growth over the phase"),
        ("clusterCaptionPrefix", "Mức hoàn thành kế hoạch theo cụm, khối thi đua, năm",
         "Fulfilment of the plan by emulation cluster or bloc (%),"),
        ("cluster", "Cụm, khối thi đua", "Cluster or bloc"),
        ("reportingAgencies", "Đơn vị báo cáo", "Agencies reporting"),
        ("clusterNote", "Tỷ lệ phần trăm so với kế hoạch giao; ô trống: cụm không có kế hoạch hoặc kết quả cho chỉ tiêu đó.",
         "Percent of the assigned plan; an empty cell: the cluster has no plan or no result for that indicator."),

        // 3. Ranking
        ("rankingMethod", "Cách tính điểm", "How the score is computed"),
        ("rank", "Hạng", "Rank"),
        ("score", "Điểm", "Score"),
        ("womenShare", "Tỷ lệ nữ", "Women"),
        ("yearsScored", "Số năm chấm", "Years scored"),
        ("note", "Ghi chú", "Note"),
        ("weight", "Trọng số", "Weight"),
        ("weightsCaption", "Trọng số các chỉ tiêu", "Indicator weights"),
        ("noRanking", "Không có đơn vị nào đủ dữ liệu để chấm điểm.", "No agency has the data to be scored."),

        // 4. Movements
        ("movementsByKind", "Số phong trào theo loại và cấp phát động", "Movements by kind and launching level"),
        ("kind", "Loại phong trào", "Kind"),
        ("total", "Tổng số", "Total"),
        ("movementList", "Danh sách phong trào thi đua và số đơn vị tham gia", "Movements and the agencies taking part"),
        ("movement", "Phong trào", "Movement"),
        ("launchedBy", "Cấp phát động", "Launched by"),
        ("timeSpan", "Thời gian", "Time span"),
        ("participantsAll", "Số đơn vị tham gia (cả kỳ)", "Agencies taking part (period)"),
        ("participantsByYear", "Số đơn vị tham gia theo năm", "Agencies taking part, by year"),
        ("documentsCaption", "Văn bản hướng dẫn về thi đua, khen thưởng", "Guidance documents on emulation and commendation"),
        ("documentsByBoard", "Do Bảo hiểm xã hội Việt Nam ban hành", "Issued by VSS"),
        ("documentsByAgencies", "Do các đơn vị ban hành", "Issued by the agencies"),

        // 5. Awards
        ("awardSummaryCaption", "Tổng hợp danh hiệu thi đua, hình thức khen thưởng", "Emulation titles and commendations by form"),
        ("awardForm", "Danh hiệu, hình thức", "Title or form"),
        ("level", "Cấp", "Level"),
        ("collectives", "Tập thể", "Collectives"),
        ("individuals", "Cá nhân", "Individuals"),
        ("women", "Nữ", "Women"),
        ("directWorkers", "Người trực tiếp lao động", "Direct workers"),
        ("ethnicMinorities", "Người dân tộc thiểu số", "Ethnic minorities"),
        ("rewardFund", "Tiền thưởng (đồng)", "Reward fund (VND)"),
        ("rewardNote", "Tiền thưởng = hệ số × mức lương cơ sở tại ngày quyết định, theo sổ quy định; ô trống khi không có hệ số.",
         "Reward = multiple × base salary in force on the decision date, from the rulebook; blank where no multiple applies."),
        ("commendedList", "Danh sách tập thể, cá nhân được khen thưởng từ cấp ngành trở lên",
         "Collectives and individuals commended at sector level and above"),
        ("decision", "Quyết định", "Decision"),
        ("date", "Ngày", "Date"),
        ("recipient", "Tập thể, cá nhân", "Recipient"),
        ("recipientKind", "Loại", "Kind"),

        // 6. Eligibility
        ("verdictCaption", "Kết quả thẩm định theo nguồn", "Verdicts by source"),
        ("verdict", "Kết luận", "Verdict"),
        ("notEligibleCaption", "Trường hợp chưa đủ điều kiện, tiêu chuẩn", "Not eligible"),
        ("reasons", "Lý do", "Reasons"),
        ("award", "Danh hiệu, hình thức", "Award"),
        ("where", "Vị trí trong tệp", "Where"),
        ("cannotVerifyCaption", "Chưa đủ dữ liệu để kết luận, theo lý do", "Cannot verify, by reason"),
        ("count", "Số trường hợp", "Cases"),
        ("exampleReason", "Ví dụ lý do", "Example reason"),
        ("eligibilityIntro",
         "Mỗi đề nghị khen thưởng, danh hiệu trong báo cáo của đơn vị và quyết định khen thưởng được đối chiếu với quy định có hiệu lực trong năm xét khen, dựa trên dữ liệu các năm trước đã được chấp nhận.",
         "Every nomination, every title in an agency's report and every award decision is checked against the rule in force in its year, using the accepted records of earlier years."),
        ("cannotVerifyExplain",
         "“Chưa đủ dữ liệu để kết luận”: dữ liệu lưu trữ không đủ để kiểm tra (ví dụ các năm trước khi có dữ liệu, hoặc danh sách thành viên không đầy đủ); các trường hợp này cần được kiểm tra thủ công theo hồ sơ giấy.",
         "“Cannot verify”: the archive does not hold what the rule needs (years before it, or members not listed); these cases need a check against the paper files."),
        ("notCheckedExplain", "“Chưa có quy tắc kiểm tra”: chưa có quy tắc tự động cho danh hiệu, hình thức này.",
         "“No rule”: no automatic rule covers that award."),

        // 7. Forms
        ("formsIntro", "Theo các biểu 0601.N, 0602.N, 0603.N của Thông tư 02/2023/TT-BNV, số liệu cả kỳ.",
         "Forms 0601.N, 0602.N and 0603.N of Circular 02/2023/TT-BNV, for the whole period."),
        ("form", "Biểu", "Form"),
        ("rowCode", "Mã số", "Row"),
        ("rowLabel", "Nội dung", "Item"),

        // 8. Reorganisation
        ("reorgCaption", "Đơn vị sáp nhập vào đơn vị khác", "Agencies merged into another"),
        ("formerAgency", "Đơn vị trước sắp xếp", "Former agency"),
        ("successor", "Đơn vị tiếp nhận", "Successor"),
        ("validTo", "Hoạt động đến ngày", "Valid until"),
        ("reorgNote", "Trong báo cáo nhiều năm, số liệu của đơn vị cũ được cộng vào đơn vị tiếp nhận.",
         "In a multi-year report the former agency's figures are counted under its successor."),
        ("noReorg", "Không có đơn vị nào được sắp xếp lại tổ chức trong kỳ.", "No agency was reorganised in this period."),

        // 9. Findings
        ("findingsIntro", "Tệp có lỗi bị từ chối toàn bộ; đơn vị sửa và gửi lại. Cảnh báo được báo cáo, tệp vẫn được tính.",
         "A file with an error is rejected whole and the agency sends it again; warnings are reported and the file counts."),
        ("line", "Dòng", "Line"),
        ("severity", "Mức độ", "Severity"),
        ("code", "Mã", "Code"),
        ("message", "Nội dung", "Message"),
        ("noFindings", "Không có lỗi hay cảnh báo nào trong các tệp đầu vào.", "No errors or warnings in the input files."),

        // 10. Limitations
        ("boardWrites", "Phần dành cho Ban Thi đua - Khen thưởng viết; chương trình không tự điền nội dung này.",
         "For the Emulation and Commendation Board to write; the program leaves it empty on purpose."),
        ("limitations", "Tồn tại, hạn chế và nguyên nhân", "Limitations and their causes"),
        ("lessons", "Bài học kinh nghiệm", "Lessons learned"),
        ("directions", "Phương hướng, nhiệm vụ kỳ tới", "Directions for the next period"),
        ("signTitle", "TRƯỞNG BAN", "HEAD OF THE BOARD"),
        ("signNote", "(Ký, ghi rõ họ tên)", "(Signature and full name)"),

        // Footer
        ("csvNote", "Các tệp CSV cùng thư mục chứa đầy đủ mọi số liệu của báo cáo này:",
         "The CSV files beside this report hold every figure in it:"),
        ("generatedBy", "Báo cáo được lập tự động bởi", "Generated by"),
    ]

    static func labels(_ language: Language) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key] = language == .vi ? entry.vi : entry.en }
        return result
    }
}

/// Words for the review's enumerations, in the report's language.
struct Vocabulary {
    let language: Language

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    func state(_ state: SubmissionState) -> String {
        switch state {
        case .onTime: pick("Đúng hạn", "On time")
        case .late: pick("Gửi muộn", "Late")
        case .rejected: pick("Bị từ chối", "Rejected")
        case .superseded: pick("Bị thay thế bởi lần gửi sau", "Superseded by a later revision")
        case .missing: pick("Không gửi", "Not sent")
        }
    }

    func movementKind(_ kind: MovementKind) -> String {
        switch kind {
        case .primeMinister: pick("Do Thủ tướng Chính phủ phát động", "Launched by the Prime Minister")
        case .phased: pick("Theo giai đoạn", "Phased")
        case .annual: pick("Hằng năm", "Annual")
        case .thematic: pick("Chuyên đề", "Thematic")
        }
    }

    /// For the summary sentence: "4 do Thủ tướng Chính phủ phát động, 2 theo giai đoạn…".
    func movementKindPhrase(_ kind: MovementKind) -> String {
        switch kind {
        case .primeMinister: pick("do Thủ tướng Chính phủ phát động", "launched by the Prime Minister")
        case .phased: pick("theo giai đoạn", "phased")
        case .annual: pick("hằng năm", "annual")
        case .thematic: pick("chuyên đề", "thematic")
        }
    }

    func launchLevel(_ level: LaunchLevel) -> String {
        switch level {
        case .national: pick("Quốc gia", "National")
        case .sector: pick("Toàn ngành", "Sector")
        case .cluster: pick("Cụm, khối", "Cluster or bloc")
        case .agency: pick("Đơn vị", "Agency")
        }
    }

    func awardLevel(_ level: AwardLevel) -> String {
        switch level {
        case .state: pick("Nhà nước", "State")
        case .government: pick("Chính phủ", "Government")
        case .sector: pick("Ngành", "Sector")
        case .agency: pick("Cơ sở", "Agency")
        }
    }

    func recipientKind(_ kind: RecipientKind) -> String {
        switch kind {
        case .person: pick("Cá nhân", "Individual")
        case .collective: pick("Tập thể", "Collective")
        case .agency: pick("Đơn vị", "Agency")
        }
    }

    func verdict(_ verdict: VerdictKind) -> String {
        switch verdict {
        case .eligible: pick("Đủ điều kiện", "Eligible")
        case .notEligible: pick("Chưa đủ điều kiện", "Not eligible")
        case .cannotVerify: pick("Chưa đủ dữ liệu để kết luận", "Cannot verify")
        case .notChecked: pick("Chưa có quy tắc kiểm tra", "No rule")
        }
    }

    func source(_ source: Candidate.Source) -> String {
        switch source {
        case .nomination: pick("Đề nghị khen thưởng", "Nominations")
        case .title: pick("Danh hiệu trong báo cáo đơn vị", "Titles in agencies' reports")
        case .decision: pick("Quyết định khen thưởng", "Award decisions")
        }
    }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: pick("Lỗi", "Error")
        case .warning: pick("Cảnh báo", "Warning")
        }
    }

    func unit(_ unit: IndicatorUnit) -> String {
        switch unit {
        case .persons: pick("người", "persons")
        case .percent: "%"
        case .millionVND: pick("triệu đồng", "VND million")
        case .count: pick("số lượng", "count")
        }
    }

    func tieBreak(_ code: String) -> String {
        switch code {
        case "women": pick("Bằng điểm; ưu tiên đơn vị có tỷ lệ nữ cao theo quy định", "Tie broken in favour of women")
        case "code": pick("Bằng điểm; xếp theo mã đơn vị", "Tie broken by agency code")
        default: code
        }
    }

    var leader: String { pick("Dẫn đầu cụm", "Leads the cluster") }

    /// Percentage points, for the change of an indicator that is itself a percentage.
    var points: String { pick(" điểm %", " pp") }
}
