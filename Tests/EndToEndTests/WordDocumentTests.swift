import EmulationReview
import Foundation
import TestSupport
import XCTest

@testable import EmulationReviewRun

/// `review.docx` of the 2016–2020 demo, made by pandoc and read back with python-docx (`Tests/docx/inspect.py`):
/// the same bytes twice, the seed's figures, the administrative layout a clerk completes, A4 in Times New Roman.
/// pandoc, rsvg-convert and python-docx must be installed (Scripts/bootstrap): a missing one fails the tests.
final class WordDocumentTests: XCTestCase {
    /// What python-docx sees.
    struct Inspection: Decodable {
        struct Paragraph: Decodable {
            let text: String
            let style: String
        }
        struct Cell: Decodable {
            let text: String
            let paragraphs: [String]
        }
        struct Section: Decodable {
            let pageWidth, pageHeight, top, bottom, left, right: Double
            let titlePage, pageNumber: Bool
            /// Its first two texts.
            let texts: [String]
        }
        struct Font: Decodable {
            let name: String?
            let size: Double?
        }
        let paragraphs: [Paragraph]
        let tables: [[[Cell]]]
        let sections: [Section]
        let normalFont: Font
        let pictures: Int
        /// Each table's leading rows that repeat at the top of every page it runs onto.
        let headingRows: [Int]
        /// Whether each table's rows all say they may not break across two pages.
        let rowsKeptWhole: [Bool]

        /// Every text of the document, paragraphs and table cells.
        var allText: String {
            (paragraphs.map(\.text) + tables.flatMap { $0.flatMap { $0.map(\.text) } }).joined(separator: "\n")
        }
    }

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    private static let made = Cache()

    /// The demo phase's document in each language, made once for the tests that only read it.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var documents: [Language: Data] = [:]

