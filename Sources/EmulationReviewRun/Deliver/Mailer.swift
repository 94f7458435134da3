import CCurl
import EmulationReview
import Foundation

/// Sends messages over SMTP with libcurl. Each `send` is one connection on the calling thread and blocks
/// until the server has answered or the timeouts have run out; separate calls may run on separate threads.
public struct Mailer: Sendable {
    public let runtime: MailerRuntime

    public init(runtime: MailerRuntime) {
        self.runtime = runtime
    }

    public func send(_ message: MailMessage, settings: MailSettings) -> DeliveryOutcome {
        let headers: [String]
        let envelope: (from: String, recipients: [String])
        do {
            headers = try message.headerFields()
            envelope = try message.envelope()
        } catch {
            return .permanentFailure(scrub("the message cannot be sent: \(error.description)", settings))
        }

        // curl writes its error text here and reports every server reply line to the transcript, also while
        // `curl_easy_cleanup` says QUIT: both must outlive the handle.
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        let transcript = Transcript()
        guard let curl = curl_easy_init() else {
            errorBuffer.deallocate()
            return .temporaryFailure("libcurl cannot start a transfer (out of memory?)")
        }
        var recipientList: UnsafeMutablePointer<curl_slist>?
        var headerList: UnsafeMutablePointer<curl_slist>?
        var mime: OpaquePointer?
        defer {
            curl_easy_cleanup(curl)
            curl_mime_free(mime)
            curl_slist_free_all(recipientList)
            curl_slist_free_all(headerList)
            errorBuffer.deallocate()
            withExtendedLifetime(transcript) {}
        }

        do throws(SetupFailure) {
            try check(er_curl_setopt_pointer(curl, CURLOPT_ERRORBUFFER, errorBuffer), "CURLOPT_ERRORBUFFER")
            // Timeouts by signal are not thread-safe; the threaded resolver does without them.
            try check(er_curl_setopt_long(curl, CURLOPT_NOSIGNAL, 1), "CURLOPT_NOSIGNAL")
            try check(er_curl_setopt_string(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps"), "CURLOPT_PROTOCOLS_STR")
            try check(er_curl_setopt_string(curl, CURLOPT_URL, settings.url), "CURLOPT_URL")
            try check(
                er_curl_setopt_long(curl, CURLOPT_CONNECTTIMEOUT, settings.timeouts.connect), "CURLOPT_CONNECTTIMEOUT")
            try check(er_curl_setopt_long(curl, CURLOPT_TIMEOUT, settings.timeouts.total), "CURLOPT_TIMEOUT")
            let useSSL: curl_usessl =
                switch settings.starttls {
                case _ where settings.implicitTLS: CURLUSESSL_ALL
                case .required: CURLUSESSL_ALL
                case .opportunistic: CURLUSESSL_TRY
                case .off: CURLUSESSL_NONE
                }
            try check(er_curl_setopt_long(curl, CURLOPT_USE_SSL, Int(useSSL.rawValue)), "CURLOPT_USE_SSL")
            if let caFile = settings.caFile {
                try check(er_curl_setopt_string(curl, CURLOPT_CAINFO, caFile), "CURLOPT_CAINFO")
            }
            if let username = settings.username {
                try check(er_curl_setopt_string(curl, CURLOPT_USERNAME, username), "CURLOPT_USERNAME")
            }
            if let password = settings.password {
                try check(er_curl_setopt_string(curl, CURLOPT_PASSWORD, password), "CURLOPT_PASSWORD")
            }
            try check(
                er_curl_setopt_write_callback(
                    curl, CURLOPT_HEADERFUNCTION,
                    { buffer, size, count, context in
                        let length = size * count
                        if let buffer, let context {
                            Unmanaged<Transcript>.fromOpaque(context).takeUnretainedValue()
                                .receive(UnsafeRawBufferPointer(start: buffer, count: length))
                        }
                        return length
                    }), "CURLOPT_HEADERFUNCTION")
            try check(
                er_curl_setopt_pointer(curl, CURLOPT_HEADERDATA, Unmanaged.passUnretained(transcript).toOpaque()),
                "CURLOPT_HEADERDATA")

            try check(er_curl_setopt_string(curl, CURLOPT_MAIL_FROM, "<\(envelope.from)>"), "CURLOPT_MAIL_FROM")
            for recipient in envelope.recipients { try append("<\(recipient)>", to: &recipientList) }
            try check(er_curl_setopt_slist(curl, CURLOPT_MAIL_RCPT, recipientList), "CURLOPT_MAIL_RCPT")
            // For SMTP with a MIME body, curl writes CURLOPT_HTTPHEADER's lines as the mail's header.
            for field in headers { try append(field, to: &headerList) }
            try check(er_curl_setopt_slist(curl, CURLOPT_HTTPHEADER, headerList), "CURLOPT_HTTPHEADER")

            mime = curl_mime_init(curl)
            guard let mime else { throw SetupFailure(what: "curl_mime_init", code: CURLE_OUT_OF_MEMORY) }
            try addText(message.bodyCRLF, to: mime)
            for attachment in message.attachments { try add(attachment, to: mime) }
            try check(er_curl_setopt_mime(curl, CURLOPT_MIMEPOST, mime), "CURLOPT_MIMEPOST")
        } catch {
            return .permanentFailure(
                scrub("libcurl refused \(error.what): \(String(cString: curl_easy_strerror(error.code)))", settings))
        }

        let code = curl_easy_perform(curl)
        var response = 0
        _ = er_curl_getinfo_long(curl, CURLINFO_RESPONSE_CODE, &response)
        return Mailer.classify(
            code: code, response: response, curlMessage: String(cString: errorBuffer),
            replies: transcript.lines, settings: settings)
    }

    /// Sorts libcurl's result into sent / try again / needs a person, in words an operator can act on.
    static func classify(
        code: CURLcode, response: Int, curlMessage: String, replies: [String],
        settings: MailSettings
    ) -> DeliveryOutcome {
        let server = settings.url
        if code == CURLE_OK {
            return .sent(reply: replies.last ?? "\(response)")
        }
        // The server's own words: its last reply carrying the failing code.
        let words =
            replies.last { $0.hasPrefix("\(response)") && response >= 400 } ?? (response >= 400 ? "\(response)" : nil)
        let detail = curlMessage.isEmpty ? String(cString: curl_easy_strerror(code)) : curlMessage
        let libcurl = "libcurl error \(code.rawValue): \(detail)"
        func said(_ text: String) -> String {
            words.map { "\(text): \($0) (\(libcurl))" } ?? "\(text) (\(libcurl))"
        }
        let outcome: DeliveryOutcome
        switch code {
        case CURLE_LOGIN_DENIED, CURLE_AUTH_ERROR:
            let user = settings.username.map { " of user “\($0)”" } ?? ""
            // RFC 4954's 454 is a temporary authentication failure; 535 and the rest are refusals.
            outcome =
                (400..<500).contains(response)
                ? .temporaryFailure(said("the mail server \(server) cannot check the login\(user) for now"))
                : .permanentFailure(
                    said("the mail server \(server) refused the login\(user); check mail.username and MAIL_PASSWORD"))
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
            outcome = .permanentFailure(
                said(
                    "the certificate of the mail server \(server) is not trusted; check the host name in mail.url and mail.caFile"
                ))
        case CURLE_USE_SSL_FAILED:
            outcome = .permanentFailure(
                said(
                    "the mail server \(server) does not offer STARTTLS, which mail.starttls: required demands; nothing was sent"
                ))
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_NOT_BUILT_IN, CURLE_BAD_FUNCTION_ARGUMENT,
            CURLE_UNKNOWN_OPTION:
            outcome = .permanentFailure(said("the mail settings cannot be used with \(server)"))
        case _ where (500..<600).contains(response):
            outcome = .permanentFailure(said("the mail server \(server) refused the message"))
        case _ where (400..<500).contains(response):
            outcome = .temporaryFailure(said("the mail server \(server) deferred the message"))
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            outcome = .temporaryFailure(said("cannot reach the mail server \(server)"))
        case CURLE_OPERATION_TIMEDOUT:
            outcome = .temporaryFailure(said("the mail server \(server) did not answer in time"))
        case CURLE_SSL_CONNECT_ERROR:
            outcome = .temporaryFailure(said("the TLS handshake with the mail server \(server) failed"))
        default:
            outcome = .temporaryFailure(said("delivery through the mail server \(server) failed"))
        }
        switch outcome {
        case .sent: return outcome
        case .temporaryFailure(let text): return .temporaryFailure(scrub(text, settings))
        case .permanentFailure(let text): return .permanentFailure(scrub(text, settings))
        }
    }

    private func addText(_ body: Data, to mime: OpaquePointer) throws(SetupFailure) {
        guard let part = curl_mime_addpart(mime) else {
            throw SetupFailure(what: "curl_mime_addpart", code: CURLE_OUT_OF_MEMORY)
        }
        try check(setData(part, body), "curl_mime_data (text)")
        try check(curl_mime_type(part, "text/plain; charset=utf-8"), "curl_mime_type (text)")
        // Vietnamese is mostly ASCII letters with diacritics: quoted-printable keeps the text readable raw.
        try check(curl_mime_encoder(part, "quoted-printable"), "curl_mime_encoder (text)")
    }

    private func add(_ attachment: MailAttachment, to mime: OpaquePointer) throws(SetupFailure) {
        guard let part = curl_mime_addpart(mime) else {
            throw SetupFailure(what: "curl_mime_addpart", code: CURLE_OUT_OF_MEMORY)
        }
        try check(setData(part, attachment.data), "curl_mime_data (\(attachment.filename))")
        try check(
            curl_mime_type(part, MailHeaderEncoding.clean(attachment.mimeType)),
            "curl_mime_type (\(attachment.filename))")
        try check(curl_mime_encoder(part, "base64"), "curl_mime_encoder (\(attachment.filename))")
        let name = MailHeaderEncoding.clean(attachment.filename)
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            try check(curl_mime_filename(part, name), "curl_mime_filename (\(name))")
        } else {
            // curl would write a non-ASCII name raw; RFC 2231's filename* says it in UTF-8 instead.
            let encoded = name.utf8.map { byte -> String in
                let safe =
                    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || "-._~".utf8.contains(byte)
                return safe ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
            }.joined()
            var list: UnsafeMutablePointer<curl_slist>?
            try append("Content-Disposition: attachment; filename*=UTF-8''\(encoded)", to: &list)
            try check(curl_mime_headers(part, list, 1), "curl_mime_headers (\(name))")
        }
    }

    private func setData(_ part: OpaquePointer, _ data: Data) -> CURLcode {
        // An empty buffer may have no address, and a NULL pointer would unset the part's data instead.
        if data.isEmpty { return curl_mime_data(part, "", 0) }
        return data.withUnsafeBytes { raw in
            curl_mime_data(part, raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
        }
    }

    private func append(_ line: String, to list: inout UnsafeMutablePointer<curl_slist>?) throws(SetupFailure) {
        guard let extended = curl_slist_append(list, line) else {
            throw SetupFailure(what: "curl_slist_append", code: CURLE_OUT_OF_MEMORY)
        }
        list = extended
    }

    private func check(_ code: CURLcode, _ what: String) throws(SetupFailure) {
        guard code == CURLE_OK else { throw SetupFailure(what: what, code: code) }
    }

    /// Last line of defence: whatever a server or libcurl echoes, the password never leaves this type.
    private static func scrub(_ text: String, _ settings: MailSettings) -> String {
        guard let password = settings.password, !password.isEmpty else { return text }
        return text.replacingOccurrences(of: password, with: "(secret)")
    }

    private func scrub(_ text: String, _ settings: MailSettings) -> String {
        Mailer.scrub(text, settings)
    }
}

private struct SetupFailure: Error {
    let what: String
    let code: CURLcode
}

/// The server's reply lines as curl passes them to the header callback (SMTP replies count as headers).
private final class Transcript {
    private(set) var lines: [String] = []

    func receive(_ bytes: UnsafeRawBufferPointer) {
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.isEmpty {
            lines.append(String(line))
        }
        // A chatty server cannot grow this without bound.
        if lines.count > 64 { lines.removeFirst(lines.count - 64) }
    }
}
