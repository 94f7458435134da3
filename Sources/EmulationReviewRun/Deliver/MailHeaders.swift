import EmulationReview
import Foundation

/// A mailbox as written in settings: `Ban Thi đua - Khen thưởng <thidua@example.vn>` or `thidua@example.vn`.
/// The address itself must be plain ASCII (SMTPUTF8 is not used); the display name may be anything printable.
public struct Mailbox: Sendable, Equatable {
    public let displayName: String?
    public let address: String

    public init(parsing text: String) throws(MailAddressError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "\\\\", with: "\\")
            }
            guard !name.contains(where: { $0.isNewline }) else {
                throw MailAddressError(
                    Bilingual("tên trong “\(text)” có ký tự xuống dòng", "the name in “\(text)” contains a line break"))
            }
            displayName = name.isEmpty ? nil : name
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        } else {
            displayName = nil
            address = trimmed
        }
        guard Mailbox.isValidAddress(address) else {
            throw MailAddressError(
                Bilingual(
                    "“\(text)” không phải là địa chỉ thư điện tử (dạng tên@tên-miền, chỉ gồm ký tự ASCII)",
                    "“\(text)” is not an email address (name@domain, ASCII only)"))
        }
    }

    /// Deliberately narrow: what a header or an SMTP command can carry without quoting or injection.
    static func isValidAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, address.utf8.count <= 254 else { return false }
        let forbidden = Set("<>()[]\\,;:\"@ ".utf8)
        return address.utf8.allSatisfy {
            $0 > 0x20 && $0 < 0x7F && ($0 == UInt8(ascii: "@") || !forbidden.contains($0))
        }
    }
}

/// Why an address or a message's header cannot be used, in both languages.
public struct MailAddressError: Error, Sendable, CustomStringConvertible {
    public let message: Bilingual

    /// The English message.
    public var description: String { message.en }

    public init(_ message: Bilingual) {
        self.message = message
    }
}

/// Header field encoding: RFC 2047 encoded-words for non-ASCII text, RFC 5322 folding and dates.
enum MailHeaderEncoding {
    /// RFC 2047 §2: a line holding an encoded-word is at most 76 characters; an encoded-word at most 75.
    static let maxLine = 76
    static let maxEncodedWord = 75

    /// Builds one header field, folding (CRLF + space) between tokens so that no line passes `maxLine`.
    struct Field {
        private var lines: [String]
        /// True while the current line holds only the field name: a token goes there whatever its length.
        private var lineIsBare = true

        init(name: String) {
            lines = [name + ":"]
        }

        var text: String { lines.joined(separator: "\r\n") }

        private var column: Int { lines[lines.count - 1].utf8.count }

        /// Appends an ASCII token after a space, folding first when it would not fit.
        mutating func append(_ token: String) {
            if !lineIsBare, column + 1 + token.utf8.count > maxLine {
                lines.append(" " + token)
            } else {
                lines[lines.count - 1] += " " + token
            }
            lineIsBare = false
        }

        /// Appends text as `=?UTF-8?B?…?=` words, each holding whole characters and filling the line it is on.
        mutating func appendEncoded(_ text: String) {
            appendEncoded(segments: text.map(String.init))
        }

        /// A display name: ASCII words stay plain atoms and each run of other words becomes encoded-words that
        /// break only between words, the space kept inside the earlier word. RFC 2047 has a reader drop the
        /// whitespace between adjacent encoded-words in a phrase, but some (Python's email package) keep it; this
        /// way both read the same name, give or take a doubled space in a run too long for one word.
        mutating func appendPhrase(_ name: String) {
            var run: [String] = []
            for word in name.split(separator: " ").map(String.init) {
                if MailHeaderEncoding.isAtom(word) {
                    appendEncoded(segments: run)
                    run = []
                    append(word)
                } else {
                    if !run.isEmpty { run[run.count - 1] += " " }
                    run.append(word)
                }
            }
            appendEncoded(segments: run)
        }