        func document(_ language: Language) throws -> Data {
            lock.lock()
            defer { lock.unlock() }
            if let data = documents[language] { return data }
            let data = try WordDocument.make(try DemoReviews.unwrap(DemoReviews.phase), language: language)
            documents[language] = data
            return data
        }
    }

    private func inspect(_ data: Data) throws -> Inspection {
        let probe = try TestSupport.runTool("/usr/bin/env", ["python3", "-c", "import docx"])
        guard probe.status == 0 else {
            throw Missing(description: "python-docx is not installed (run Scripts/bootstrap): \(probe.stderr)")
        }
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("review.docx")
        try data.write(to: file)
        let output = try TestSupport.runTool(
            "/usr/bin/env",
            ["python3", TestSupport.packageRoot.appendingPathComponent("Tests/docx/inspect.py").path, file.path])
        XCTAssertEqual(output.status, 0, "Tests/docx/inspect.py failed: \(output.stderr)")
        return try JSONDecoder().decode(Inspection.self, from: Data(output.stdout.utf8))
    }

    func testTheSameReviewGivesTheSameBytes() throws {
        let review = try DemoReviews.unwrap(DemoReviews.phase)
        let start = Date()
        let first = try WordDocument.make(review, language: .vi)
        let seconds = Date().timeIntervalSince(start)
        let second = try WordDocument.make(review, language: .vi)
        XCTAssertEqual(first, second, "making review.docx twice gave different bytes")
        XCTAssertEqual(Array(first.prefix(2)), Array("PK".utf8), "review.docx is not a zip package")
        print("review.docx of the 2016–2020 demo: \(first.count) bytes, made in \(String(format: "%.2f", seconds)) s")
    }

    func testVietnameseDocumentHoldsTheSeedFiguresAndTheAdministrativeLayout() throws {
        let document = try inspect(try Self.made.document(.vi))
        let text = document.allText
        for expected in [
            "BẢO HIỂM XÃ HỘI VIỆT NAM", "BAN THI ĐUA - KHEN THƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 09 tháng 10 năm 2020", "BÁO CÁO",
            "Tổng kết công tác thi đua, khen thưởng giai đoạn 2016–2020",
            "70.200.000", "86.500.000", "86.400.000", "98,14%", "88.037.497", "786.173",
            "20 (2016), 55 (2017), 48 (2018), 25 (2019), 25 (2020)",
            "4 do Thủ tướng Chính phủ phát động, 2 theo giai đoạn, 5 hằng năm, 10 chuyên đề",
            "Huân chương Lao động: 11 tập thể, 6 cá nhân", "Cờ thi đua của Chính phủ: 8 tập thể",
            "Bằng khen của Thủ tướng Chính phủ: 7 tập thể, 14 cá nhân",
            "355 lượt đơn vị phải báo cáo: 353 được chấp nhận (1 gửi muộn), 1 bị từ chối, 1 không gửi",
            "Biểu 0701.N", "Biểu 0702.N", "Biểu 0703.N", "TRƯỞNG BAN",
        ] {
            XCTAssertTrue(text.contains(expected), "review.docx lacks \(expected)")
        }
        XCTAssertFalse(text.contains("86,400,000"), "Vietnamese groups digits with dots")

        // The letterhead: agency and number on the left, the national motto and the dateline on the right.
        let letterhead = try XCTUnwrap(document.tables.first?.first, "review.docx starts without its letterhead")
        XCTAssertEqual(letterhead.count, 2)
        XCTAssertEqual(letterhead.first?.paragraphs.first, "BẢO HIỂM XÃ HỘI VIỆT NAM")
        XCTAssertTrue(
            letterhead.first?.paragraphs.contains { $0.hasPrefix("Số:") && $0.hasSuffix("/BC-BHXH") } ?? false,
            "no number line \"Số: …/BC-BHXH\" under the agency")
        XCTAssertEqual(letterhead.last?.paragraphs.first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

        // The recipients on the left and the signature block on the right, last.
        let signature = try XCTUnwrap(document.tables.last?.first)
        XCTAssertEqual(signature.first?.paragraphs, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TĐKT."])
        XCTAssertEqual(signature.last?.paragraphs.first, "TRƯỞNG BAN")
        XCTAssertGreaterThanOrEqual(
            signature.last?.paragraphs.filter { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count ?? 0, 2,
            "no room to sign")

        // The board's own sections: each heading followed by empty paragraphs to write in.
        for heading in ["Tồn tại, hạn chế và nguyên nhân", "Bài học kinh nghiệm", "Phương hướng, nhiệm vụ kỳ tới"] {
            let index = try XCTUnwrap(
                document.paragraphs.firstIndex { $0.text == heading && $0.style.hasPrefix("Heading") },
                "no heading \(heading)")
            let following = document.paragraphs.dropFirst(index + 1).prefix(3)
            XCTAssertEqual(following.count, 3)
            XCTAssertTrue(
                following.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty },
                "\(heading) is not followed by empty paragraphs: \(following.map(\.text))")
        }

        // The forms and every section's figures are tables; the three charts are pictures.
        XCTAssertGreaterThan(document.tables.count, 20)
        XCTAssertEqual(document.pictures, 3, "the charts of policyholders, clusters and awards")

        // A4, margins 20/20/30/15 mm, Times New Roman 14 pt.
        let section = try XCTUnwrap(document.sections.last)
        XCTAssertEqual(section.pageWidth, 210, accuracy: 0.5)
        XCTAssertEqual(section.pageHeight, 297, accuracy: 0.5)
        XCTAssertEqual(section.top, 20, accuracy: 0.5)
        XCTAssertEqual(section.bottom, 20, accuracy: 0.5)
        XCTAssertEqual(section.left, 30, accuracy: 0.5)
        XCTAssertEqual(section.right, 15, accuracy: 0.5)
        XCTAssertEqual(document.normalFont.name, "Times New Roman")
        XCTAssertEqual(document.normalFont.size, 14)
    }

    /// Form 0602.N's twelve figure columns are printed on a landscape page of its own, so that no heading breaks
    /// inside a word; the pages around it stay portrait, and every page but the cover keeps its number.
    func testAFormTooWideForAPortraitPageHasALandscapePage() throws {
        let data = try WordDocument.make(try DemoReviews.unwrap(DemoReviews.present), language: .vi)
        let sections = try inspect(data).sections
        XCTAssertEqual(
            sections.map { $0.pageWidth > $0.pageHeight ? "landscape" : "portrait" },
            ["portrait", "landscape", "portrait", "portrait"])
        XCTAssertEqual(sections[1].texts.first, "Biểu số 0602.N/BNV-TĐKT")
        XCTAssertEqual(sections[2].texts.first, "Biểu số 0603.N/BNV-TĐKT")
        XCTAssertEqual(sections.last?.texts, [], "the reference's own last section is left empty")
        XCTAssertEqual(sections.map(\.pageNumber), [true, true, true, true])
        XCTAssertEqual(sections.map(\.titlePage), [true, false, false, true], "only the cover goes unnumbered")
        XCTAssertEqual(sections[1].pageWidth, 297, accuracy: 0.5)
        XCTAssertEqual(sections[1].left, 30, accuracy: 0.5)
        // The sections name the header by the id this pandoc gives it; another pandoc's document keeps portrait.
        XCTAssertTrue(WordDocument.pageNumberHeaderIsRId9(data))
        XCTAssertFalse(WordDocument.pageNumberHeaderIsRId9(Data("not a zip".utf8)))
    }

    /// A table that runs onto further pages repeats its heading rows there (a clerk on page 9 of the list of
    /// commendations sees which column is the decision): one row for the data tables, both rows of a form's
    /// headings; a cluster's row inside the ranking is not one of them. No row breaks across two pages, in
    /// LibreOffice too (which does not apply the table style's rule).
    func testTablesRepeatTheirHeadingRowsOnEveryPage() throws {
        let document = try inspect(try Self.made.document(.vi))
        XCTAssertEqual(document.headingRows.count, document.tables.count)
        XCTAssertEqual(document.rowsKeptWhole, Array(repeating: true, count: document.tables.count))
        var forms = 0
        for (table, headings) in zip(document.tables, document.headingRows) where table.count > 1 {
            let first = table.first?.first?.text ?? ""
            XCTAssertGreaterThanOrEqual(headings, 1, "the table headed \(first) repeats its heading")
            XCTAssertLessThan(headings, table.count, "the table headed \(first) has rows that are not headings")
            if first == "Hạng" { XCTAssertEqual(headings, 1, "the ranking's cluster rows are not headings") }
            if first == "Nội dung" {
                forms += 1
                let twoRows = table[1].first?.text == "Nội dung"
                XCTAssertEqual(headings, twoRows ? 2 : 1, "a form's rows of headings")
            }
        }
        XCTAssertGreaterThan(forms, 0, "the document has its statistics forms")
    }

    func testEnglishDocument() throws {
        let document = try inspect(try Self.made.document(.en))
        let text = document.allText
        for expected in [
            "VIETNAM SOCIAL SECURITY", "SOCIALIST REPUBLIC OF VIET NAM", "Hanoi, 9 Oct 2020", "86,400,000", "98.14%",
            "786,173", "Labour Order: 11 collectives, 6 individuals", "Government Emulation Flag: 8 collectives",
            "Prime Minister's Certificate of Merit: 7 collectives, 14 individuals", "Recipients:", "HEAD OF THE BOARD",
            "Limitations and their causes",
        ] {
            XCTAssertTrue(text.contains(expected), "the English review.docx lacks \(expected)")
        }
        XCTAssertFalse(text.contains("98,14%"))
        XCTAssertTrue(
            document.tables.first?.first?.first?.paragraphs.contains { $0.hasPrefix("No.:") } ?? false,
            "no number line in the English letterhead")
    }

    /// The committed reference document is what `Scripts/make-reference-docx` makes (compared part by part, so
    /// that another zlib's compression does not count): a change to the script without running it fails here.
    func testReferenceDocumentIsWhatItsScriptMakes() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = folder.appendingPathComponent("reference.docx").path
        let script = TestSupport.packageRoot.appendingPathComponent("Scripts/make-reference-docx").path
        let run = try TestSupport.runTool("/usr/bin/env", ["python3", script, made])
        XCTAssertEqual(run.status, 0, "Scripts/make-reference-docx failed (run Scripts/bootstrap): \(run.stderr)")
        let committed = TestSupport.packageRoot.appendingPathComponent(
            "Sources/EmulationReviewRun/Resources/reference.docx"
        ).path
        let compare = """
            import sys, zipfile
            a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])
            names = [i.filename for i in a.infolist()]
            sys.exit(0 if names == [i.filename for i in b.infolist()] and all(a.read(n) == b.read(n) for n in names) else 1)
            """
        let same = try TestSupport.runTool("/usr/bin/env", ["python3", "-c", compare, made, committed])
        XCTAssertEqual(
            same.status, 0, "reference.docx differs from what Scripts/make-reference-docx makes: run the script")
    }

    /// A missing converter says what to do; a stuck one is stopped.
    func testMissingOrStuckToolSaysWhatToDo() throws {
        let missing = ExternalTool(name: "pandoc", remedy: "run Scripts/bootstrap, which installs Debian's pandoc")
        XCTAssertThrowsError(try missing.path(environment: ["PATH": "/nonexistent"])) { error in
            let failure = error as? RunFailure
            XCTAssertEqual(failure?.status, .software)
            XCTAssertEqual(
                failure?.description,
                "pandoc is not installed (not found on PATH): run Scripts/bootstrap, which installs Debian's pandoc")
        }
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        XCTAssertThrowsError(
            try ExternalTool(name: "sleep", remedy: "").run(["30"], in: folder.path, timeout: 0.5)
        ) { error in
            XCTAssertTrue("\(error)".contains("sleep did not finish within 0 s and was stopped"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "the stuck program was not stopped")
        XCTAssertThrowsError(try ExternalTool(name: "false", remedy: "").run([], in: folder.path, timeout: 10)) {
            XCTAssertTrue("\($0)".contains("false exited with status 1"), "\($0)")
        }
    }

    /// The temporary folder goes with the document.
    func testNoTemporaryFolderIsLeft() throws {
        func leftovers() throws -> [String] {
            let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            return try FileManager.default.contentsOfDirectory(atPath: base).filter {
                $0.hasPrefix("emulation-review-docx.")
            }
        }
        let before = Set(try leftovers())
        _ = try WordDocument.make(try DemoReviews.unwrap(DemoReviews.year), language: .en)
        XCTAssertEqual(Set(try leftovers()).subtracting(before), [])
    }
}
