import EmulationReview
import Foundation
import Glibc

/// The record of every email the server accepted, kept beside the reports (`REPORTS/.delivered`), not in the
/// state store: one JSON line per delivery, appended and flushed before the run goes on. Whatever happens to the
/// store (deleted, emptied, damaged, rebuilt), the deliveries are recovered from here, so no sequence of store loss
/// and rebuild sends a report twice.
public struct DeliveryJournal: Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var kind: DeliveryKind
        public var period: String
        public var digest: String
        public var recipients: [String]
        public var messageID: String
        public var sentAt: String
        public var reply: String
        /// For a feedback: the digests of the files it covered.
        public var covers: [String]?
    }

    public let path: String

    public init(reports: String) {
        path = (reports as NSString).appendingPathComponent(".delivered")
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Appends one entry and flushes it to the disk.
    public func append(_ entry: Entry) throws(RunFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(entry) else {
            throw RunFailure(
                .software, Bilingual("không mã hóa được bản ghi thư đã gửi", "cannot encode a delivery record"))
        }
        line.append(0x0A)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.cannotRecord(path) }
        defer { close(fd) }
        let written = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
        guard written == line.count, fsync(fd) == 0 else { throw Self.cannotRecord(path) }
    }

    private static func cannotRecord(_ path: String) -> RunFailure {
        let reason = String(cString: strerror(errno))
        return RunFailure(
            .ioError,
            Bilingual(
                "không ghi được thư đã gửi vào sổ \(path): \(reason)",
                "cannot record a delivery in \(path): \(reason)"))
    }

    /// Every readable entry, oldest first; a line cut short by a crash is skipped.
    public func entries() -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(Entry.self, from: Data($0)) }
    }
}
