import EmulationReview
import EmulationReviewRun
import XCTest

/// Who gets an agency's feedback, as a pure choice: the registry's contacts, and a file's preparer only when the
/// address is plain and in a contact's domain.
final class FeedbackRecipientsTests: XCTestCase {
    let contacts = ["vanphong@03.vss.gov.vn", "lanhdao@03.vss.gov.vn"]

    func testContactsFirstThenOnlyPlainPreparersOfTheirDomain() {
        let preparers = [
            "canbo@03.vss.gov.vn", "victim@example.org", "a@b.vn>x", "a,victim@example.org", "a\"@b.vn",
            "Nam.TV@03.VSS.Gov.VN", "x@evil.03.vss.gov.vn", "x@03.vss.gov.vn.evil.org", "a,b@03.vss.gov.vn",
            "Canbo <canbo2@03.vss.gov.vn>", "canbo@03.vss.gov.vn", "LanhDao@03.vss.gov.vn",
        ]
        XCTAssertEqual(
            FeedbackRecipients.choose(contacts: contacts, preparers: preparers),
            ["vanphong@03.vss.gov.vn", "lanhdao@03.vss.gov.vn", "canbo@03.vss.gov.vn", "Nam.TV@03.VSS.Gov.VN"])
    }

    func testNoContactsNoRecipientsWhateverTheFileSays() {
        XCTAssertEqual(FeedbackRecipients.choose(contacts: [], preparers: ["thidua@03.vss.gov.vn"]), [])
        XCTAssertEqual(FeedbackRecipients.choose(contacts: ["not an address"], preparers: ["a@b.vn"]), [])
    }

    func testContactsOfSeveralDomainsAdmitPreparersOfEach() {
        XCTAssertEqual(
            FeedbackRecipients.choose(
                contacts: ["a@one.vn", "b@two.vn"], preparers: ["c@two.vn", "d@three.vn", "e@ONE.vn"]),
            ["a@one.vn", "b@two.vn", "c@two.vn", "e@ONE.vn"])
    }
}
