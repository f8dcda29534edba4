import Foundation
import FixpathCore

/// The full-text index, built at build time and embedded as a script so search works from file://.
///
/// Terms are sorted for prefix lookups; each term's postings list the documents that contain it.
struct SearchIndex {
    struct Document: Sendable {
        var href: String
        var title: String
        var description: String
        /// Status codes and ranges as written: `5.7.124`, `5.1.1-5.1.20`.
        var codes: [String]
        /// The words search finds the document by, as places in the term table; those of its title and headings first.
        var terms: [Int32]
        /// How many of `terms` come from the title and headings.
        var headingTerms: Int
        /// The table-of-contents groups that lead to it, as shown in results.
        var section: String
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "are", "but", "not", "you", "your", "with", "this", "that", "from", "can", "was", "were",
        "will", "has", "have", "had", "its", "it's", "into", "than", "then", "there", "these", "those", "they", "their",
        "them", "what", "when", "which", "who", "how", "why", "all", "any", "more", "most", "other", "some", "such",
        "only", "own", "same", "too", "very", "just", "also", "does", "did", "doing", "our", "out", "over", "under",
        "again", "about", "after", "before", "while", "where", "each", "both", "few", "because", "until", "she", "his",
        "her", "him", "here", "through", "during", "above", "below", "off", "further", "once", "should", "would",
        "could", "may", "might", "must", "shall", "use", "using", "used",
    ]

