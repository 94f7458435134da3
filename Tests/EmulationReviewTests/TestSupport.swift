import EmulationReview
import Foundation
import XCTest

/// Paths and shared objects for the tests.
enum TestSupport {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/EmulationReviewTests/Fixtures")

    static func fixture(_ relative: String) -> String {
        fixtures.appendingPathComponent(relative).path
    }

    /// The demo inputs committed under `Inputs/`.
    static let demoInputs = packageRoot.appendingPathComponent("Inputs").path

    /// Compiled once for the whole test run, as the program does.
    static let schemas: SchemaSet = {
        do {
            return try SchemaSet(directory: packageRoot.appendingPathComponent("Sources/EmulationReview/Schemas"))
        } catch {
            fatalError("cannot compile the project's schemas: \(error)")
        }
    }()

    static let ingestor = Ingestor(schemas: schemas)

    static func ingest(_ relative: String, reference: ReferenceData? = nil) -> IngestedFile {
        ingestor.ingest(path: fixture(relative), reference: reference)
    }

    static var fixtureReference: ReferenceData {
        let load = ingestor.loadReference(inputs: fixture("inputs"))
        guard let data = load.data else { fatalError("fixture reference data does not load: \(load.problem ?? "")") }
        return data
    }

    /// The built program: `EMULATION_REVIEW_BIN`, else `.build/debug/emulation-review` (Scripts/test builds it first).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["EMULATION_REVIEW_BIN"] { return path }
        return packageRoot.appendingPathComponent(".build/debug/emulation-review").path
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the real binary with the package root as working directory.
    static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
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
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func codes(_ file: IngestedFile) -> Set<String> {
        Set(file.findings.map(\.code))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emulation-review-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
