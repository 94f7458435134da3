import Glibc

/// Why a file's bytes could not be had at all (as opposed to bytes that turned out to be bad).
public struct UnreadableFile: Error, Sendable, Hashable {
    public var path: String
    public var reason: String
}

/// Reads a file's bytes itself, with a size cap, so that libxml2 never opens a file by name (Debian's libxml2
/// would transparently decompress a gzip or xz bomb) and a huge or endless file cannot exhaust memory.
public enum SafeFileReader {
    public static let defaultLimit = 64 * 1024 * 1024

    public enum Outcome: Sendable {
        case bytes([UInt8])
        /// The file was readable but must not be parsed; the finding says why.
        case refused(Finding)
    }

    /// - confinedTo: a folder the file must really be in; a symbolic link (of the file or of a folder on its way)
    ///   that leads outside it is refused, so a link in the inputs cannot make the job read other files.
    public static func read(_ path: String, limit: Int = defaultLimit, confinedTo root: String? = nil)
        -> Result<Outcome, UnreadableFile>
    {
        if let root, let refusal = outside(path, root: root) { return .success(.refused(refusal)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else {
            return .failure(UnreadableFile(path: path, reason: String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return .failure(UnreadableFile(path: path, reason: String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .success(
                .refused(
                    Finding(
                        "file.not-regular", .error, file: path, at: .start,
                        "this is not a regular file (a directory, device or pipe); give the path of an XML file")))
        }
        let size = Int(info.st_size)
        if size > limit {
            return .success(.refused(tooLarge(path, size: size, limit: limit)))
        }
        // Read up to one byte past the limit: the file may grow while we read it.
        var bytes = [UInt8](repeating: 0, count: min(size, limit) + 1)
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(UnreadableFile(path: path, reason: String(cString: strerror(errno))))
            }
            if n == 0 { break }
            filled += n
            if filled == bytes.count && filled <= limit {
                bytes.append(contentsOf: repeatElement(0, count: min(limit + 1 - filled, 1 << 20)))
            }
        }
        if filled > limit {
            return .success(.refused(tooLarge(path, size: filled, limit: limit)))
        }
        bytes.removeSubrange(filled...)
        if let refusal = sniffContainer(bytes, path: path) {
            return .success(.refused(refusal))
        }
        return .success(.bytes(bytes))
    }

    private static func outside(_ path: String, root: String) -> Finding? {
        guard let real = realPath(path), let realRoot = realPath(root) else { return nil }
        guard real != realRoot, !real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return nil }
        return Finding(
            "file.outside-inputs", .error, file: path, at: .start,
            "this is a symbolic link to \(real), outside the inputs folder \(root); copy the file itself into the "
                + "folder instead of linking to it")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func tooLarge(_ path: String, size: Int, limit: Int) -> Finding {
        Finding(
            "file.too-large", .error, file: path, at: .start,
            "the file is \(size) bytes, over the limit of \(limit) bytes; an annual report is far smaller, so check that this is the right file (or raise --max-size)"
        )
    }

    /// Empty files and compressed or archived files get a precise finding before any parsing.
    static func sniffContainer(_ bytes: [UInt8], path: String) -> Finding? {
        if bytes.isEmpty {
            return Finding(
                "file.empty", .error, file: path, at: .start, "the file is empty; send the complete report file")
        }
        let signatures: [([UInt8], String)] = [
            ([0x1F, 0x8B], "gzip-compressed"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed"),
            ([0x42, 0x5A, 0x68], "bzip2-compressed"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ]
        for (magic, what) in signatures where bytes.starts(with: magic) {
            return Finding(
                "file.compressed", .error, file: path, at: .start,
                "the file is \(what), not XML; extract it and send the .xml file itself")
        }
        return nil
    }
}
