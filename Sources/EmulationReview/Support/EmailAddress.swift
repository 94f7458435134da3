import Foundation

/// A plain email address: a local part of letters, digits and `._%+-`, an `@`, and a domain of two or more
/// dot-separated labels of letters, digits and `-` (ASCII only, at most 254 characters). No display name, no
/// quoting, no lists: anything else could carry a second recipient or break the SMTP conversation, so the
/// registry's contacts (`ContactAddress` in `Schemas/reference-v1.xsd`, the same form) and the feedback's
/// recipients are held to it.
public enum EmailAddress {
    public static let maxLength = 254

    /// Nil when `text` is a plain address; otherwise why not, in words a clerk can act on (Vietnamese, English).
    public static func problem(in text: String) -> (vi: String, en: String)? {
        if text.isEmpty { return ("địa chỉ để trống", "it is empty") }
        if text.utf8.count > maxLength {
            return ("địa chỉ dài quá \(maxLength) ký tự", "it is longer than \(maxLength) characters")
        }
        if let special = text.first(where: { ",;".contains($0) }) {
            return (
                "có ký tự “\(special)” dùng để ngăn cách nhiều địa chỉ; chỉ được ghi một địa chỉ",
                "it contains “\(special)”, which separates addresses; only one address is allowed"
            )
        }
        if text.contains(where: { "<>".contains($0) }) {
            return (
                "có ký tự “<” hoặc “>”; chỉ ghi địa chỉ, không kèm tên hay dấu ngoặc nhọn",
                "it contains “<” or “>”; write the bare address, without a name or angle brackets"
            )
        }
        if text.contains(where: { $0.isWhitespace || $0.isNewline }) {
            return (
                "có dấu cách; chỉ ghi địa chỉ, không kèm tên",
                "it contains a space; write the bare address, without a name"
            )
        }
        if let quote = text.first(where: { "\"'`".contains($0) }) {
            return ("có dấu nháy \(quote)", "it contains the quotation mark \(quote)")
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return ("phải có đúng một ký tự @", "it must contain exactly one @") }
        let local = parts[0]
        let domain = parts[1]
        if local.isEmpty { return ("không có gì trước @", "nothing comes before the @") }
        if let bad = local.first(where: { !isLocalCharacter($0) }) {
            return (
                "ký tự “\(bad)” không được dùng trước @ (chỉ dùng chữ, số và . _ % + -)",
                "“\(bad)” is not allowed before the @ (letters, digits and . _ % + - are)"
            )
        }
        if domain.isEmpty { return ("không có gì sau @", "nothing comes after the @") }
        if let bad = domain.first(where: { !isDomainCharacter($0) && $0 != "." }) {
            return (
                "ký tự “\(bad)” không được dùng trong tên miền (chỉ dùng chữ, số, - và dấu chấm)",
                "“\(bad)” is not allowed in the domain (letters, digits, - and dots are)"
            )
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return ("tên miền \(domain) không có dấu chấm", "the domain \(domain) has no dot") }
        if labels.contains(where: \.isEmpty) {
            return (
                "tên miền \(domain) có phần trống giữa hai dấu chấm",
                "the domain \(domain) has an empty part between dots"
            )
        }
        return nil
    }

    public static func isPlain(_ text: String) -> Bool { problem(in: text) == nil }

    /// The domain of a plain address, lowercased (domains compare without case); nil for anything else.
    public static func domain(of text: String) -> String? {
        guard isPlain(text), let at = text.firstIndex(of: "@") else { return nil }
        return text[text.index(after: at)...].lowercased()
    }

    private static func isLetterOrDigit(_ c: Character) -> Bool {
        guard c.isASCII, let ascii = c.asciiValue else { return false }
        return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    private static func isLocalCharacter(_ c: Character) -> Bool {
        isLetterOrDigit(c) || "._%+-".contains(c)
    }

    private static func isDomainCharacter(_ c: Character) -> Bool {
        isLetterOrDigit(c) || c == "-"
    }
}
