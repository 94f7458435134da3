import EmulationReview
import Foundation

/// The report mailer of unattended runs: builds the messages with `ReportMail` and sends them with `Mailer`.
public struct SMTPReportMailer: ReportMailer {
    public let mailer: Mailer
    public let settings: MailSettings
    public let now: @Sendable () -> Date

    public init(runtime: MailerRuntime, settings: MailSettings, now: @escaping @Sendable () -> Date = Date.init) {
        self.settings = settings
        mailer = Mailer(runtime: runtime)
        self.now = now
    }

    public func send(report: OutgoingReport) -> DeliveryOutcome {
        let message: MailMessage
        do {
            message = try ReportMail.reportMessage(
                period: report.period, language: report.language, headline: report.headline,
                completeness: report.summary,
                revised: report.revisions, files: report.files, filesLocation: report.folder,
                settings: settings, date: now(), messageID: report.messageID)
        } catch {
            return .permanentFailure("cannot build the report email: \(error)")
        }
        return mailer.send(message, settings: settings)
    }

    public func send(notice: AgencyNotice) -> DeliveryOutcome {
        let to: MailSettings
        do throws(MailSettingsError) {
            to = try settings.addressed(to: notice.recipients)
        } catch {
            return .permanentFailure("the notice's recipients cannot be used: \(error)")
        }
        var attachments: [MailAttachment] = []
        if let path = notice.attachment {
            guard let data = FileManager.default.contents(atPath: path) else {
                return .temporaryFailure("cannot read \(path) to attach it")
            }
            attachments.append(
                MailAttachment(
                    filename: notice.attachmentName ?? (path as NSString).lastPathComponent, data: data,
                    mimeType: "text/html; charset=utf-8"))
        }
        let message = MailMessage(
            from: to.from, to: notice.recipients, subject: notice.subject, body: notice.body,
            attachments: attachments, date: now(), messageID: notice.messageID)
        return mailer.send(message, settings: to)
    }

    public func send(feedback: OutgoingFeedback) -> DeliveryOutcome {
        let to: MailSettings
        do throws(MailSettingsError) {
            to = try settings.addressed(to: feedback.recipients)
        } catch {
            return .permanentFailure("the feedback's recipients cannot be used: \(error)")
        }
        let message = ReportMail.feedbackMessage(
            to: feedback.recipients, agency: feedback.agency, year: feedback.year, files: feedback.files,
            settings: to, date: now(), messageID: feedback.messageID)
        return mailer.send(message, settings: to)
    }
}
