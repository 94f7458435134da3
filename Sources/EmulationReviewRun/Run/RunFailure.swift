import EmulationReview

/// Why a review cannot be made, with the exit status it maps to.
public struct RunFailure: Error, CustomStringConvertible, Sendable {
    public var status: ExitStatus
    public var description: String
    /// Findings that explain the failure (for example the reference data's own errors).
    public var findings: [Finding]

    public init(_ status: ExitStatus, _ description: String, findings: [Finding] = []) {
        self.status = status
        self.description = description
        self.findings = findings
    }
}
