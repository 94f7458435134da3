import EmulationReview
import Foundation
import Glibc

/// The one maker of Message-IDs: `<subject.digest16.time8@host>`. A delivery keeps its Message-ID from the first
/// attempt to the last, so a retry is recognisable as the same message; a new attempt time makes a new one.
public enum MessageID {
    /// - subject: what the message is about, e.g. `2016-2020` or `2018-27` (ASCII letters, digits, `.` and `-`).
    /// - digest: the content's SHA-256; `time`: when the delivery was first recorded.
    public static func make(subject: String, digest: String, time: String, host: String = MessageID.host()) -> String {
        "<\(clean(subject)).\(digest.prefix(16)).\(Digest.sha256(time).prefix(8))@\(host.isEmpty ? "emulation-review" : host)>"
    }

    /// This machine's host name, reduced to the characters a Message-ID may carry.
    public static func host() -> String {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count)
        return clean(String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    static func clean(_ text: String) -> String {
        String(
            text.unicodeScalars.filter {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-._".unicodeScalars.contains($0))
            })
    }
}
