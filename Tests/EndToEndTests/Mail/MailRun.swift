import Foundation
import TestSupport

/// A small inputs folder, a real SMTP server and a configuration that points the job at both: the common set-up
/// of the tests that count the emails an unattended run sends.
final class MailRun {
    let tiny: TinyInputs
    let work: URL
    let server: SMTPTestServer

    init() throws {
        tiny = try TinyInputs()
        work = try TestSupport.temporaryDirectory()
        server = try SMTPTestServer()
        setenv("MAIL_PASSWORD", SMTPTestServer.password, 1)
        try configure()
    }

    func stop() {
        unsetenv("MAIL_PASSWORD")
        server.stop()
        tiny.remove()
        try? FileManager.default.removeItem(at: work)
    }

    var reports: URL { work.appendingPathComponent("reports") }
    var state: URL { work.appendingPathComponent("state") }
    var config: URL { work.appendingPathComponent("emulation-review.yaml") }

    func configure(state: URL? = nil) throws {
        try """
        inputs: \(tiny.root.path)
        reports: \(reports.path)
        state: \((state ?? self.state).path)
        phases: []
        lang: vi
        mail:
          url: \(server.url)
          starttls: required
          username: \(SMTPTestServer.user)
          caFile: \(server.certificate)
          from: "Ban Thi đua - Khen thưởng <thidua@example.vn>"
          to: ["lanhdao@example.vn"]
        """.write(to: config, atomically: true, encoding: .utf8)
    }

    /// `emulation-review run` with this configuration, its messages in English (the reports too).
    func run(_ extra: [String] = []) throws -> TestSupport.Output {
        try TestSupport.run(["run", "--lang", "en", "--config", config.path] + extra)
    }

    /// How many messages the server has received so far.
    func received() throws -> Int { try server.received().count }
}
