import EmulationReview
import EmulationReviewRun
import Foundation

/// Paths and shared objects for the tests.
public enum TestSupport {
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Small files made for the tests: `Tests/Fixtures/`.
    public static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    public static func fixture(_ relative: String) -> String {
        fixtures.appendingPathComponent(relative).path
    }

    /// The demo inputs committed under `Inputs/`.
    public static let demoInputs = packageRoot.appendingPathComponent("Inputs").path

    /// Compiled once for the whole test run, as the program does.
    public static let schemas: SchemaSet = {
        do {
            return try SchemaSet(directory: packageRoot.appendingPathComponent("Sources/EmulationReview/Schemas"))
        } catch {
            fatalError("cannot compile the project's schemas: \(error)")
        }
    }()

    public static let ingestor = Ingestor(schemas: schemas)

    public static func ingest(_ relative: String, reference: ReferenceData? = nil) -> IngestedFile {
        ingestor.ingest(path: fixture(relative), reference: reference)
    }

    public static var fixtureReference: ReferenceData {
        let load = ingestor.loadReference(inputs: fixture("inputs"))
        guard let data = load.data else { fatalError("fixture reference data does not load: \(load.problem ?? "")") }
        return data
    }

    /// The built program: `EMULATION_REVIEW_BIN`, else `.build/debug/emulation-review` (Scripts/test builds it first).
    public static var binary: String {
        if let path = ProcessInfo.processInfo.environment["EMULATION_REVIEW_BIN"] { return path }
        return packageRoot.appendingPathComponent(".build/debug/emulation-review").path
    }

    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs the real binary with the package root as working directory.
    /// Runs the program; `environment` adds to (or overrides) the test's own environment.
    public static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:])
        throws -> Output
    {
        try runTool(binary, arguments, in: directory, environment: environment)
    }

    /// Runs any program and collects its output.
    public static func runTool(
        _ executable: String, _ arguments: [String], in directory: URL = packageRoot,
        environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    public static func codes(_ file: IngestedFile) -> Set<String> {
        Set(file.findings.map(\.code))
    }

    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "emulation-review-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Sample mail content shared by the pure mail tests and the tests against a real server.
public enum MailSamples {
    /// Sun 29 Nov 2026 08:45:00 in Hanoi.
    public static let date = Date(timeIntervalSince1970: 1_795_916_700)

    /// A published report's files: review.html, `csvCount` CSV files (BOM, Vietnamese, CRLF) and a manifest.
    public static func reportFiles(csvCount: Int, csvSize: Int = 2_000) -> [(name: String, data: Data)] {
        let names = [
            "submissions", "indicators", "rankings", "awards", "nominations", "movements", "documents",
            "findings", "form-0601", "form-0602", "form-0603",
        ]
        var files: [(name: String, data: Data)] = [("manifest.json", Data("{\"period\":\"2016-2020\"}\n".utf8))]
        for name in names.prefix(csvCount).reversed() {
            var text = "\u{FEFF}year,agency,agency_name\r\n"
            while text.utf8.count < csvSize { text += "2020,27,Bảo hiểm xã hội tỉnh Bắc Ninh — \(name)\r\n" }
            files.append((name + ".csv", Data(text.utf8)))
        }
        files.append(
            ("review.html", Data("<!doctype html><html lang=\"vi\"><title>Báo cáo tổng kết</title></html>\n".utf8)))
        return files
    }

    /// Findings of a rejected submission, in the `validate --lang vi` format that agencies' feedback uses.
    public static let findings = [
        "Inputs/2018/27.xml:4:33: lỗi: [workforce.exceeds-total] số lao động nữ (women = 269) lớn hơn tổng số lao động (total = 257); sửa một trong hai số",
        "Inputs/2018/27.xml:51:17: lỗi: [person.duplicate-id] mã số BHXH 2701208738 (Nguyễn Thị Thư) đã được ghi ở dòng 48: xóa mục ghi lặp này, chuyển danh hiệu, hình thức khen thưởng của mục này (nếu khác) sang mục ở dòng 48; mỗi người chỉ được ghi một lần",
        "Inputs/2018/27.xml:60:3: cảnh báo: [indicator.as-of-outside-year] số liệu chỉ tiêu được báo cáo tính đến ngày 2019-01-31, ngoài năm báo cáo 2018; kiểm tra lại ngày asOf",
    ]
}
