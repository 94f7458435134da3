import EmulationReviewRun
import Foundation
import TestSupport
import XCTest

@testable import EmulationReview

/// The compact form of a file's facts, kept by the fact cache between runs: what reads back must be exactly what
/// the ingest made, and facts that are not whole must never read back at all.
final class FactCodingTests: XCTestCase {
    private static let reference: ReferenceData = {
        guard let data = TestSupport.ingestor.loadReference(inputs: TestSupport.demoInputs).data else {
            fatalError("the demo's reference data does not load")
        }
        return data
    }()

    /// Every submission of the demo, and one of them with what the demo lacks: a warning, the optional
    /// emulation-work part and a figure written with a trailing zero.
    private func demoSubmissions() throws -> [IngestedFile] {
        let paths = ReviewLoader.yearFolders(in: TestSupport.demoInputs).flatMap {
            InputFolder.xmlFiles(in: "\(TestSupport.demoInputs)/\($0)").filter { !$0.hasSuffix("board.xml") }
        }
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rich = folder.appendingPathComponent("01.xml").path
        try String(contentsOfFile: "\(TestSupport.demoInputs)/2024/01.xml", encoding: .utf8)
            .replacingOccurrences(of: "thidua@hanoi.vss.gov.vn", with: "a,victim@example.org")
            .replacingOccurrences(of: "actual=\"107319\"", with: "actual=\"107319.50\"")
            .replacingOccurrences(of: "</submission>", with: EmulationWorkFormsTests.work)
            .write(toFile: rich, atomically: true, encoding: .utf8)
        return TestSupport.ingestor.ingest(paths + [rich], reference: Self.reference)
    }

    /// Every accepted submission of the demo (eleven years, with titles, disciplines, initiatives, the optional
    /// emulation-work part and warnings) reads back equal, findings and identity included.
    func testEveryDemoSubmissionReadsBackAsIngested() throws {
        let files = try demoSubmissions().filter(\.isCacheable)
        XCTAssertGreaterThan(files.count, 300)
        XCTAssertTrue(files.contains { $0.submission?.emulationWork != nil })
        XCTAssertTrue(files.contains { !$0.findings.isEmpty })
        XCTAssertTrue(files.contains { $0.submission!.people.contains { $0.discipline != nil } })
        XCTAssertTrue(files.contains { $0.submission!.indicators.contains { $0.actual.exponent == -2 } })
        for file in files {
            let facts = try XCTUnwrap(file.facts)
            let back = try XCTUnwrap(IngestedFile(path: file.path, facts: facts), file.path)
            XCTAssertEqual(back.submission, file.submission, file.path)
            XCTAssertEqual(back.findings, file.findings, file.path)
            XCTAssertEqual(back.identity, file.identity, file.path)
            XCTAssertEqual(back.size, file.size)
            XCTAssertEqual(back.sha256, file.sha256)
            XCTAssertEqual(back.format, .submission)
            XCTAssertEqual(back.outcome, .accepted)
            // The figures keep their written scale, not only their value (12.50 stays 12.50).
            for (a, b) in zip(back.submission!.indicators, file.submission!.indicators) {
                XCTAssertEqual(a.actual.exponent, b.actual.exponent)
                XCTAssertEqual(a.actual.significand, b.actual.significand)
            }
        }
    }

    /// A person's titles come back sharing one list per submission, as the ingest makes them.
    func testTitlesComeBackInOneSharedList() throws {
        let file = try XCTUnwrap(try demoSubmissions().first { $0.isCacheable && $0.submission!.titleCount > 10 })
        let back = try XCTUnwrap(IngestedFile(path: file.path, facts: file.facts!))
        let people = back.submission!.people.filter { !$0.titles.isEmpty }
        let lists = Set(
            people.map { ObjectIdentifier(Mirror(reflecting: $0.titles).descendant("storage") as AnyObject) })
        XCTAssertEqual(lists.count, 1)
    }

    /// Rejected files and files without their content are never kept.
    func testOnlyAcceptedSubmissionsWithContentHaveFacts() throws {
        let rejected = TestSupport.ingest("hostile/schema-violation-deep.xml")
        XCTAssertNil(rejected.facts)
        var dropped = try XCTUnwrap(try demoSubmissions().first(where: \.isCacheable))
        dropped.content = nil
        XCTAssertNil(dropped.facts)
    }

    /// Cut short anywhere, or written by another layout, the facts do not read back.
    func testFactsThatAreNotWholeDoNotReadBack() throws {
        let file = try XCTUnwrap(try demoSubmissions().first(where: \.isCacheable))
        let facts = try XCTUnwrap(file.facts)
        for length in stride(from: 0, to: facts.count, by: max(1, facts.count / 300)) {
            XCTAssertNil(IngestedFile(path: file.path, facts: Array(facts.prefix(length))), "\(length) bytes")
        }
        XCTAssertNil(IngestedFile(path: file.path, facts: facts + [0]))
        var other = facts
        other[0] = UInt8(FactFormat.version * 2 + 2)  // another layout's version number (zigzag)
        XCTAssertNil(IngestedFile(path: file.path, facts: other))
    }

    /// Each record type's coding covers every stored property it has: one added without them fails here.
    func testEveryRecordCodesEachStoredProperty() throws {
        let files = try demoSubmissions().filter(\.isCacheable)
        let submission = try XCTUnwrap(files.first { $0.submission?.emulationWork != nil }?.submission)
        let person = try XCTUnwrap(submission.people.first { !$0.titles.isEmpty })
        let records: [(Any, any FactRecord.Type)] = [
            (submission, Submission.self), (person, Person.self), (person.titles[0], TitleGiven.self),
            (submission.preparer, Preparer.self), (submission.workforce, Workforce.self),
            (submission.indicators[0], IndicatorResult.self), (submission.movements[0], MovementParticipation.self),
            (submission.documents[0], GuidanceDocument.self), (submission.collectives[0], Collective.self),
            (Discipline(level: .warning, decision: nil), Discipline.self),
            (Initiative(code: "", scope: .unit, title: ""), Initiative.self),
            (
                Nomination(recipientKind: .person, recipient: "", award: "", grounds: "", location: .start),
                Nomination.self
            ),
            (submission.emulationWork!, EmulationWork.self),
            (WorkOffice(kind: .board, name: ""), WorkOffice.self),
            (
                WorkOfficer(gender: .female, born: 1980, education: .college, since: 2010, dedicated: true),
                WorkOfficer.self
            ),
            (files.flatMap(\.findings)[0], Finding.self),
        ]
        for (value, type) in records {
            XCTAssertEqual(Mirror(reflecting: value).children.count, type.storedProperties, "\(type)")
        }
    }
}