    /// Lowercased words of two to forty letters or digits, without stop words, each once, in the
    /// order they first appear. The text is cut at ASCII punctuation and spaces byte by byte; a piece
    /// is made a `String` only the first time it appears (found by its 64-bit FNV-1a hash), and only
    /// pieces with non-ASCII letters take the Unicode path.
    /// Words in `earlier` (terms already taken from another text) are left out.
    static func terms(in text: String, besides earlier: [String] = []) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [String] = []
            var seen = SeenHashes()
            for word in earlier { _ = seen.insert(FNV1a.bytes(word)) }
            var hash = FNV1a.seed
            var start = 0
            var unicode = false
            for i in 0...bytes.count {
                let byte = i < bytes.count ? bytes[i] : UInt8(ascii: " ")
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                    hash = FNV1a.step(hash, byte)
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    hash = FNV1a.step(hash, byte + 32)
                    continue
                case 0x80...:
                    unicode = true
                    hash = FNV1a.step(hash, byte)
                    continue
                default:
                    break
                }
                let length = i - start
                if length > 0, seen.insert(unicode ? hash ^ pieceMark : hash) {
                    let piece = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    if unicode {
                        for word in words(of: String(decoding: piece, as: UTF8.self)) where seen.insert(FNV1a.bytes(word)) {
                            result.append(word)
                        }
                    } else if length >= 2, length <= 40, !StopWords.contains(hash, piece) {
                        result.append(String(unsafeUninitializedCapacity: length) { buffer in
                            for (j, b) in piece.enumerated() { buffer[j] = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b }
                            return length
                        })
                    }
                }
                start = i + 1
                hash = FNV1a.seed
                unicode = false
            }
            return result
        }
    }

    /// Marks the hash of a non-ASCII piece apart from the hashes of the words it holds.
    private static let pieceMark: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// The stop words by their hashes, sorted, so that a word is checked before it is made a `String`.
    private enum StopWords {
        static let hashes: [(hash: UInt64, word: String)] = stopWords.map { (FNV1a.bytes($0), $0) }.sorted { $0.hash < $1.hash }

        /// True when the lowercased `piece`, whose hash is `hash`, is a stop word.
        static func contains(_ hash: UInt64, _ piece: UnsafeBufferPointer<UInt8>) -> Bool {
            var low = 0, high = hashes.count
            while low < high {
                let mid = (low + high) / 2
                if hashes[mid].hash < hash { low = mid + 1 } else { high = mid }
            }
            guard low < hashes.count, hashes[low].hash == hash else { return false }
            let word = hashes[low].word
            guard word.utf8.count == piece.count else { return false }
            return zip(word.utf8, piece).allSatisfy { $0 == ($1 >= UInt8(ascii: "A") && $1 <= UInt8(ascii: "Z") ? $1 + 32 : $1) }
        }
    }

    /// Terms numbered by their place in a table that only grows; looked up by FNV-1a hash (much
    /// cheaper than `Dictionary`'s seeded hashing of tens of thousands of strings) and confirmed by text.
    struct TermTable {
        private(set) var terms: [String] = []
        private var slots: [Int32] = Array(repeating: -1, count: 1024)
        private var hashes: [UInt64] = Array(repeating: 0, count: 1024)

        init(_ terms: [String]) {
            for term in terms { _ = number(term) }
        }

        /// The term's place, added at the end when it is new.
        mutating func number(_ term: String) -> Int32 {
            let hash = FNV1a.bytes(term)
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] >= 0 {
                if hashes[i] == hash, terms[Int(slots[i])] == term { return slots[i] }
                i = (i + 1) & mask
            }
            let id = Int32(terms.count)
            terms.append(term)
            slots[i] = id
            hashes[i] = hash
            if terms.count * 2 > slots.count { grow() }
            return id
        }

        private mutating func grow() {
            slots = Array(repeating: -1, count: slots.count * 2)
            hashes = Array(repeating: 0, count: slots.count)
            let mask = slots.count - 1
            for (id, term) in terms.enumerated() {
                let hash = FNV1a.bytes(term)
                var i = Int(truncatingIfNeeded: hash) & mask
                while slots[i] >= 0 { i = (i + 1) & mask }
                slots[i] = Int32(id)
                hashes[i] = hash
            }
        }
    }

    /// A set of 64-bit hashes that are hashes already: open addressing, no rehashing of the keys.
    private struct SeenHashes {
        private var slots = [UInt64](repeating: 0, count: 1024)
        private var count = 0

        /// Adds the hash; false when it was there.
        mutating func insert(_ hash: UInt64) -> Bool {
            let key = hash == 0 ? 1 : hash
            if count * 2 >= slots.count { grow() }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 {
                if slots[i] == key { return false }
                i = (i + 1) & mask
            }
            slots[i] = key
            count += 1
            return true
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            count = 0
            for key in old where key != 0 { _ = insert(key) }
        }
    }

    /// The words of a piece with non-ASCII characters, cut at anything that is not a letter, an
    /// ASCII digit or `_` (such as a no-break space or a curly quote).
    private static func words(of piece: String) -> [String] {
        var words: [String] = []
        var word = ""
        func flushWord() {
            if word.count >= 2, word.count <= 40, !stopWords.contains(word) { words.append(word) }
            word = ""
        }
        for scalar in piece.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                word.unicodeScalars.append(scalar)
            } else {
                flushWord()
            }
        }
        flushWord()
        return words
    }

    /// `window.FIXPATH_INDEX = {"postings":[...],"heads":[...],"terms":"..."};`: each sorted term's
    /// documents, and those among them that have it in their title or headings, as places in the
    /// list of `docsScript`. `table` holds the terms the documents refer to by place.
    static func script(_ documents: [Document], table: [String]) -> String {
        var out: [UInt8] = Array("window.FIXPATH_INDEX = {".utf8)
        out += postingsJSON(documents, table: table)
        out += "};\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// `window.FIXPATH_DOCS = [[href, title, description, codes, section], ...];`, which changes only when the
    /// site's listing does.
    static func docsScript(_ documents: [Document]) -> String {
        var out: [UInt8] = Array("window.FIXPATH_DOCS = [".utf8)
        out += docsJSON(documents)
        out += "];\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    private static func docsJSON(_ documents: [Document]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(documents.count * 256)
        for (i, doc) in documents.enumerated() {
            out += (i > 0 ? ",[" : "[").utf8
            for (n, field) in [doc.href, doc.title, doc.description, doc.codes.joined(separator: " "), doc.section].enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                ScriptJSON.appendQuoted(field, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        return out
    }

    /// `"postings":[…],"heads":[…],"terms":"…"` for the sorted terms.
    private static func postingsJSON(_ documents: [Document], table: [String]) -> [UInt8] {
        // Each term's documents sit side by side in one flat list, found by counting first; a
        // document that has the term in its title or headings is marked in a second list beside it.
        var starts = [Int](repeating: 0, count: table.count + 1)
        for document in documents {
            for id in document.terms { starts[Int(id) + 1] += 1 }
        }
        for i in table.indices { starts[i + 1] += starts[i] }
        var filled = Array(starts.dropLast())
        var postings = [Int32](repeating: 0, count: starts[table.count])
        var headed = [Bool](repeating: false, count: postings.count)
        for (i, document) in documents.enumerated() {
            for (n, id) in document.terms.enumerated() {
                postings[filled[Int(id)]] = Int32(i)
                headed[filled[Int(id)]] = n < document.headingTerms
                filled[Int(id)] += 1
            }
        }
        let order = table.indices.filter { starts[$0 + 1] > starts[$0] }.sorted { table[$0] < table[$1] }
        var out: [UInt8] = Array("\"postings\":[".utf8)
        out.reserveCapacity(postings.count * 4 + order.count * 3)
        for (i, id) in order.enumerated() {
            out += (i > 0 ? ",\"" : "\"").utf8
            encode(postings[starts[id]..<starts[id + 1]], into: &out)
            out.append(UInt8(ascii: "\""))
        }
        out += "],\"heads\":[".utf8
        for (i, id) in order.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let range = starts[id]..<starts[id + 1]
            guard headed[range].contains(true) else {
                out += "0".utf8
                continue
            }
            out.append(UInt8(ascii: "\""))
            encode(ArraySlice(range.filter { headed[$0] }.map { postings[$0] }), into: &out)
            out.append(UInt8(ascii: "\""))
        }
        out += "],\"terms\":".utf8
        ScriptJSON.appendQuoted(order.map { table[$0] }.joined(separator: " "), to: &out)
        return out
    }

    /// The enhanced status codes in text (`5.7.124`, with the class 2, 4 or 5), each once, found
    /// byte by byte: a digit run after a class digit and a dot, not inside a longer dotted number.
    static func codes(in text: String) -> [String] {
        var found: [String] = []
        var text = text
        text.withUTF8 { bytes in
            func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
            func run(_ from: Int) -> Int {
                var i = from
                while isDigit(i), i - from < 4 { i += 1 }
                return i - from
            }
            guard let base = bytes.baseAddress else { return }
            var i = 0
            while i < bytes.count, let hit = memchr(base + i, Int32(UInt8(ascii: ".")), bytes.count - i) {
                let dot = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                i = dot + 1
                let k = dot - 1
                guard k >= 0, bytes[k] == UInt8(ascii: "2") || bytes[k] == UInt8(ascii: "4") || bytes[k] == UInt8(ascii: "5"),
                      !isDigit(k - 1), k == 0 || bytes[k - 1] != UInt8(ascii: ".") else { continue }
                let subject = run(dot + 1)
                guard (1...3).contains(subject), dot + 1 + subject < bytes.count, bytes[dot + 1 + subject] == UInt8(ascii: ".") else { continue }
                let detailStart = dot + 2 + subject
                let detail = run(detailStart)
                let end = detailStart + detail
                guard (1...3).contains(detail), !(end + 1 < bytes.count && bytes[end] == UInt8(ascii: ".") && isDigit(end + 1)) else { continue }
                let code = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<end]), as: UTF8.self)
                if !found.contains(code) { found.append(code) }
                i = end
            }
        }
        return found
    }

    /// Ascending ids as base-36 gaps: `0,5,9` is written `0 5 4`.
    static func encode(_ ids: ArraySlice<Int32>, into out: inout [UInt8]) {
        func digit(_ d: Int) -> UInt8 { d < 10 ? UInt8(ascii: "0") + UInt8(d) : UInt8(ascii: "a") + UInt8(d - 10) }
        var previous = 0
        var first = true
        for id in ids {
            if !first { out.append(UInt8(ascii: " ")) }
            first = false
            var gap = Int(id) - previous
            previous = Int(id)
            if gap < 36 {
                out.append(digit(gap))
                continue
            }
            var scale = 36
            while scale <= gap / 36 { scale *= 36 }
            while scale > 0 {
                out.append(digit(gap / scale))
                gap %= scale
                scale /= 36
            }
        }
    }

    /// `window.FIXPATH_CODES = [[href, title, "5.7.124 5.1.1-5.1.20"], ...];` for the bounce-message box.
    static func codesScript(_ documents: [Document]) -> String {
        let rows = documents.filter { !$0.codes.isEmpty }.map { doc -> [Any] in
            [doc.href, doc.title, doc.codes.joined(separator: " ")]
        }
        return "window.FIXPATH_CODES = " + ScriptJSON.string(rows) + ";\n"
    }
}

