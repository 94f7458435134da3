import EmulationReview
import Foundation

/// What the reader of a report email receives, as one digest: every published file but the manifest (name and
/// SHA-256), the completeness line and the headline sentences. The manifest is left out because it lists the
/// inputs: removing a superseded file changes it without changing anything a reader sees.
public enum ReportContent {
    public static let manifestName = "manifest.json"

    public static func digest(files: [(name: String, sha256: String)], summary: String, headline: [String]) -> String {
        var text = ""
        for file in files.sorted(by: { $0.name < $1.name }) where file.name != manifestName {
            text += "file \(file.name) \(file.sha256)\n"
        }
        text += "summary \(summary)\n"
        for line in headline { text += "headline \(line)\n" }
        return Digest.sha256(text)
    }
}
