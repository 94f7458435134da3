import EmulationReview
import Foundation
import TestSupport
import XCTest

/// The strict address form (`EmailAddress`), the registry's `contacts` that the XSD holds to the same form, and the
/// warning a submission gets for a preparer address that is not a usable mailbox.
final class PreparerEmailTests: XCTestCase {
    static let plain = [
        "thidua@hcm.vss.gov.vn", "ten.ho@bhxh-hanoi.vn", "a_b%c+d-e@x-y.example.org", "A.B@Sub.Example.VN", "a@b.c",
    ]
    /// Each with a fragment of the reason it is refused.
    static let refused: [(String, String)] = [
        ("a@b.vn>x", "“<” or “>”"), ("a,victim@example.org", "only one address"), ("a\"@b.vn", "quotation mark"),
        ("Nam <nam@b.vn>", "“<” or “>”"), ("a;b@c.vn", "only one address"), ("nam @b.vn", "a space"),
        ("a@b", "has no dot"), ("a@@b.vn", "exactly one @"), ("@b.vn", "nothing comes before"),
        ("a@", "nothing comes after"), ("a@b..vn", "empty part"), ("a@.b.vn", "empty part"), ("", "empty"),
        ("nguyễn@b.vn", "“ễ” is not allowed before the @"), ("a!b@c.vn", "“!” is not allowed before the @"),
        ("a@b_c.vn", "“_” is not allowed in the domain"), ("a@xn--b.vn\n", "a space"),
        (String(repeating: "a", count: 250) + "@b.vn", "longer than 254"),
    ]

    func testThePlainFormAndWhyAnythingElseIsRefused() {
        for address in Self.plain { XCTAssertNil(EmailAddress.problem(in: address), address) }
        for (address, reason) in Self.refused {
            let problem = EmailAddress.problem(in: address)
            XCTAssertTrue(problem?.en.contains(reason) == true, "\(address): \(problem?.en ?? "accepted")")
        }
        XCTAssertEqual(EmailAddress.domain(of: "A.B@Sub.Example.VN"), "sub.example.vn")
        XCTAssertNil(EmailAddress.domain(of: "a,victim@example.org"))
    }

    /// The registry's XSD and `EmailAddress` agree on every address above that is one token.
    func testTheRegistrySchemaAcceptsExactlyThePlainForm() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let registry = try String(contentsOfFile: TestSupport.fixture("inputs/reference/registry.xml"), encoding: .utf8)
        let candidates = Self.plain + Self.refused.map(\.0).filter { !$0.isEmpty && !$0.contains { $0.isWhitespace } }
        for (index, address) in candidates.enumerated() {
            let escaped = address.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
                of: "<", with: "&lt;"
            )
            .replacingOccurrences(of: "\"", with: "&quot;")
            let path = dir.appendingPathComponent("registry-\(index).xml").path
            try registry.replacingOccurrences(
                of: "contacts=\"thidua@hcm.vss.gov.vn\"", with: "contacts=\"ok@hcm.vss.gov.vn \(escaped)\""
            ).write(toFile: path, atomically: true, encoding: .utf8)
            let file = TestSupport.ingestor.ingest(path: path)
            XCTAssertEqual(file.outcome == .accepted, EmailAddress.isPlain(address), "\(address): \(file.findings)")
            if !EmailAddress.isPlain(address) { XCTAssertEqual(TestSupport.codes(file), ["schema.value"], address) }
        }
    }

    func testTheRegistryGivesEachAgencyItsContacts() {
        let agencies = TestSupport.fixtureReference.agencies
        XCTAssertEqual(agencies["79"]?.contacts, ["thidua@hcm.vss.gov.vn"])
        XCTAssertEqual(agencies["70"]?.contacts, ["thidua@binhphuoc.vss.gov.vn"])
    }

    /// A warning, not an error: the file still counts; the message says what to write and where feedback goes.
    func testAnUnusablePreparerAddressIsAWarning() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: TestSupport.fixture("valid/submission.xml"), encoding: .utf8)
        XCTAssertTrue(text.contains("email=\"thidua@hcm.vss.gov.vn\""))
        for (address, reason) in [
            ("a@b.vn>x", "angle brackets"), ("a,victim@example.org", "only one address"),
            ("a&quot;@b.vn", "quotation mark"),
        ] {
            let path = dir.appendingPathComponent("79.xml").path
            try text.replacingOccurrences(of: "thidua@hcm.vss.gov.vn", with: address)
                .write(toFile: path, atomically: true, encoding: .utf8)
            let file = TestSupport.ingestor.ingest(path: path, reference: TestSupport.fixtureReference)
            XCTAssertEqual(file.outcome, .accepted, address)
            let finding = try XCTUnwrap(file.findings.first, address)
            XCTAssertEqual(file.findings.count, 1, "\(file.findings)")
            XCTAssertEqual(finding.code, "submission.preparer-email")
            XCTAssertEqual(finding.severity, .warning)
            XCTAssertTrue(text.components(separatedBy: "\n")[finding.line - 1].contains("<preparer"))
            XCTAssertTrue(finding.message.en.contains("is not a usable email address ("), finding.message.en)
            XCTAssertTrue(finding.message.en.contains(reason), finding.message.en)
            XCTAssertTrue(
                finding.message.en.hasSuffix(
                    "write one address such as ten.ho@hcm.vss.gov.vn; feedback goes to the agency's registered contacts"
                ),
                finding.message.en)
        }
        let valid = TestSupport.ingest("valid/submission.xml", reference: TestSupport.fixtureReference)
        XCTAssertFalse(TestSupport.codes(valid).contains("submission.preparer-email"))
    }
}
