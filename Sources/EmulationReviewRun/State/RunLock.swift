import EmulationReview
import Foundation
import Glibc

/// One run at a time: an exclusive `flock` on `<state>/run.lock`, which holds the running process's id and start
/// time. The kernel releases the lock when the process ends, however it ends (even `kill -9`), so a stale lock
/// file never blocks the next run.
public final class RunLock: @unchecked Sendable {
    private let fd: Int32
    public let path: String

    /// Takes the lock, waiting up to `wait` seconds (0: not at all). Throws `.tryAgain` naming the holder.
    public init(directory: String, wait: Double = 0, now: () -> String) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(
                .cannotCreate,
                Bilingual(
                    "không tạo được thư mục trạng thái \(directory): \(error.localizedDescription)",
                    "cannot create the state folder \(directory): \(error.localizedDescription)"))
        }
        path = (directory as NSString).appendingPathComponent("run.lock")
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .cannotCreate,
                Bilingual("không mở được tệp khóa \(path): \(reason)", "cannot open the lock file \(path): \(reason)"))
        }
        let deadline = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw RunFailure(
                    .ioError, Bilingual("không khóa được \(path): \(reason)", "cannot lock \(path): \(reason)"))
            }
            if Date() >= deadline {
                let holder =
                    (try? String(contentsOfFile: path, encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(fd)
                throw RunFailure(
                    .tryAgain,
                    Bilingual(
                        "một lần chạy khác đang diễn ra (\(holder.isEmpty ? "tệp khóa \(path)" : holder)); hãy thử lại sau, "
                            + "hoặc dùng --wait SECONDS",
                        "another run is in progress (\(holder.isEmpty ? "lock \(path)" : holder)); try again later, or use --wait SECONDS"
                    ))
            }
            usleep(100_000)
        }
        let text = "process \(getpid()) started at \(now())\n"
        _ = ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
