import Dispatch
import EmulationReview
import Foundation
import Glibc

/// A program the run layer borrows (pandoc, rsvg-convert): found by its full path on `PATH`, run with a time
/// limit, its output kept in files so that a talkative program cannot fill a pipe and stall.
struct ExternalTool: Sendable {
    /// The name a person would type.
    let name: String
    /// What installs it, said when it is missing.
    let remedy: Bilingual

    /// The program's full path: the first executable `name` in a folder of `PATH`.
    func path(environment: [String: String] = ProcessInfo.processInfo.environment) throws(RunFailure) -> String {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = (String(folder) as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        throw RunFailure(
            .software,
            Bilingual(
                "chưa cài đặt \(name) (không tìm thấy trong PATH): \(remedy.vi)",
                "\(name) is not installed (not found on PATH): \(remedy.en)"))
    }

    /// Runs the program in `folder` with `arguments` and extra environment variables; stops it after `timeout`
    /// seconds. Fails, with the end of what the program said, unless it exits 0.
    func run(
        _ arguments: [String], in folder: String, environment extra: [String: String] = [:], timeout: Double
    ) throws(RunFailure) {
        let executable = try path()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let log = (folder as NSString).appendingPathComponent(".\(name).log")
        guard FileManager.default.createFile(atPath: log, contents: nil),
            let output = FileHandle(forWritingAtPath: log)
        else {
            throw RunFailure(
                .ioError,
                Bilingual(
                    "không ghi được vào thư mục tạm \(folder); hãy kiểm tra đĩa và biến TMPDIR",
                    "cannot write in the temporary folder \(folder); check the disk and TMPDIR"))
        }
        defer { try? output.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw RunFailure(
                .software,
                Bilingual(
                    "không khởi chạy được \(executable): \(error.localizedDescription); \(remedy.vi)",
                    "cannot start \(executable): \(error.localizedDescription); \(remedy.en)"))
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw RunFailure(
                .software,
                Bilingual(
                    "\(name) không chạy xong trong \(Int(timeout)) giây nên đã bị dừng; hãy tự chạy chương trình này với "
                        + "chính báo cáo đó để xem nguyên nhân",
                    "\(name) did not finish within \(Int(timeout)) s and was stopped; run it by hand on the same report to see why"
                ))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let tail = said.split(separator: "\n").suffix(10).joined(separator: "\n")
            let code = process.terminationStatus
            let how =
                process.terminationReason == .exit
                ? Bilingual("kết thúc với mã \(code)", "exited with status \(code)")
                : Bilingual("bị dừng bởi tín hiệu \(code)", "was killed by signal \(code)")
            let words =
                tail.isEmpty ? Bilingual("(không để lại thông báo nào)", "(it said nothing)") : Bilingual(same: tail)
            throw RunFailure(.software, Bilingual("\(name) \(how.vi): \(words.vi)", "\(name) \(how.en): \(words.en)"))
        }
    }

    /// A new folder only this process can read (`mkdtemp`), under `TMPDIR` or `/tmp`.
    static func temporaryFolder() throws(RunFailure) -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base as NSString).appendingPathComponent("emulation-review-docx.XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let start = buffer.baseAddress, let folder = mkdtemp(start) else { return nil }
            return String(cString: folder)
        }
        guard let made else {
            let reason = String(cString: strerror(errno))
            throw RunFailure(
                .ioError,
                Bilingual(
                    "không tạo được thư mục tạm trong \(base): \(reason); hãy kiểm tra biến TMPDIR",
                    "cannot create a temporary folder in \(base): \(reason); check TMPDIR"))
        }
        return made
    }
}
