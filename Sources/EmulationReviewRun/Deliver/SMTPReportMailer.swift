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
