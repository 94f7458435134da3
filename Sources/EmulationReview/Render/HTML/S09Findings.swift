import Foundation

// Section 9 (`s09-findings.mustache`): errors and warnings in the input files, by file.

extension HTMLViewModel {
    struct FindingLine {
        let position: String
        let severity: String
        let severityClass: String
        let code: String
        let message: String
    }

    struct FindingFile {
        let file: String
        let fileCounts: String
        let fileFindings: [FindingLine]
    }

    struct FindingsPart {
        let overview: String
        let files: [FindingFile]
        let hasFindings: Bool
    }
}

extension ModelFormatter {
    func findings() -> HTMLViewModel.FindingsPart {
        var files: [HTMLViewModel.FindingFile] = []
        var order: [String] = []
        var byFile: [String: [Finding]] = [:]
        for finding in review.findings.sorted() {
            if byFile[finding.file] == nil { order.append(finding.file) }
            byFile[finding.file, default: []].append(finding)
        }
        for file in order {
            let list = byFile[file]!.sorted { ($0.severity, $0.location) < ($1.severity, $1.location) }
            files.append(
                .init(
                    file: file, fileCounts: errorsAndWarnings(list),
                    fileFindings: list.map { f in
                        .init(
                            position: "\(f.line):\(f.column)", severity: pick(Vocabulary.severity(f.severity)),
                            severityClass: f.severity.rawValue, code: f.code, message: f.message(language))
                    }))
        }
        let overview =
            review.findings.isEmpty
            ? ""
            : errorsAndWarnings(review.findings)
                + pick(" trong \(count(order.count)) tệp.", " in \(count(order.count)) files.")
        return .init(overview: overview, files: files, hasFindings: !files.isEmpty)
    }

    func errorsAndWarnings(_ list: [Finding]) -> String {
        let errors = list.filter { $0.severity == .error }.count
        let warnings = list.count - errors
        return pick(
            "\(count(errors)) lỗi, \(count(warnings)) cảnh báo", "\(count(errors)) errors, \(count(warnings)) warnings")
    }
}
