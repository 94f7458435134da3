/// A person's titles of a year: a window on one list that every person of the submission shares. An archive holds
/// some 400,000 people a phase, nearly all with a title or two; a list of their own would cost each of them an
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
        return storage!.titles[Int(first) + position]
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

/// The titles of every person of one submission, in the file's order.
final class TitleStorage: Sendable {
    let titles: [TitleGiven]

    init(_ titles: [TitleGiven]) { self.titles = titles }
}

/// Gathers a submission's titles person by person, then gives each person its window on the one shared list.
struct TitleGatherer {
    private var titles: [TitleGiven] = []
    /// Per person of the roster (by position), where its titles start and end in `titles`.
    private var ranges: [(person: Int, range: Range<Int>)] = []
    private var current: (person: Int, start: Int)?

    /// Starts the titles of the roster's person at `position`.
    mutating func begin(person position: Int) {
        current = (position, titles.count)
    }

    mutating func append(_ title: TitleGiven) {
        titles.append(title)
    }

    /// Ends the current person's titles.
    mutating func end() {
        guard let current else { return }
        if titles.count > current.start { ranges.append((current.person, current.start..<titles.count)) }
        self.current = nil
    }

    /// Gives the people of `roster` their titles.
    func link(_ roster: inout [Person]) {
        guard !titles.isEmpty else { return }
        let storage = TitleStorage(titles)
        for (position, range) in ranges where position < roster.count {
            roster[position].titles = TitleList(storage, range)
        }
    }
}
