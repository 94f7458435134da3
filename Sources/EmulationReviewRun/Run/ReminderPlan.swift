import EmulationReview
import Foundation

/// When to remind the agencies that have not reported (`reminders:` in the configuration): days before each
/// year's deadline (the plan's, in its board file) and days after it.
public struct ReminderSettings: Sendable, Equatable {
    public var before: [Int]
    public var after: [Int]

    public init(before: [Int], after: [Int]) {
        self.before = before
        self.after = after
    }

    /// How long after the last stage a year stays open to reminders; then it is history, never chased.
    public static let closesAfterDays = 30
}

/// One stage of reminding for a year: a reminder `days` before the deadline, or a past-due notice `days` after.
public struct ReminderStage: Sendable, Hashable {
    public enum Side: String, Sendable { case before, after }

    public var side: Side
    public var days: Int
    public var date: Day

    /// `before-7`, `after-3`: how the ledger and `status` name the stage.
    public var name: String { "\(side.rawValue)-\(days)" }
    public var isPastDue: Bool { side == .after }

    public var words: Bilingual {
        side == .before
            ? Bilingual(
                "nhắc trước hạn \(days) ngày", "reminder \(days) day\(days == 1 ? "" : "s") before the deadline")
            : Bilingual("quá hạn \(days) ngày", "\(days) day\(days == 1 ? "" : "s") past due")
    }

    /// The stage due on `today` (Hanoi's calendar day): the latest stage whose day has come, a reminder only up to
    /// the deadline itself, none once the year has closed. A run that missed a stage sends only the latest, so an
    /// agency never gets two at once.
    public static func due(deadline: Day, today: Day, settings: ReminderSettings) -> ReminderStage? {
        let stages =
            (settings.before.filter { $0 > 0 }.map {
                ReminderStage(side: .before, days: $0, date: deadline.adding(-$0))
            }
            + settings.after.filter { $0 > 0 }.map { ReminderStage(side: .after, days: $0, date: deadline.adding($0)) })
            .sorted { $0.date < $1.date }
        guard let last = stages.last, today <= last.date.adding(ReminderSettings.closesAfterDays) else { return nil }
        guard let stage = stages.last(where: { $0.date <= today }) else { return nil }
        if stage.side == .before && today > deadline { return nil }
        return stage
    }
}

extension Day {
    /// The day `days` later (earlier when negative).
    public func adding(_ days: Int) -> Day {
        Day(civilDays: ZonedTimestamp.daysFromCivil(year, month, day) + days)
    }

    /// The calendar day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    public init(civilDays z: Int) {
        let shifted = z + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let doe = shifted - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Hanoi's calendar day at an instant.
    public static func hanoi(_ date: Date) -> Day {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        return Day(civilDays: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}
