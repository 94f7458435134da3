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
    let remedy: String

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
        throw RunFailure(.software, "\(name) is not installed (not found on PATH): \(remedy)")
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
            throw RunFailure(.ioError, "cannot write in the temporary folder \(folder); check the disk and TMPDIR")
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
            throw RunFailure(.software, "cannot start \(executable): \(error.localizedDescription); \(remedy)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw RunFailure(
                .software,
                "\(name) did not finish within \(Int(timeout)) s and was stopped; run it by hand on the same report to see why"
            )
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let tail = said.split(separator: "\n").suffix(10).joined(separator: "\n")
            let how =
                process.terminationReason == .exit
                ? "exited with status \(process.terminationStatus)"
                : "was killed by signal \(process.terminationStatus)"
            throw RunFailure(.software, "\(name) \(how): \(tail.isEmpty ? "(it said nothing)" : tail)")
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
            throw RunFailure(
                .ioError,
                "cannot create a temporary folder in \(base): \(String(cString: strerror(errno))); check TMPDIR")
        }
        return made
    }
}
