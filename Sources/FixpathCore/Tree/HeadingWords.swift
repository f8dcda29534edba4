/// A heading (or a line of text) read as lowercase words, worked out once.
///
/// Rules look at words, never at raw text: "Step 1: Check the MX record" is
/// `["step", "1", "check", "the", "mx", "record"]`. Apostrophes stay inside words ("don't"),
/// and hyphens and dots stay inside words ("on-premises", "5.7.124", ".net").
public struct HeadingWords: Sendable, Hashable {
    /// The text lowercased, with the typographic apostrophe as `'` and no spaces around.
    public let normalized: String
    public let words: [String]
    /// The text ends with a question mark.
    public let isQuestion: Bool

    public init(_ text: String) {
        normalized = Self.normalize(text)
        words = Self.split(normalized)
        isQuestion = normalized.utf8.last == UInt8(ascii: "?")
    }

    public var first: String? { words.first }
    public var count: Int { words.count }

    public func contains(_ word: String) -> Bool { words.contains(word) }
    public func containsAny(_ set: Set<String>) -> Bool { words.contains { set.contains($0) } }
    public func starts(with set: Set<String>) -> Bool { first.map { set.contains($0) } ?? false }

    /// The words after the first `n`.
    public func dropping(_ n: Int) -> ArraySlice<String> { words.dropFirst(n) }

    /// Whether the words contain `phrase` (space-separated words) in a row.
    public func contains(phrase: String) -> Bool {
        let wanted = phrase.split(separator: " ").map(String.init)
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        for start in 0...(words.count - wanted.count) where words[start] == wanted[0] {
            if Array(words[start..<(start + wanted.count)]) == wanted { return true }
        }
        return false
    }

    /// Whether the words start with `phrase`.
    public func starts(with phrase: String) -> Bool {
        let wanted = phrase.split(separator: " ").map(String.init)
        return words.count >= wanted.count && Array(words.prefix(wanted.count)) == wanted
    }

    /// The index of the first word in `set`, if any.
    public func firstIndex(in set: Set<String>) -> Int? { words.firstIndex { set.contains($0) } }

    static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(text.utf8)
            for i in bytes.indices where bytes[i] >= UInt8(ascii: "A") && bytes[i] <= UInt8(ascii: "Z") { bytes[i] += 32 }
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars { out.append(scalar == "\u{2019}" ? "'" : scalar) }
        var result = Substring(String(out))
        while result.first == " " || result.first == "\t" { result.removeFirst() }
        while result.last == " " || result.last == "\t" { result.removeLast() }
        return String(result)
    }

    static func split(_ lower: String) -> [String] {
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            return lower.utf8.split(whereSeparator: { b in
                !(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) && !(b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                    && b != UInt8(ascii: "'") && b != UInt8(ascii: "-") && b != UInt8(ascii: ".") && b != UInt8(ascii: "#")
                    && b != UInt8(ascii: "+")
            }).compactMap { word -> String? in
                var w = word
                while let b = w.first, b == UInt8(ascii: ".") || b == UInt8(ascii: "'") || b == UInt8(ascii: "-") { w = w.dropFirst() }
                while let b = w.last, b == UInt8(ascii: ".") || b == UInt8(ascii: "'") || b == UInt8(ascii: "-") { w = w.dropLast() }
                return w.isEmpty ? nil : String(decoding: w, as: UTF8.self)
            }
        }
        return lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && !"'-.#+".contains($0) })
            .map { word -> String in
                var w = word
                while w.first == "." || w.first == "'" || w.first == "-" { w.removeFirst() }
                while w.last == "." || w.last == "'" || w.last == "-" { w.removeLast() }
                return String(w)
            }
            .filter { !$0.isEmpty }
    }

    /// A word made only of digits (and dots between them): "1", "2.1", "2016".
    static func isNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        return word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    }

    /// A single letter used as a label: "a" in "Option A".
    static func isLetterLabel(_ word: String) -> Bool {
        word.utf8.count == 1 && word.utf8.first.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } == true
    }

    /// A label tag: a number, a single letter, a number with a letter ("1a"), or a roman numeral up to ten.
    static func isTag(_ word: String) -> Bool {
        isNumber(word) || isLetterLabel(word) || ["ii", "iii", "iv", "vi", "vii", "viii", "ix"].contains(word)
            || word.count <= 4 && isNumber(String(word.dropLast())) && word.last.map { $0.isLetter && $0.isASCII } == true
    }
}
