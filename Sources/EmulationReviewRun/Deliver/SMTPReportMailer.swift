import EmulationReview
import Foundation

/// The report mailer of unattended runs: builds the messages with `ReportMail` and sends them with `Mailer`.
public struct SMTPReportMailer: ReportMailer {
    public let mailer: Mailer
    public let settings: MailSettings
    let configuration: MailConfiguration
    public let now: @Sendable () -> Date

    public init(runtime: MailerRuntime, configuration: MailConfiguration, now: @escaping @Sendable () -> Date = Date.init) throws(RunFailure) {
        do throws(MailSettingsError) {
            settings = try Self.settings(configuration, to: configuration.to)
        } catch {
            throw RunFailure(.configuration, "the mail settings are not usable: \(error)")
        }
        self.configuration = configuration
        mailer = Mailer(runtime: runtime)
        self.now = now
    }

    public func send(report: OutgoingReport) -> SendResult {
        let message: MailMessage
        do {
            message = try ReportMail.reportMessage(period: report.period, headline: report.headline, completeness: report.summary,
                                                   revised: report.revisions, files: report.files, filesLocation: report.folder,
                                                   settings: settings, date: now(), messageID: report.messageID)
        } catch {
            return .permanent("cannot build the report email: \(error)")
        }
        return Self.result(mailer.send(message, settings: settings))
    }

    static func settings(_ c: MailConfiguration, to: [String]) throws(MailSettingsError) -> MailSettings {
        try MailSettings(url: c.url, starttls: MailSettings.StartTLS(rawValue: c.starttls.rawValue) ?? .required,
                         username: c.username, password: c.password, caFile: c.caFile, from: c.from, to: to,
                         timeouts: MailSettings.Timeouts(connect: c.connectTimeout, total: c.timeout),
                         maxAttachmentBytes: c.maxAttachmentBytes)
    }

    public func send(feedback: OutgoingFeedback) -> SendResult {
        let to: MailSettings
        do throws(MailSettingsError) {
            to = try Self.settings(configuration, to: [feedback.preparer])
        } catch {
            return .permanent("the preparer's address \(feedback.preparer) cannot be used: \(error)")
        }
        let message = ReportMail.feedbackMessage(to: feedback.preparer, agency: feedback.agency, year: feedback.year,
                                                 file: feedback.file, findings: feedback.findings, revision: feedback.revision,
                                                 settings: to, date: now(), messageID: feedback.messageID)
        return Self.result(mailer.send(message, settings: to))
    }

    static func result(_ outcome: DeliveryOutcome) -> SendResult {
        switch outcome {
        case .sent(let reply): .sent(reply)
        case .temporaryFailure(let reason): .temporary(reason)
        case .permanentFailure(let reason): .permanent(reason)
        }
    }
}
