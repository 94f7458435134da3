import Glibc

/// Why a file's bytes could not be had at all (as opposed to bytes that turned out to be bad).
public struct UnreadableFile: Error, Sendable, Hashable {
    public var path: String
    public var reason: String
}

/// Reads a file's bytes itself, with a size cap, so that libxml2 never opens a file by name (Debian's libxml2
/// would transparently decompress a gzip or xz bomb) and a huge or endless file cannot exhaust memory.
public enum SafeFileReader {
    /// The codes the reader raises.
    static let codes: [FindingKind] = [.notRegular, .outsideInputs, .tooLarge, .empty, .compressed]

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
                .refused(FindingKind.notRegular.make(file: path, at: .start)))
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
        return FindingKind.outsideInputs.make(file: path, at: .start, ["target": "\(real)", "root": "\(root)"])
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func tooLarge(_ path: String, size: Int, limit: Int) -> Finding {
        FindingKind.tooLarge.make(file: path, at: .start, ["size": "\(size)", "limit": "\(limit)"])
    }

    /// Empty files and compressed or archived files get a precise finding before any parsing.
    static func sniffContainer(_ bytes: [UInt8], path: String) -> Finding? {
        if bytes.isEmpty {
            return FindingKind.empty.make(file: path, at: .start)
        }
        let signatures: [([UInt8], Bilingual)] = [
            ([0x1F, 0x8B], Bilingual("tệp nén gzip", "gzip-compressed")),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], Bilingual("tệp nén xz", "xz-compressed")),
            ([0x42, 0x5A, 0x68], Bilingual("tệp nén bzip2", "bzip2-compressed")),
            ([0x28, 0xB5, 0x2F, 0xFD], Bilingual("tệp nén zstd", "zstd-compressed")),
            ([0x50, 0x4B, 0x03, 0x04], Bilingual("tệp nén ZIP", "a ZIP archive")),
        ]
        for (magic, what) in signatures where bytes.starts(with: magic) {
            return FindingKind.compressed.make(file: path, at: .start, ["what": what])
        }
        return nil
    }
}

extension FindingKind {
    static let notRegular = FindingKind(
        "file.not-regular", .error,
        vi:
            "đây không phải là một tệp thông thường (mà là thư mục hoặc tệp đặc biệt của hệ thống); chỉ định đường dẫn của một tệp XML",
        en: "this is not a regular file (a directory, device or pipe); give the path of an XML file",
        examples: [
            .triggers("a folder named like a report", [ExampleFile("2019/01.xml", .folder)]),
            .passes("a report file", [.submission()]),
        ])

    static let outsideInputs = FindingKind(
        "file.outside-inputs", .error, parameters: ["target", "root"],
        vi:
            "đây là liên kết tượng trưng tới {target}, nằm ngoài thư mục đầu vào {root}; hãy chép chính tệp đó vào thư mục thay vì liên kết",
        en:
            "this is a symbolic link to {target}, outside the inputs folder {root}; copy the file itself into the folder instead of linking to it",
        examples: [
            .triggers("a link to a file elsewhere", [ExampleFile("2019/01.xml", .linkOutside)]),
            .passes("the file itself", [.submission()]),
        ])

    static let tooLarge = FindingKind(
        "file.too-large", .error, parameters: ["size", "limit"],
        vi:
            "tệp có {size} byte, vượt giới hạn {limit} byte; báo cáo năm thường nhỏ hơn nhiều, hãy kiểm tra xem có đúng tệp báo cáo không (hoặc tăng giới hạn bằng tùy chọn --max-size)",
        en:
            "the file is {size} bytes, over the limit of {limit} bytes; an annual report is far smaller, so check that this is the right file (or raise --max-size)",
        examples: [
            .triggers("a report over a 1,000-byte limit", [.submission()], maxFileSize: 1000),
            .passes("a report under a 100,000-byte limit", [.submission()], maxFileSize: 100_000),
        ])

    static let empty = FindingKind(
        "file.empty", .error,
        vi: "tệp rỗng; gửi tệp báo cáo đầy đủ",
        en: "the file is empty; send the complete report file",
        examples: [
            .triggers("an empty file", [.text("2019/01.xml", "")]),
            .passes("a report", [.submission()]),
        ])

    static let compressed = FindingKind(
        "file.compressed", .error, parameters: ["what"],
        vi: "đây là {what}, không phải tệp XML; giải nén rồi gửi chính tệp .xml bên trong",
        en: "the file is {what}, not XML; extract it and send the .xml file itself",
        examples: [
            .triggers("a gzip file", [ExampleFile("2019/01.xml", .bytes([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]))]),
            .triggers("a ZIP archive", [ExampleFile("2019/01.xml", .bytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))]),
            .passes("a report", [.submission()]),
        ])
}
