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
