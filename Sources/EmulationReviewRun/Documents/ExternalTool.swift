import EmulationReview
import Foundation

/// A well-kept converter run as a separate program (pandoc, WeasyPrint), found on `PATH`, with a time limit.
/// Its output is made reproducible by `SOURCE_DATE_EPOCH`, which both honour: the same review gives the same bytes.
struct ExternalTool {
    /// The program's name, e.g. `weasyprint`.
    let name: String
    /// What to install when it is missing, for the error message.
    let install: String

    /// The program's full path on `PATH`, or nil.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program in `folder` and waits at most `timeout` seconds.
    func run(_ arguments: [String], in folder: URL, sourceDate: Day, timeout: TimeInterval = 600) throws(RunFailure) {
        guard let path else {
            throw RunFailure(.software, "\(name) is not installed; \(install) (or run Scripts/bootstrap)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(sourceDate.epochSeconds)
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw RunFailure(.software, "cannot start \(path): \(error)")
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw RunFailure(.software, "\(name) did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message.suffix(2000), as: UTF8.self).escapingControls
            throw RunFailure(.software, "\(name) failed (exit \(process.terminationStatus)): \(text)")
        }
    }

    /// A private temporary folder, removed by the caller.
    static func temporaryFolder() throws(RunFailure) -> URL {
        var template = Array((NSTemporaryDirectory() + "/emulation-review-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw RunFailure(.cannotCreate, "cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        return URL(fileURLWithPath: String(cString: made))
    }
}
