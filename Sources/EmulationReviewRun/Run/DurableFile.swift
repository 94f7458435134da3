import EmulationReview
import Foundation
import Glibc

/// A new file written part after part and flushed to the disk before it counts as written.
enum DurableFile {
    /// The bytes of a file, handed to `emit` part after part, in order.
    typealias Producer = (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void

    /// Creates `path` (which must not exist), writes `data` and flushes it to the disk.
    static func write(_ data: Data, to path: String) throws(RunFailure) {
        do {
            _ = try write(to: path) { emit in try data.withUnsafeBytes { try emit($0) } }
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(
                .ioError, Bilingual("không ghi được tệp \(path): \(error)", "cannot write \(path): \(error)"))
        }
    }

    /// Creates `path` (which must not exist), writes what `produce` hands over and flushes it to the disk;
    /// returns the file's size and SHA-256. Throws a `RunFailure` when the file cannot be written, or what
    /// `produce` throws.
    static func write(to path: String, _ produce: Producer) throws -> (size: Int, sha256: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .cannotCreate, Bilingual("không tạo được tệp \(path): \(reason)", "cannot create \(path): \(reason)"))
        }
        defer { close(fd) }
        var size = 0
        var digest = Digest.Running()
        try produce { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    throw RunFailure(
                        .ioError, Bilingual("không ghi được tệp \(path): \(reason)", "cannot write \(path): \(reason)"))
                }
                offset += n
            }
            digest.update(buffer)
            size += buffer.count
        }
        guard fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .ioError,
                Bilingual("không ghi hẳn được tệp \(path) xuống đĩa: \(reason)", "cannot flush \(path): \(reason)"))
        }
        return (size, digest.finish())
    }
}
