import CLibXML2

/// The attributes of one start tag, read lazily from libxml2's buffers (valid only during the callback).
public struct Attributes {
    fileprivate let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let count: Int

    /// The raw UTF-8 bytes of an attribute's value, with surrounding XML whitespace trimmed.
    public func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        let wanted = name.utf8Start
        let length = name.utf8CodeUnitCount
        for index in 0..<count {
            let slot = base + index * 5  // localname, prefix, URI, value, end
            // The first letter rules out most names without a call.
            guard let local = slot[0], local[0] == wanted[0], memcmp(local, wanted, length) == 0, local[length] == 0,
                var value = slot[3], var end = slot[4]
            else { continue }
            while value < end, isXMLSpace(value.pointee) { value += 1 }
            while end > value, isXMLSpace((end - 1).pointee) { end -= 1 }
            return UnsafeBufferPointer(start: value, count: end - value)
        }
        return nil
    }

    /// An attribute's value, trimmed, or nil when the attribute is absent.
    public subscript(name: StaticString) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every attribute as (local name, value), in document order, values trimmed.
    public func all() -> [(name: String, value: String)] {
        guard let base else { return [] }
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let slot = base + index * 5
            guard let local = slot[0], var value = slot[3], var end = slot[4] else { continue }
            while value < end, isXMLSpace(value.pointee) { value += 1 }
            while end > value, isXMLSpace((end - 1).pointee) { end -= 1 }
            result.append(
                (
                    String(cString: local),
                    String(decoding: UnsafeBufferPointer(start: value, count: end - value), as: UTF8.self)
                ))
        }
        return result
    }
}

@inline(__always)
func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

/// Receives one document's elements in order. Element text is collected only where `wantsText` says so;
/// every element of the project's formats has either attributes and children or a short text, never both.
public protocol ElementHandler: AnyObject {
    func start(_ name: String, _ attributes: Attributes, at location: Location)
    func end(_ name: String, text: String?, at location: Location)
    func wantsText(_ name: String) -> Bool
}

/// The first element of a document: how a file says which format it is in.
public struct RootElement: Sendable, Hashable {
    public var namespace: String?
    public var name: String
}

/// Runs libxml2's SAX2 parser over bytes in memory, optionally with a compiled schema validating the same
/// event stream. One pass, no tree. DOCTYPE declarations are refused (which also rules out every entity
/// trick), the network is never used and no other file is read.
public enum XMLReader {
    /// The codes of the parse: its own and those `LibXMLMessage` turns libxml2's reports into.
    static let codes: [FindingKind] = [.noRoot, .notWellFormed, .tooSlow, .doctypeForbidden] + LibXMLMessage.codes

    /// Reads the document's first element and stops: cheap, and it tells the format before the real pass.
    /// Returns the findings instead when the file is broken before its first element.
    public static func sniffRoot(_ bytes: [UInt8], file: String) -> Result<RootElement, FindingListBox> {
        let session = Session(handler: nil, findings: FindingList(file: file), stopAtRoot: true)
        run(bytes, session: session, schema: nil)
        if let root = session.root {
            return .success(root)
        }
        if !session.findings.hasErrors {
            session.findings.add(.noRoot, at: .start)
        }
        return .failure(FindingListBox(session.findings))
    }

    /// Parses the whole document, feeding `handler` while `schema` (when given) validates.
    /// - cpuDeadline: the calling thread's CPU time (`CPUBudget.threadSeconds`) at which the parse stops and the
    ///   file is rejected as too slow to read.
    public static func read(
        _ bytes: [UInt8], file: String, schema: CompiledSchema?, handler: ElementHandler,
        findings: inout FindingList, cpuDeadline: Double? = nil
    ) {
        let session = Session(handler: handler, findings: findings, stopAtRoot: false)
        session.cpuDeadline = cpuDeadline
        session.guide = schema?.guide
        run(bytes, session: session, schema: schema)
        findings = session.findings
    }

    private static func run(_ bytes: [UInt8], session: Session, schema: CompiledSchema?) {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = onStartElement
        sax.endElementNs = onEndElement
        sax.characters = onCharacters
        sax.cdataBlock = onCharacters
        sax.internalSubset = onDoctype
        sax.externalSubset = onExternalSubset
        sax.entityDecl = onEntityDecl
        let unmanaged = Unmanaged.passRetained(session)
        defer { unmanaged.release() }
        let opaque = unmanaged.toOpaque()
        er_set_thread_error_sink(opaque, onError)
        defer { er_clear_thread_error_sink() }
        bytes.withUnsafeBufferPointer { buffer in
            session.buffer = buffer
            defer { session.buffer = nil }
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var ctxt: xmlParserCtxtPtr?
                withUnsafeMutablePointer(to: &ctxt) { ctxtOut in
                    session.ctxtSlot = ctxtOut
                    let result = er_parse_memory(
                        chars.baseAddress, Int32(chars.count), &sax, opaque,
                        schema?.pointer, opaque, onError, ctxtOut)
                    session.ctxtSlot = nil
                    if result.created == 0 {
                        session.findings.add(
                            .notWellFormed, at: .start,
                            [
                                "detail": Bilingual(
                                    "trình đọc XML không bắt đầu đọc được tệp này",
                                    "the XML parser could not start on this file")
                            ])
                    } else if result.wellFormed == 0 && !session.findings.hasErrors && !session.stopped {
                        session.findings.add(
                            .notWellFormed, at: .start,
                            [
                                "detail": Bilingual("trình đọc XML không nêu lý do", "the parser gave no reason")
                            ])
                    }
                }
            }
        }
    }
}

/// A finding list passed through `Result`'s failure slot.
public struct FindingListBox: Error, Sendable {
    public let list: FindingList
    init(_ list: FindingList) { self.list = list }
}

