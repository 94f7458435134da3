import CCurl
import EmulationReview

/// Proof that libcurl's process-wide initialisation has run. Make one at start-up, before other threads
/// exist (as `SchemaSet` does for libxml2): `curl_global_init` sets up OpenSSL and is not safe to race.
/// libcurl counts its initialisations, so making more than one is harmless; none is ever undone, because
/// `curl_global_cleanup` must not run while another thread might use libcurl, and the process exit frees it.
public struct MailerRuntime: Sendable {
    /// For logs and `--version`: libcurl's version and TLS library.
    public let libcurlVersion: String

    public init() throws(MailerSetupError) {
        let code = er_curl_global_init()
        guard code == CURLE_OK else {
            let reason = String(cString: curl_easy_strerror(code))
            throw MailerSetupError(
                Bilingual(
                    "không khởi tạo được libcurl: \(reason)", "libcurl cannot be initialised: \(reason)"))
        }
        guard let info = er_curl_version()?.pointee else {
            throw MailerSetupError(
                Bilingual("libcurl không cho biết phiên bản của mình", "libcurl does not report its version"))
        }
        var protocols: Set<String> = []
        var cursor = info.protocols
        while let entry = cursor?.pointee {
            protocols.insert(String(cString: entry))
            cursor = cursor?.successor()
        }
        guard protocols.contains("smtp"), protocols.contains("smtps") else {
            throw MailerSetupError(
                Bilingual(
                    "bản libcurl này được biên dịch không có SMTP hoặc TLS (hãy cài libcurl của gói libcurl4-openssl-dev)",
                    "this libcurl was built without SMTP or TLS support (install libcurl4-openssl-dev's libcurl)"))
        }
        let ssl = info.ssl_version.map { String(cString: $0) } ?? "no TLS"
        libcurlVersion = "libcurl \(info.version.map { String(cString: $0) } ?? "?") (\(ssl))"
    }
}

/// Why libcurl cannot send mail here, in both languages.
public struct MailerSetupError: Error, Sendable, CustomStringConvertible {
    public let message: Bilingual

    /// The English message.
    public var description: String { message.en }

    public init(_ message: Bilingual) {
        self.message = message
    }
}