        /// Packs whole segments into as few encoded-words as fit; a segment too long for any word is cut between
        /// characters, and a character too long (a long emoji sequence) between scalars, never inside one.
        private mutating func appendEncoded(segments: [String]) {
            var pending: [UInt8] = []
            var capacity = 0
            for segment in segments {
                let bytes = Array(segment.utf8)
                if !pending.isEmpty, Self.encodedLength(pending.count + bytes.count) <= capacity {
                    pending += bytes
                    continue
                }
                appendWord(pending)
                pending = []
                capacity = wordCapacity()
                if Self.encodedLength(bytes.count) <= capacity {
                    pending = bytes
                    continue
                }
                if Self.encodedLength(bytes.count) <= maxEncodedWord {
                    // Whole on a fresh line rather than cut here: `append` folds before it.
                    capacity = maxEncodedWord
                    pending = bytes
                    continue
                }
                // Too long for one word: cut it into characters, a lone character into scalars (one always fits).
                appendEncoded(
                    segments: segment.count > 1 ? segment.map(String.init) : segment.unicodeScalars.map(String.init))
                capacity = 0
            }
            appendWord(pending)
        }

        private static func encodedLength(_ byteCount: Int) -> Int { 12 + (byteCount + 2) / 3 * 4 }

        /// The longest word that can start now: the rest of this line, or a whole fresh line when too little is left.
        private func wordCapacity() -> Int {
            let room = maxLine - column - 1
            return room >= Self.encodedLength(4) ? min(room, maxEncodedWord) : maxEncodedWord
        }

        private mutating func appendWord(_ bytes: [UInt8]) {
            guard !bytes.isEmpty else { return }
            append("=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=")
        }
    }

    /// True when `text` can go into a header as it is.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !text.contains("=?")
    }

    /// Line breaks and other control characters in header text would end the header (injection): spaces instead.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    }

    static func unstructured(name: String, value: String) -> String {
        var field = Field(name: name)
        let value = clean(value)
        if isPlainASCII(value) {
            for word in value.split(separator: " ") { field.append(String(word)) }
        } else {
            field.appendEncoded(value)
        }
        return field.text
    }

    static func addressList(name: String, mailboxes: [Mailbox]) -> String {
        var field = Field(name: name)
        for (index, mailbox) in mailboxes.enumerated() {
            let separator = index == mailboxes.count - 1 ? "" : ","
            guard let displayName = mailbox.displayName.map(clean) else {
                field.append(mailbox.address + separator)
                continue
            }
            if !isPlainASCII(displayName) {
                field.appendPhrase(displayName)
            } else if displayName.split(separator: " ").allSatisfy({ isAtom(String($0)) }) {
                for word in displayName.split(separator: " ") { field.append(String(word)) }
            } else {
                let escaped = displayName.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"")
                field.append("\"" + escaped + "\"")
            }
            field.append("<" + mailbox.address + ">" + separator)
        }
        return field.text
    }

    /// RFC 5322 atext only (and not something a reader could take for an encoded-word).
    static func isAtom(_ word: String) -> Bool {
        !word.isEmpty && !word.contains("=?")
            && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$%&'*+-/=?^_`{|}~".contains($0)) }
    }

    /// RFC 5322 §3.3: `Sun, 29 Nov 2026 08:45:00 +0700`, in the given zone, English names whatever the locale.
    static func date(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offsetMinutes = timeZone.secondsFromGMT(for: date) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let zone = sign + two(abs(offsetMinutes) / 60) + two(abs(offsetMinutes) % 60)
        return "\(days[parts.weekday! - 1]), \(two(parts.day!)) \(months[parts.month! - 1]) \(parts.year!) "
            + "\(two(parts.hour!)):\(two(parts.minute!)):\(two(parts.second!)) \(zone)"
    }
}