/// A topic's search terms as places in the term table, those of its title and headings first.
public struct TermIDs: Sendable {
    var ids: [Int32]
    /// How many of `ids` come from the title and headings.
    var headings: Int
}

/// Numbers each topic's search terms in one table while the topics are read on all cores, so no
/// core waits for a numbering pass after reading. Which topic comes first decides the numbers, not
/// the site: the index lists the terms sorted.
public final class SearchTermNumbering: @unchecked Sendable {
    private let lock = NSLock()
    private let previous: [String]
    private var numbers: SearchIndex.TermTable?

    /// Continues the term table of `previous`, the cache whose pages the build reuses.
    public init(continuing previous: BuildCache?) {
        self.previous = previous?.terms ?? []
    }

    /// The topic's search terms, as places in the table.
    @Sendable public func number(_ topic: Topic) -> TermIDs {
        let words = SiteWriter.searchTerms(of: topic)
        lock.lock()
        defer { lock.unlock() }
        if numbers == nil { numbers = SearchIndex.TermTable(previous) }
        return TermIDs(ids: words.terms.map { numbers!.number($0) }, headings: words.headings)
    }

    /// The table, once every topic is numbered.
    public var table: [String] {
        lock.lock()
        defer { lock.unlock() }
        return numbers?.terms ?? previous
    }
}
