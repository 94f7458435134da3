import EmulationReview

/// Why a review cannot be made, with the exit status it maps to. The message is said in both languages, so the
/// command line prints it in the language its reader chose; paths, keys and option names read the same in both.
public struct RunFailure: Error, CustomStringConvertible, Sendable {
    public var status: ExitStatus
    /// What went wrong and what to do, in Vietnamese and English.
    public var message: Bilingual
    /// Findings that explain the failure (for example the reference data's own errors).
    public var findings: [Finding]

    /// The English message (for logs and `String(describing:)`).
    public var description: String { message.en }

    public init(_ status: ExitStatus, _ message: Bilingual, findings: [Finding] = []) {
        self.status = status
        self.message = message
        self.findings = findings
    }
}