/// The parse's mutable state, reached from libxml2's callbacks through the user-data pointer.
private final class Session {
    let handler: ElementHandler?
    var findings: FindingList
    let stopAtRoot: Bool
    var root: RootElement?
    var ctxtSlot: UnsafeMutablePointer<xmlParserCtxtPtr?>?
    var stopped = false
    /// Set at the first fatal well-formedness error: what libxml2 reports after it is mostly its consequence.
    var broken = false
    var capturing = false
    var text: [UInt8] = []
    var cpuDeadline: Double?
    /// The schemas' annotations and the bytes being read, to turn libxml2's errors into advice.
    var guide: SchemaGuide?
    var buffer: UnsafeBufferPointer<UInt8>?
    /// Events until the CPU time is read again: reading it costs a system call, so not at every event.
    private var eventsUntilCheck = 1
    /// The element names met so far, by the address of libxml2's interned copy (its dictionary gives one address
    /// per name for the whole parse): a name becomes a `String` once per file, not at every tag. A small table
    /// indexed by the address; two names that share a slot only cost a new `String` each time.
    private var names = [(pointer: UnsafePointer<xmlChar>?, name: String)](repeating: (nil, ""), count: 64)

    init(handler: ElementHandler?, findings: FindingList, stopAtRoot: Bool) {
        self.handler = handler
        self.findings = findings
        self.stopAtRoot = stopAtRoot
    }

    var ctxt: xmlParserCtxtPtr? { ctxtSlot?.pointee }

    var location: Location {
        Location(line: Int(er_parser_line(ctxt)), column: Int(er_parser_column(ctxt)))
    }

    func stop() {
        stopped = true
        er_stop_parser(ctxt)
    }

    /// Stops the parse with `file.too-slow` once the file has used its CPU budget.
    func checkBudget() {
        guard let cpuDeadline else { return }
        eventsUntilCheck -= 1
        guard eventsUntilCheck <= 0 else { return }
        eventsUntilCheck = 256
        guard CPUBudget.threadSeconds() > cpuDeadline else { return }
        findings.add(.tooSlow, at: location)
        stop()
    }

    func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let address = UInt(bitPattern: pointer)
        let slot = Int((address ^ (address >> 6) ^ (address >> 12)) & 63)
        if names[slot].pointer == pointer { return names[slot].name }
        let name = String(cString: pointer)
        names[slot] = (pointer, name)
        return name
    }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> Session {
        Unmanaged<Session>.fromOpaque(pointer!).takeUnretainedValue()
    }
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

private let onStartElement: startElementNsSAX2Func = { ctx, localname, _, uri, _, _, nbAttributes, _, attributes in
    let session = Session.from(ctx)
    guard !session.stopped else { return }
    session.checkBudget()
    guard !session.stopped else { return }
    let name = session.name(localname)
    if session.root == nil {
        session.root = RootElement(namespace: string(uri), name: name)
        if session.stopAtRoot {
            session.stop()
            return
        }
    }
    guard let handler = session.handler else { return }
    handler.start(name, Attributes(base: attributes, count: Int(nbAttributes)), at: session.location)
    if handler.wantsText(name) {
        session.capturing = true
        session.text.removeAll(keepingCapacity: true)
    }
}

private let onEndElement: endElementNsSAX2Func = { ctx, localname, _, _ in
    let session = Session.from(ctx)
    guard !session.stopped, let handler = session.handler else { return }
    let text: String?
    if session.capturing {
        text = String(decoding: session.text, as: UTF8.self)
        session.capturing = false
    } else {
        text = nil
    }
    handler.end(session.name(localname), text: text, at: session.location)
}

private let onCharacters: charactersSAXFunc = { ctx, chars, length in
    let session = Session.from(ctx)
    guard session.capturing, let chars, length > 0 else { return }
    session.text.append(contentsOf: UnsafeBufferPointer(start: chars, count: Int(length)))
}

private let onDoctype: internalSubsetSAXFunc = { ctx, _, _, _ in
    let session = Session.from(ctx)
    guard !session.stopped else { return }
    session.findings.add(.doctypeForbidden, at: session.location)
    session.stop()
}

private let onExternalSubset: externalSubsetSAXFunc = { ctx, _, _, _ in
    Session.from(ctx).stop()
}

private let onEntityDecl: entityDeclSAXFunc = { ctx, _, _, _, _, _ in
    Session.from(ctx).stop()
}

/// libxml2 reports parser and schema errors here; each becomes a finding with a stable code.
private let onError: xmlStructuredErrorFunc = { ctx, error in
    guard let ctx, let error else { return }
    let session = Session.from(ctx)
    guard !session.stopped, !session.broken else { return }
    session.checkBudget()
    guard !session.stopped else { return }
    let e = error.pointee
    let raw = e.message.map { String(cString: $0) } ?? "unknown error"
    var location = Location(line: Int(e.line), column: Int(e.int2))
    if location.line <= 0 {
        location = session.location
    }
    if location.line <= 0 { location = .start }
    if location.column <= 0 { location.column = 1 }
    if e.level == XML_ERR_FATAL {
        // A tag cut off where the file breaks (`<person` and the end of the file) first makes the schema miss
        // every attribute it requires at that very place: the break is the one thing to correct.
        let here = location
        session.findings.remove { $0.code.hasPrefix("schema.") && $0.line == here.line && $0.column == here.column }
    }
    session.findings.add(
        LibXMLMessage.finding(
            domain: Int(e.domain), code: Int(e.code), level: e.level, raw: raw, at: location,
            file: session.findings.file, guide: session.guide, bytes: session.buffer))
    if e.level == XML_ERR_FATAL { session.broken = true }
}
