/// The program's version, written into reports and `--version`.
public enum EmulationReviewVersion {
    public static let current = "0.1.0"
}
