import Foundation
import TestSupport
import XCTest

/// The run layer's and the command line's messages are written in both languages. A string literal passed where a
/// `Bilingual` is expected compiles (it reads the same in both languages), so the compiler cannot catch an
/// English-only message: this scan of the sources does.
final class BilingualMessagesTests: XCTestCase {
    static let folders = ["Sources/EmulationReviewRun", "Sources/emulation-review"]

    /// A call whose message is a plain string literal: `RunFailure(.status, "…")`, an error of the mail settings
    /// made from a literal, a result's line or problem (`UnattendedResult`) appended as a literal. (The emails'
    /// `lines` are Vietnamese only, by design: `ReportMail`.)
    static let plainLiteral = [
        #"\bRunFailure\(\s*[^,()"]+,\s*#*""#,
        #"\b(?:MailSettingsError|MailAddressError|MailerSetupError)\(\s*#*""#,
        #"\bresult\.(?:lines|problems)\.append\(\s*#*""#,
    ]

    func testEveryFailureAndResultLineIsWrittenInBothLanguages() throws {
        var offenders: [String] = []
        var calls = 0
        for folder in Self.folders {
            let root = TestSupport.packageRoot.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(atPath: root.path)
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let text = Self.withoutComments(
                    try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8))
                calls += text.components(separatedBy: "RunFailure(").count - 1
                for pattern in Self.plainLiteral {
                    for range in Self.ranges(of: pattern, in: text) {
                        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
                        let call = text[range].split(separator: "\n").first.map(String.init) ?? ""
                        offenders.append("\(folder)/\(relative):\(line): \(call)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(calls, 40, "the scan found too few RunFailure calls to mean anything")
        XCTAssertTrue(
            offenders.isEmpty,
            "messages in one language only (give a Bilingual(vi, en)):\n" + offenders.joined(separator: "\n"))
    }

    /// The scan itself: it finds a literal message, and not a `Bilingual` one.
    func testTheScanTellsALiteralFromABilingual() {
        let literal = """
            throw RunFailure(
                .configuration, "lang is wrong")
            result.lines.append("nothing changed")
            """
        let bilingual = """
            throw RunFailure(.configuration, Bilingual("lang sai", "lang is wrong"))
            result.lines.append(Bilingual("không có gì thay đổi", "nothing changed"))
            throw RunFailure(.ioError, advice.map { "\\($0)" })
            """
        XCTAssertEqual(Self.plainLiteral.flatMap { Self.ranges(of: $0, in: literal) }.count, 2)
        XCTAssertEqual(Self.plainLiteral.flatMap { Self.ranges(of: $0, in: bilingual) }.count, 0)
    }

    /// Line comments removed (a comment may quote a call), line numbers kept.
    private static func withoutComments(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?m)^\s*//[^\n]*"#, with: "", options: .regularExpression)
    }

    private static func ranges(of pattern: String, in text: String) -> [Range<String.Index>] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text)
        }
    }
}
