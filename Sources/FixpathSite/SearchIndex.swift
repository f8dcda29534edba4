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
        var codes: [StatusCodeRange]
        /// The words search finds the document by, from `terms(in:)`.
        var terms: Set<String>
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

    /// Lowercased words of two to forty letters or digits, without stop words. The text is cut at
    /// ASCII punctuation and spaces byte by byte; a piece is made a `String` only the first time it
    /// appears (found by a 64-bit hash), and only pieces with non-ASCII letters take the Unicode path.
    static func terms(in text: String) -> Set<String> {
        var result = Set<String>()
        var seen = Set<UInt64>()
        var current: [UInt8] = []
        current.reserveCapacity(64)
        let seed: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash = seed
        var unicode = false
        func flush() {
            defer {
                current.removeAll(keepingCapacity: true)
                hash = seed
                unicode = false
            }
            guard !current.isEmpty, seen.insert(hash).inserted else { return }
            if unicode {
                insertWords(of: String(decoding: current, as: UTF8.self), into: &result)
            } else if current.count >= 2, current.count <= 40 {
                let word = String(decoding: current, as: UTF8.self)
                if !stopWords.contains(word) { result.insert(word) }
            }
        }
        for byte in text.utf8 {
            var b = byte
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): break
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): b = byte + 32
            case 0x80...: unicode = true
            default:
                flush()
                continue
            }
            current.append(b)
            hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        flush()
        return result
    }

    /// Splits a piece with non-ASCII characters into words at anything that is not a letter, an ASCII
    /// digit or `_` (such as a no-break space or a curly quote).
    private static func insertWords(of piece: String, into result: inout Set<String>) {
        var word = ""
        func flushWord() {
            if word.count >= 2, word.count <= 40, !stopWords.contains(word) { result.insert(word) }
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
    }

    /// `window.FIXPATH_INDEX = {...};`
    static func script(_ documents: [Document]) -> String {
        var postings: [String: [Int]] = [:]
        for (i, document) in documents.enumerated() {
            for term in document.terms { postings[term, default: []].append(i) }
        }
        let sortedTerms = postings.keys.sorted()
        var out = "window.FIXPATH_INDEX = {\"docs\":["
        for (i, doc) in documents.enumerated() {
            if i > 0 { out += "," }
            out += "[" + [doc.href, doc.title, doc.description, doc.codes.map(\.description).joined(separator: " ")]
                .map(ScriptJSON.quoted).joined(separator: ",") + "]"
        }
        out += "],\"postings\":["
        for (i, term) in sortedTerms.enumerated() {
            if i > 0 { out += "," }
            out += "\"" + Self.encode(postings[term]!) + "\""
        }
        out += "],\"terms\":" + ScriptJSON.quoted(sortedTerms.joined(separator: " ")) + "};\n"
        return out
    }

    /// Ascending ids as base-36 gaps: `0,5,9` is written `0 5 4`.
    static func encode(_ ids: [Int]) -> String {
        var previous = 0
        return ids.map { id in
            defer { previous = id }
            return String(id - previous, radix: 36)
        }.joined(separator: " ")
    }

    /// `window.FIXPATH_CODES = [[href, title, "5.7.124 5.1.1-5.1.20"], ...];` for the bounce-message box.
    static func codesScript(_ documents: [Document]) -> String {
        let rows = documents.filter { !$0.codes.isEmpty }.map { doc -> [Any] in
            [doc.href, doc.title, doc.codes.map(\.description).joined(separator: " ")]
        }
        return "window.FIXPATH_CODES = " + ScriptJSON.string(rows) + ";\n"
    }
}

/// JSON that is safe inside a `<script>` element or a `.js` file.
enum ScriptJSON {
    /// A JSON string literal with `<`, `>`, `&`, U+2028 and U+2029 escaped as well.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }


    static func string(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "null" }
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 64)
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            switch b {
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            case 0xE2 where i + 2 < data.endIndex && data[i + 1] == 0x80 && (data[i + 2] == 0xA8 || data[i + 2] == 0xA9):
                out += Array((data[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
