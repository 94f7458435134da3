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
            throw MailerSetupError(
                description: "libcurl cannot be initialised: \(String(cString: curl_easy_strerror(code)))")
        }
        guard let info = er_curl_version()?.pointee else {
            throw MailerSetupError(description: "libcurl does not report its version")
        }
        var protocols: Set<String> = []
        var cursor = info.protocols
        while let entry = cursor?.pointee {
            protocols.insert(String(cString: entry))
            cursor = cursor?.successor()
        }
        guard protocols.contains("smtp"), protocols.contains("smtps") else {
            throw MailerSetupError(
                description:
                    "this libcurl was built without SMTP or TLS support (install libcurl4-openssl-dev's libcurl)")
        }
        let ssl = info.ssl_version.map { String(cString: $0) } ?? "no TLS"
        libcurlVersion = "libcurl \(info.version.map { String(cString: $0) } ?? "?") (\(ssl))"
    }
}

public struct MailerSetupError: Error, Sendable, CustomStringConvertible {
    public let description: String
}
