import CPlatform
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

    /// Opens the staging folder of `reports/name`, for a report whose files are written as they are made.
    public func stage(name: String) throws(RunFailure) -> Staging {
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
        return Staging(publisher: self, name: name, final: final, path: staging)
    }

    /// A report being written: each file goes to the staging folder, flushed, as soon as it is made, so that
    /// none needs to stay in memory; `publish` then puts the folder in place of the previous report at once.
    public final class Staging: @unchecked Sendable {
        let publisher: Publisher
        let name: String
        let final: String
        public let path: String
        private let lock = NSLock()
        private var folders: Set<String> = []

        init(publisher: Publisher, name: String, final: String, path: String) {
            (self.publisher, self.name, self.final, self.path) = (publisher, name, final, path)
        }

        /// Writes and flushes one file whose bytes `produce` hands over part after part (`agencies/01.html` makes
        /// its folder); safe from several threads at once.
        public func write(
            _ file: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
        ) throws -> Manifest.Output {
            let folder = (file as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                let target = (path as NSString).appendingPathComponent(folder)
                let made = lock.withLock { () -> Bool in
                    guard !folders.contains(folder) else { return true }
                    guard
                        (try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true))
                            != nil
                    else { return false }
                    folders.insert(folder)
                    return true
                }
                guard made else {
                    throw RunFailure(
                        .cannotCreate,
                        Bilingual("không tạo được thư mục \(target)", "cannot create the folder \(target)"))
                }
            }
            let (size, sha256) = try DurableFile.write(to: (path as NSString).appendingPathComponent(file), produce)
            return Manifest.Output(file: file, size: size, sha256: sha256)
        }

        /// Removes the staging folder: a full disk must not stay full of a report that was never published.
        public func discard() {
            try? FileManager.default.removeItem(atPath: path)
        }

        /// Puts the staging folder in place of the report and returns the report's path.
        public func publish() throws(RunFailure) -> String {
            let (reports, staging, final) = (publisher.reports, path, self.final)
            try publisher.sync(staging)
            if ProcessInfo.processInfo.environment[Publisher.abortBeforeSwapVariable] == "1" {
                abort()  // for the tests: a crash after writing, before publishing
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: final, isDirectory: &isDirectory) {
                if er_exchange_paths(staging, final) == 0 {
                    try? FileManager.default.removeItem(atPath: staging)  // now the previous report
                } else {
                    // A file system without exchange: move the old report aside, then the new one in. A crash
                    // between the two leaves the old report under `.name.previous`, which the next run puts back.
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
                    .cannotCreate,
                    Bilingual("không công bố được \(final): \(reason)", "cannot publish \(final): \(reason)"))
            }
            try publisher.sync(reports)
            return final
        }
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

    func sync(_ directory: String) throws(RunFailure) {
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
