/// The program's exit statuses (the BSD sysexits values, so cron and scripts can tell cases apart).
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case software = 70
    case cannotCreate = 73
    case ioError = 74
    case tryAgain = 75
    case configuration = 78
}

extension ExitStatus {
    /// The more serious of two statuses, for a run that did several things: a refused delivery (69) beats one to
    /// retry (75), and any other failure beats both.
    public func worse(_ other: ExitStatus) -> ExitStatus {
        func weight(_ status: ExitStatus) -> Int {
            switch status {
            case .ok: 0
            case .tryAgain: 1
            case .unavailable: 2
            default: 3
            }
        }
        return weight(other) > weight(self) ? other : self
    }
}
