import Configuration
import EmulationReview
import Foundation
import SystemPackage

/// The program's settings for unattended runs, from `emulation-review.yaml` with environment variables taking
/// precedence (`MAIL_PASSWORD` overrides `mail.password`).
public struct Settings: Sendable, CustomStringConvertible {
    public var inputs: String
    public var reports: String
    public var state: String
    public var phases: [Period]
    /// The documents published beside the HTML and CSV files (`outputs`).
    public var documents: Set<ReportDocument> = ReportDocument.defaults
    public var language: Language
    /// The reports' own date (`date`), for every report of the run; nil: each report's latest decision or
    /// submission.
    public var date: Day?
    public var mail: MailSettings?
    /// When to remind the agencies that have not reported (`reminders:`); nil: no reminders.
    public var reminders: ReminderSettings?
    /// The configuration file read, if any.
    public var file: String?

    public static let defaultFile = "emulation-review.yaml"

    public var description: String {
        "Settings(file: \(file ?? "-"), inputs: \(inputs), reports: \(reports), state: \(state), phases: \(phases.map(\.description)), outputs: \(documents.sorted().map(\.rawValue)), lang: \(language.rawValue), date: \(date?.description ?? "-"), mail: \(mail.map(\.description) ?? "-"))"
    }

    /// Reads the settings. `path` nil means `emulation-review.yaml` in the working directory when present.
    public static func load(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws(RunFailure) -> Settings
    {
        let file = path ?? (FileManager.default.fileExists(atPath: defaultFile) ? defaultFile : nil)
        var providers: [any ConfigProvider] = [
            EnvironmentVariablesProvider(
                environmentVariables: relevant(environment),
                secretsSpecifier: .specific(["MAIL_PASSWORD", "MAIL_USERNAME"]))
        ]
        if let file {
            guard FileManager.default.fileExists(atPath: file) else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "không tìm thấy tệp cấu hình \(file); kiểm tra lại đường dẫn",
                        "the configuration file \(file) does not exist"))
            }
            do {
                providers.append(try await FileProvider<YAMLSnapshot>(filePath: FilePath(file)))
            } catch {
                let detail = Self.safe(String(describing: error))
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "không đọc được tệp cấu hình \(file): \(detail.vi)",
                        "cannot read the configuration file \(file): \(detail.en)"))
            }
        }
        let config = ConfigReader(providers: providers)
        var settings = Settings(
            inputs: config.string(forKey: "inputs", default: "Inputs"),
            reports: config.string(forKey: "reports", default: "Reports"),
            state: "", phases: [], language: .vi, mail: nil, file: file)
        settings.state = config.string(
            forKey: "state", default: (settings.reports as NSString).appendingPathComponent(".state"))
        let lang = config.string(forKey: "lang", default: "vi")
        guard let language = Language(rawValue: lang) else {
            throw RunFailure(
                .configuration,
                Bilingual("lang có giá trị \"\(lang)\"; chỉ dùng vi hoặc en", "lang is \"\(lang)\"; use vi or en"))
        }
        settings.language = language
        if let text = config.string(forKey: "date") {
            guard text.count == 10, let day = Day(iso: text) else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "date có giá trị \"\(text)\"; ngày của báo cáo được viết theo dạng YYYY-MM-DD, ví dụ 2021-01-20",
                        "date is \"\(text)\"; the report's date is written YYYY-MM-DD, e.g. 2021-01-20"))
            }
            settings.date = day
        }
        let outputs = config.stringArray(forKey: "outputs", default: ReportDocument.defaults.sorted().map(\.rawValue))
        settings.documents = []
        for text in outputs {
            guard let document = ReportDocument(rawValue: text) else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "outputs có giá trị \"\(text)\" không hợp lệ; chỉ dùng xlsx, docx và pdf (hoặc để danh sách trống)",
                        "outputs lists \"\(text)\"; use xlsx, docx and pdf (or an empty list)"))
            }
            settings.documents.insert(document)
        }
        for text in config.stringArray(forKey: "phases", default: ["2016-2020", "2021-2025"]) {
            guard let period = Period(text), period.isPhase else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "phases có giá trị \"\(text)\" không hợp lệ; giai đoạn được viết theo dạng YYYY-YYYY, ví dụ 2016-2020",
                        "phases lists \"\(text)\"; a phase is written YYYY-YYYY, e.g. 2016-2020"))
            }
            settings.phases.append(period)
        }
        let before = config.intArray(forKey: "reminders.before", default: [])
        let after = config.intArray(forKey: "reminders.after", default: [])
        if !before.isEmpty || !after.isEmpty {
            guard (before + after).allSatisfy({ $0 > 0 && $0 <= 365 }) else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "reminders.before và reminders.after là số ngày trước và sau hạn gửi báo cáo, từ 1 đến 365, ví dụ [7, 1]",
                        "reminders.before and reminders.after are days before and after the deadline, 1 to 365, e.g. [7, 1]"
                    ))
            }
            settings.reminders = ReminderSettings(before: before, after: after)
        }
        if let url = config.string(forKey: "mail.url") {
            guard url.hasPrefix("smtp://") || url.hasPrefix("smtps://") else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "mail.url có giá trị \"\(url)\"; địa chỉ phải bắt đầu bằng smtp:// hoặc smtps://",
                        "mail.url is \"\(url)\"; it must start with smtp:// or smtps://"))
            }
            let starttlsText = config.string(forKey: "mail.starttls", default: "required")
            guard let starttls = MailSettings.StartTLS(rawValue: starttlsText) else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "mail.starttls có giá trị \"\(starttlsText)\"; chỉ dùng required, opportunistic hoặc off",
                        "mail.starttls is \"\(starttlsText)\"; use required, opportunistic or off"))
            }
            guard let from = config.string(forKey: "mail.from") else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "đã khai báo mail.url nhưng thiếu mail.from; hãy ghi người gửi, ví dụ \"Ban Thi đua - Khen thưởng <thidua@example.vn>\"",
                        "mail.url is set but mail.from is missing; give the sender, e.g. \"Ban Thi đua - Khen thưởng <thidua@example.vn>\""
                    ))
            }
            let to = config.stringArray(forKey: "mail.to", default: [])
            guard !to.isEmpty else {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "đã khai báo mail.url nhưng mail.to không có người nhận nào; hãy ghi địa chỉ những người nhận báo cáo",
                        "mail.url is set but mail.to lists nobody; give the recipients of the reports"))
            }
            let caFile = config.string(forKey: "mail.caFile")
            if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "mail.caFile có giá trị \"\(caFile)\" nhưng tệp này không tồn tại hoặc không đọc được; hãy ghi tệp PEM "
                            + "của tổ chức chứng thực (CA) đã ký chứng thư của máy chủ thư, hoặc bỏ khóa này để dùng các CA "
                            + "của hệ thống",
                        "mail.caFile is \"\(caFile)\", which does not exist or cannot be read; give the PEM file of the CA "
                            + "that signed the mail server's certificate, or leave the key out to use the system's"))
            }
            let defaults = MailSettings.Timeouts()
            do throws(MailSettingsError) {
                settings.mail = try MailSettings(
                    url: url, starttls: starttls, username: config.string(forKey: "mail.username", isSecret: true),
                    password: config.string(forKey: "mail.password", isSecret: true),
                    caFile: caFile,
                    from: from, to: to,
                    timeouts: MailSettings.Timeouts(
                        connect: config.int(forKey: "mail.connectTimeout", default: defaults.connect),
                        total: config.int(forKey: "mail.timeout", default: defaults.total)),
                    maxAttachmentBytes: config.int(
                        forKey: "mail.maxAttachmentBytes", default: MailSettings.defaultMaxAttachmentBytes),
                    feedback: config.bool(forKey: "mail.feedback", default: false))
                let feedback = settings.mail?.feedback ?? false
                settings.mail?.receipts = config.bool(forKey: "mail.receipts", default: feedback)
                settings.mail?.scorecards = config.bool(forKey: "mail.scorecards", default: false)
            } catch {
                throw RunFailure(
                    .configuration,
                    Bilingual(
                        "không dùng được cấu hình thư: \(error.message.vi)",
                        "the mail settings are not usable: \(error.message.en)"))
            }
        }
        return settings
    }

    /// The environment variables that may override the file: `MAIL_*` for the mail section (`MAIL_PASSWORD`
    /// overrides `mail.password`), and `EMULATION_REVIEW_*` for the top-level keys (`EMULATION_REVIEW_LANG`
    /// overrides `lang`). Generic variables such as `LANG` or `STATE` are not the program's and are ignored.
    static func relevant(_ environment: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        let prefix = "EMULATION_REVIEW_"
        for (name, value) in environment {
            if name.hasPrefix("MAIL_") {
                result[name] = value
            } else if name.hasPrefix(prefix),
                ["INPUTS", "REPORTS", "STATE", "PHASES", "LANG", "OUTPUTS", "DATE"].contains(
                    String(name.dropFirst(prefix.count)))
            {
                result[String(name.dropFirst(prefix.count))] = value
            }
        }
        return result
    }

    /// Error texts from parsers may quote the file; a password written in it must not reach a log.
    static func safe(_ text: String) -> Bilingual {
        guard text.contains("password") else { return Bilingual(same: text) }
        return Bilingual(
            "tệp không phải YAML hợp lệ (không hiện chi tiết vì có thể chứa mật khẩu)",
            "the file is not valid YAML (details withheld: they may quote a secret)")
    }
}
