import Foundation
import FixpathCore

/// The full-text index, built at build time and embedded as a script so search works from file://.
///
/// Terms are sorted for prefix lookups; each term's postings list the documents that contain it.
struct SearchIndex {
    struct Document {
        var href: String
        var title: String
        var description: String
        var codes: [StatusCodeRange]
        var text: String
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

    static func terms(in text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        func flush() {
            if current.count >= 2, current.count <= 40, !stopWords.contains(current) { result.insert(current) }
            current = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// `window.FIXPATH_INDEX = {...};`
    static func script(_ documents: [Document]) -> String {
        var postings: [String: [Int]] = [:]
        for (i, doc) in documents.enumerated() {
            for term in terms(in: doc.title + " " + doc.description + " " + doc.text) { postings[term, default: []].append(i) }
        }
        let sortedTerms = postings.keys.sorted()
        let docs = documents.map { doc -> [Any] in
            [doc.href, doc.title, doc.description, doc.codes.map(\.description).joined(separator: " ")]
        }
        let object: [String: Any] = [
            "docs": docs,
            "terms": sortedTerms.joined(separator: " "),
            "postings": sortedTerms.map { term in Self.encode(postings[term]!) },
        ]
        return "window.FIXPATH_INDEX = " + ScriptJSON.string(object) + ";\n"
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

    static func string(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "null" }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }
}
