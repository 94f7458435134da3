import Foundation

/// The result of checking a set of files, as the `validate` command reports it.
public struct ValidationReport: Sendable {
    public var files: [IngestedFile]
    /// Why the reference data could not be used for the cross-checks, when it could not.
    public var referenceProblem: Bilingual?

    public var findings: [Finding] { files.flatMap(\.findings) }
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    public func count(_ outcome: FileOutcome) -> Int { files.filter { $0.outcome == outcome }.count }

    public var exitStatus: ExitStatus {
        if count(.unreadable) > 0 { return .noInput }
        if count(.rejected) > 0 || referenceProblem != nil { return .dataError }
        return .ok
    }

    /// "3 files checked: 2 valid, 1 invalid (4 errors, 1 warning)", in `language`.
    public func summary(_ language: Language) -> String {
        switch language {
        case .en:
            var parts = ["\(files.count) file\(files.count == 1 ? "" : "s") checked: \(count(.accepted)) valid"]
            if count(.superseded) > 0 { parts.append("\(count(.superseded)) valid but superseded by a later revision") }
            parts.append("\(count(.rejected)) invalid")
            if count(.unreadable) > 0 { parts.append("\(count(.unreadable)) unreadable") }
            return parts.joined(separator: ", ")
                + " (\(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s"))"
        case .vi:
            var parts = ["Đã kiểm tra \(files.count) tệp: \(count(.accepted)) hợp lệ"]
            if count(.superseded) > 0 {
                parts.append("\(count(.superseded)) hợp lệ nhưng đã được thay bằng lần gửi sau")
            }
            parts.append("\(count(.rejected)) không hợp lệ")
            if count(.unreadable) > 0 { parts.append("\(count(.unreadable)) không đọc được") }
            return parts.joined(separator: ", ") + " (\(errorCount) lỗi, \(warningCount) cảnh báo)"
        }
    }
}

extension Ingestor {
    /// Checks files as an agency or operator would before sending or running: each file on its own, the
    /// resubmission rules across them, and, given an inputs folder, the cross-checks against its reference data.
    public func validate(_ paths: [String], inputs: String?) -> ValidationReport {
        var reference: ReferenceData?
        var problem: Bilingual?
        var referenceFiles: [IngestedFile] = []
        if let inputs {
            let load = loadReference(inputs: inputs)
            reference = load.data
            problem = load.problem
            referenceFiles = load.files.filter { !$0.findings.isEmpty }
        }
        var files = ingest(paths, reference: reference)
        CrossFileChecks.settle(&files)
        let checked = Set(files.map(\.path))
        files += referenceFiles.filter { !checked.contains($0.path) }
        return ValidationReport(
            files: files,
            referenceProblem: problem.map {
                Bilingual(
                    "không dùng được dữ liệu danh mục để đối chiếu: \($0.vi)",
                    "the reference data cannot be used for cross-checks: \($0.en)")
            })
    }
}
