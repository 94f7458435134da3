/// One copy of each text that recurs across files and years: a person's name is in every year's submission of
/// their agency, and the archive of a phase holds sixteen years. Short texts are stored inside the string itself
/// and are left as they are.
public struct StringPool: Sendable {
    private var known: Set<String> = []

    public init() {}

    /// The pool's copy of `text`, which becomes the pool's copy if it has none.
    public mutating func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return known.insert(text).memberAfterInsert
    }
}
