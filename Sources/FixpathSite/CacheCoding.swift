import FixpathCore
import Foundation

/// The build cache on disk: varint-length strings and numbers, with the search terms of all pages
/// kept once in a table. JSON took a third of a second each way for the 2,400-topic corpus; this
/// takes a few hundredths.
extension BuildCache {
    static let magic = Array("FIXPATH-CACHE\n".utf8)

    func encoded() -> [UInt8] {
        var out = ByteWriter()
        out.bytes += Self.magic
        out.int(version)
        out.string(fingerprint)
        out.int(Int(bitPattern: UInt(salt)))
        out.int(Int(bitPattern: UInt(listing)))
        out.int(resources.count)
        for (path, hash) in resources.sorted(by: { $0.key < $1.key }) {
            out.string(path)
            out.int(Int(bitPattern: UInt(hash)))
        }
        out.int(files.count)
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            out.string(path)
            out.int(entry.stamp.size)
            out.int(entry.stamp.modified)
            out.int(entry.stamp.changed)
            out.int(Int(bitPattern: UInt(entry.stamp.inode)))
            out.int(Int(bitPattern: UInt(entry.hash)))
        }
        out.bytes.reserveCapacity(raw.count + 64 * 1024)
        if raw.isEmpty {
            // Only the terms some page still uses, sorted, so the next build's sort finds them in order.
            var used = [Bool](repeating: false, count: terms.count)
            for page in pages { for id in page.terms { used[Int(id)] = true } }
            let kept = terms.indices.filter { used[$0] }.sorted { terms[$0] < terms[$1] }
            var renumbered = [Int](repeating: 0, count: terms.count)
            for (new, old) in kept.enumerated() { renumbered[old] = new }
            out.strings(kept.map { terms[$0] })
            out.int(pages.count)
            for page in pages { out.page(page, renumbered: { renumbered[Int($0)] }) }
        } else {
            // After an update the table keeps its numbering, new terms at its end, so unchanged
            // records are copied as they are; the next full build tidies the table up.
            out.strings(terms)
            out.int(pages.count)
            for page in pages {
                if let range = page.encoded { out.bytes += raw[range] } else { out.page(page, renumbered: { Int($0) }) }
            }
        }
        return out.bytes
    }

    init(decoding bytes: [UInt8]) throws {
        var input = ByteReader(bytes)
        guard bytes.starts(with: Self.magic) else { throw ByteReader.Corrupt() }
        input.at = Self.magic.count
        version = try input.int()
        guard version == Self.currentVersion else { throw ByteReader.Corrupt() }
        fingerprint = try input.string()
        salt = UInt64(UInt(bitPattern: try input.int()))
        listing = UInt64(UInt(bitPattern: try input.int()))
        var resources: [String: UInt64] = [:]
        for _ in 0..<(try input.count()) { resources[try input.string()] = UInt64(UInt(bitPattern: try input.int())) }
        self.resources = resources
        var files: [String: StampedHash] = [:]
        for _ in 0..<(try input.count()) {
            let path = try input.string()
            let stamp = FileStamp(size: try input.int(), modified: try input.int(), changed: try input.int(),
                                  inode: UInt64(UInt(bitPattern: try input.int())))
            files[path] = StampedHash(stamp: stamp, hash: UInt64(UInt(bitPattern: try input.int())))
        }
        self.files = files
        terms = try input.strings()
        let count = try input.count()
        var pages: [PageRecord] = []
        pages.reserveCapacity(count)
        for _ in 0..<count {
            let start = input.at
            let key = UInt64(UInt(bitPattern: try input.int()))
            let place = PagePlace(trail: try input.strings(), crumbs: try input.strings(), previous: try input.strings(), next: try input.strings())
            var words: [Int32] = []
            let wordCount = try input.count()
            words.reserveCapacity(wordCount)
            for _ in 0..<wordCount {
                let id = try input.int()
                guard terms.indices.contains(id) else { throw ByteReader.Corrupt() }
                words.append(Int32(id))
            }
            let headings = try input.count()
            guard headings <= words.count else { throw ByteReader.Corrupt() }
            pages.append(PageRecord(topic: try input.summary(), key: key, terms: words, headingTerms: headings, place: place, encoded: start..<input.at))
        }
        self.pages = pages
        raw = bytes
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var v = UInt(bitPattern: value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ text: String) {
        int(text.utf8.count)
        bytes += text.utf8
    }

    mutating func strings(_ texts: [String]) {
        int(texts.count)
        for text in texts { string(text) }
    }

    mutating func optional(_ text: String?) {
        int(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    mutating func page(_ page: PageRecord, renumbered: (Int32) -> Int) {
        int(Int(bitPattern: UInt(page.key)))
        strings(page.place.trail)
        strings(page.place.crumbs)
        strings(page.place.previous)
        strings(page.place.next)
        int(page.terms.count)
        for id in page.terms { int(renumbered(id)) }
        int(page.headingTerms)
        summary(page.topic)
    }

    mutating func summary(_ topic: TopicSummary) {
        string(topic.path)
        string(topic.title)
        optional(topic.description)
        if let date = topic.date {
            int(1)
            int(date.year)
            int(date.month)
            int(date.day)
        } else {
            int(0)
        }
        strings(topic.codes)
        int(topic.codesLine)
        strings(topic.includes)
        strings(topic.anchors)
        int(topic.references.count)
        for reference in topic.references {
            int(reference.kind == .image ? 1 : 0)
            string(reference.destination)
            int(reference.location.line)
            int(reference.location.column)
        }
        int(topic.diagnostics.count)
        for diagnostic in topic.diagnostics {
            string(diagnostic.path)
            int(diagnostic.location.line)
            int(diagnostic.location.column)
            int(diagnostic.severity == .error ? 1 : 0)
            string(diagnostic.code)
            string(diagnostic.message)
            optional(diagnostic.hint)
        }
    }
}

struct ByteReader {
    struct Corrupt: Error {}

    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func int() throws -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Corrupt() }
            let byte = bytes[at]
            at += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: value) }
            shift += 7
        }
    }

    /// A length or count: never negative, never past the end.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw Corrupt() }
        return n
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var result: [String] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(try string()) }
        return result
    }

    mutating func optional() throws -> String? {
        try int() == 0 ? nil : try string()
    }

    mutating func summary() throws -> TopicSummary {
        let path = try string(), title = try string(), description = try optional()
        let date = try int() == 0 ? nil : LearnDate(year: try int(), month: try int(), day: try int())
        let codes = try strings(), codesLine = try int(), includes = try strings(), anchors = try strings()
        var references: [Reference] = []
        for _ in 0..<(try count()) {
            let kind: Reference.Kind = try int() == 1 ? .image : .link
            references.append(Reference(kind: kind, destination: try string(), location: SourceLocation(line: try int(), column: try int())))
        }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try count()) {
            let path = try string(), location = SourceLocation(line: try int(), column: try int())
            let severity: Diagnostic.Severity = try int() == 1 ? .error : .warning
            diagnostics.append(Diagnostic(path: path, location: location, severity: severity, code: try string(), message: try string(),
                                          hint: try optional()))
        }
        return TopicSummary(path: path, title: title, description: description, date: date, codes: codes, codesLine: codesLine,
                            includes: includes, anchors: anchors, references: references, diagnostics: diagnostics)
    }
}
