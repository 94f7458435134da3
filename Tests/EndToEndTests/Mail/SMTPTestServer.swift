import EmulationReview
import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

/// A real SMTP server (Tests/smtp/server.py, aiosmtpd) on 127.0.0.1 for one test. It stops by itself after
/// `lifetime` seconds; tests stop it in tearDown. A missing aiosmtpd or openssl makes `start` throw: the test
/// fails, it is not skipped.
final class SMTPTestServer {
    static let scripts = TestSupport.packageRoot.appendingPathComponent("Tests/smtp")
    static let user = "reports"
    static let password = "correct horse battery"

    let process: Process
    let port: Int
    /// Where the server writes each message it accepts (`0001.eml`, with `0001.json` for the envelope).
    let folder: URL

    /// The self-signed certificate the server made for 127.0.0.1 (absent with `--no-tls`).
    var certificate: String { folder.appendingPathComponent("tls/cert.pem").path }

    init(_ options: [String] = [], lifetime: Int = 60) throws {
        folder = try TestSupport.temporaryDirectory()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", Self.scripts.appendingPathComponent("server.py").path, "--out", folder.path,
                "--user", Self.user, "--password", Self.password, "--lifetime", String(lifetime),
            ] + options
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // If the server hangs before it is ready, ending it ends the read below with EOF.
        let watched = process
        DispatchQueue.global().asyncAfter(deadline: .now() + 30) { if watched.isRunning { watched.terminate() } }
        var text = ""
        while !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).prefix { $0.isNumber }) else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw ServerError(description: "the test SMTP server did not start: \(problem.isEmpty ? text : problem)")
        }
        self.port = port
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    var url: String { "smtp://127.0.0.1:\(port)" }

    /// The messages received so far, in order.
    func received() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The envelope of a received message: (MAIL FROM, RCPT TO).
    func envelope(of message: URL) throws -> (from: String, recipients: [String]) {
        let data = try Data(contentsOf: message.deletingPathExtension().appendingPathExtension("json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return (object["mail_from"] as? String ?? "", object["rcpt_tos"] as? [String] ?? [])
    }

    /// Python's email package's reading of a received message (Tests/smtp/inspect.py).
    static func inspect(_ message: URL) throws -> Inspection {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scripts.appendingPathComponent("inspect.py").path, message.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServerError(description: "inspect.py failed: \(problem)") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase  // inspect.py writes Python's snake_case keys
        return try decoder.decode(Inspection.self, from: data)
    }

    /// A port on 127.0.0.1 that nothing listens on: the server is started and stopped at once.
    static func closedPort() throws -> Int {
        let server = try SMTPTestServer(["--no-tls"], lifetime: 5)
        server.stop()
        return server.port
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
    }

    /// What inspect.py prints.
    struct Inspection: Decodable {
        struct Member: Decodable {
            let name: String
            let size: Int
            let sha256: String
            let dateTime: [Int]
        }

        struct Attachment: Decodable {
            let filename: String?
            let contentType: String
            let transferEncoding: String?
            let size: Int
            let sha256: String
            let members: [Member]?
            let zipTest: String?
        }

        let headers: [String: String]
        let rawHeaderLines: [String]
        let fromAddress: String?
        let fromName: String?
        let toAddresses: [String]
        let toNames: [String]
        let dateParsed: String?
        let contentType: String
        let defects: [String]
        let asciiOnly: Bool
        let body: String?
        let bodyCharset: String?
        let attachments: [Attachment]
    }
}

extension Data {
    var sha256Hex: String { Digest.sha256(self) }
}
