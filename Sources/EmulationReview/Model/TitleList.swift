/// A person's titles of a year: a window on one list that every person of the submission shares. A phase's run
/// reads some 400,000 people, nearly all with a title or two; a list of their own would cost each of them an
/// allocation and its header (about 50 bytes more than the titles themselves). Read like an array; compared,
/// hashed and encoded as one.
public struct TitleList: RandomAccessCollection, Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
    /// The shared titles; nil for a list with none.
    private var storage: TitleStorage?
    private var first: Int32
    private var length: Int32

    public init(_ titles: [TitleGiven]) {
        storage = titles.isEmpty ? nil : TitleStorage(titles)
        first = 0
        length = Int32(titles.count)
    }

    public init(arrayLiteral titles: TitleGiven...) {
        self.init(titles)
    }

    /// The window `range` on `storage`'s titles.
    fileprivate init(_ storage: TitleStorage, _ range: Range<Int>) {
        self.storage = range.isEmpty ? nil : storage
        first = Int32(range.lowerBound)
        length = Int32(range.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(length) }

    public subscript(position: Int) -> TitleGiven {
        precondition(position >= 0 && position < Int(length), "title index out of range")
        return storage![Int(first) + position]
    }

    public static func == (lhs: TitleList, rhs: TitleList) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for title in self { hasher.combine(title) }
    }

    public init(from decoder: Decoder) throws {
        self.init(try [TitleGiven](from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}

/// The titles of every person of one submission, in the file's order. A file names a handful of awards and
/// decisions many times over: each is kept once, and a title is 20 bytes instead of 48.
final class TitleStorage: Sendable {
    struct Entry {
        var award: Int32
        var decision: Int32
        var date: Day
        var location: Location
    }

    /// The awards and decisions the entries point at.
    private let words: [String]
    private let entries: [Entry]

    init(_ titles: [TitleGiven]) {
        var words = Words()
        entries = titles.map { words.entry($0) }
        self.words = words.list
    }

    fileprivate init(words: [String], entries: [Entry]) {
        self.words = words
        self.entries = entries
    }

    subscript(position: Int) -> TitleGiven {
        let entry = entries[position]
        return TitleGiven(
            award: words[Int(entry.award)], decision: words[Int(entry.decision)], date: entry.date,
            location: entry.location)
    }

    /// Each distinct award or decision once, by first appearance.
    struct Words {
        private(set) var list: [String] = []
        private var positions: [String: Int32] = [:]

        /// Few files name more than a handful of distinct awards and decisions: the first few are found by a
        /// look along the list, any others by hashing.
        static let scanned = 8

        mutating func position(_ word: String) -> Int32 {
            for (position, known) in list.prefix(Self.scanned).enumerated() where known == word {
                return Int32(position)
            }
            if list.count > Self.scanned, let known = positions[word] { return known }
            let position = Int32(list.count)
            list.append(word)
            if list.count > Self.scanned { positions[word] = position }
            return position
        }

        mutating func entry(_ title: TitleGiven) -> Entry {
            Entry(
                award: position(title.award), decision: position(title.decision), date: title.date,
                location: title.location)
        }
    }
}

/// Gathers a submission's titles person by person, then gives each person its window on the one shared list.
struct TitleGatherer {
    private var words = TitleStorage.Words()
    private var entries: [TitleStorage.Entry] = []
    /// Per person of the roster (by position), where its titles start and end in `entries`.
    private var ranges: [(person: Int, range: Range<Int>)] = []
    private var current: (person: Int, start: Int)?

    /// Starts the titles of the roster's person at `position`.
    mutating func begin(person position: Int) {
        current = (position, entries.count)
    }

    mutating func append(_ title: TitleGiven) {
        entries.append(words.entry(title))
    }

    /// Ends the current person's titles.
    mutating func end() {
        guard let current else { return }
        if entries.count > current.start { ranges.append((current.person, current.start..<entries.count)) }
        self.current = nil
    }

    /// Gives the people of `roster` their titles.
    func link(_ roster: inout [Person]) {
        guard !entries.isEmpty else { return }
        let storage = TitleStorage(words: words.list, entries: entries)
        for (position, range) in ranges where position < roster.count {
            roster[position].titles = TitleList(storage, range)
        }
    }
}
