import CPlatform
import Dispatch
import EmulationReview
import Foundation
import Glibc

/// Publishes a report folder atomically: the files are written and flushed in a staging folder beside the old
/// report, then the two folders are exchanged in one rename (Linux `renameat2(RENAME_EXCHANGE)`), so a crash at
/// any moment leaves either the previous report or the new one whole, never a mixture and never nothing.
public struct Publisher: Sendable {
    public let reports: String

    public init(reports: String) { self.reports = reports }

    public static let abortBeforeSwapVariable = "EMULATION_REVIEW_TEST_ABORT_BEFORE_SWAP"

    /// Writes `files` as `reports/name/…` and returns the folder's path.
    @discardableResult
    public func publish(name: String, files: [(name: String, data: Data)]) throws(RunFailure) -> String {
        let final = (reports as NSString).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(
                .cannotCreate,
                Bilingual(
                    "không tạo được thư mục báo cáo \(reports): \(error.localizedDescription)",
                    "cannot create the reports folder \(reports): \(error.localizedDescription)"))
        }
        recover(name: name, final: final)
        let staging = (reports as NSString).appendingPathComponent(".\(name).staging-\(getpid())")
        try? FileManager.default.removeItem(atPath: staging)
        guard mkdir(staging, 0o755) == 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .cannotCreate,
                Bilingual(
                    "không ghi được vào thư mục báo cáo \(reports): \(reason)",
                    "cannot write in the reports folder \(reports): \(reason)"))
        }
        // Subfolders first (`agencies/`), then each file written and flushed on its own core; the first failure is
        // reported, and the staging folder goes with it (a full disk must not stay full of a report that was never
        // published).
        for folder in Set(files.map { ($0.name as NSString).deletingLastPathComponent }).filter({ !$0.isEmpty })
            .sorted()
        {
            let path = (staging as NSString).appendingPathComponent(folder)
            guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil
            else {
                try? FileManager.default.removeItem(atPath: staging)
                throw RunFailure(
                    .cannotCreate,
                    Bilingual("không tạo được thư mục \(path)", "cannot create the folder \(path)"))
            }
        }
        let failures = concurrentMap(files.count) { index -> RunFailure? in
            do throws(RunFailure) {
                try Self.writeDurably(
                    files[index].data, to: (staging as NSString).appendingPathComponent(files[index].name))
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            try? FileManager.default.removeItem(atPath: staging)
            throw failure
        }
        try sync(staging)
        if ProcessInfo.processInfo.environment[Self.abortBeforeSwapVariable] == "1" {
            abort()  // for the tests: a crash after writing, before publishing
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: final, isDirectory: &isDirectory) {
            if er_exchange_paths(staging, final) == 0 {
                try? FileManager.default.removeItem(atPath: staging)  // now the previous report
            } else {
                // A file system without exchange: move the old report aside, then the new one in. A crash between
                // the two leaves the old report under `.name.previous`, which the next run puts back.
                let previous = (reports as NSString).appendingPathComponent(".\(name).previous")
                try? FileManager.default.removeItem(atPath: previous)
                guard rename(final, previous) == 0, rename(staging, final) == 0 else {
                    let reason = String(cString: strerror(errno))
                    throw RunFailure(
                        .cannotCreate,
                        Bilingual("không thay thế được \(final): \(reason)", "cannot replace \(final): \(reason)"))
                }
                try? FileManager.default.removeItem(atPath: previous)
            }
        } else if rename(staging, final) != 0 {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .cannotCreate, Bilingual("không công bố được \(final): \(reason)", "cannot publish \(final): \(reason)")
            )
        }
        try sync(reports)
        return final
    }

    /// Cleans what an interrupted run left: staging folders, and an old report moved aside but not replaced.
    private func recover(name: String, final: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []
        let previous = (reports as NSString).appendingPathComponent(".\(name).previous")
        if !FileManager.default.fileExists(atPath: final), FileManager.default.fileExists(atPath: previous) {
            _ = rename(previous, final)
        }
        for entry in entries where entry.hasPrefix(".\(name).staging-") {
            try? FileManager.default.removeItem(atPath: (reports as NSString).appendingPathComponent(entry))
        }
    }

    /// Creates `path` (which must not exist), writes `data` and flushes it to the disk.
    static func writeDurably(_ data: Data, to path: String) throws(RunFailure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .cannotCreate, Bilingual("không tạo được tệp \(path): \(reason)", "cannot create \(path): \(reason)"))
        }
        defer { close(fd) }
        var offset = 0
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure {
            let reason = String(cString: strerror(failure))
            throw RunFailure(
                .ioError, Bilingual("không ghi được tệp \(path): \(reason)", "cannot write \(path): \(reason)"))
        }
        guard fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .ioError,
                Bilingual(
                    "không ghi hẳn được tệp \(path) xuống đĩa: \(reason)", "cannot flush \(path): \(reason)"))
        }
    }

    private func sync(_ directory: String) throws(RunFailure) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .ioError,
                Bilingual("không mở được thư mục \(directory): \(reason)", "cannot open \(directory): \(reason)"))
        }
        defer { close(fd) }
        _ = fsync(fd)
    }
}
