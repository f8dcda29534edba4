import Foundation

/// What a heading says about its section, read from its words alone.
///
/// The rules are written for Learn's troubleshooting families (NDR topics with role headings,
/// KB articles with Symptoms/Cause/Resolution) and are kept general: they look at the shape of
/// a heading, never at particular topics.
enum HeadingPatterns {
    enum Role: Equatable { case context, escalation, related, fix }

    static func role(_ text: String) -> Role {
        let t = normalized(text)
        guard let first = t.utf8.first else { return .fix }
        // Most headings start with a letter none of the phrases does; the first byte rules them out cheaply.
        if escalationStarts.contains(where: { $0.utf8.first == first && t.hasBytePrefix($0) }) { return .escalation }
        if relatedHeadings.contains(t) { return .related }
        if contextStarts.contains(where: { $0.whole.utf8.first == first && (t == $0.whole || t.hasBytePrefix($0.prefix)) }) { return .context }
        return .fix
    }

    private static let escalationStarts = ["still need help", "need more help", "get more help", "still having problems",
                                           "contact support", "contact microsoft support"]
    private static let relatedHeadings: Set<String> = ["see also", "related articles", "related topics", "related content", "related links",
                                                       "references", "reference", "more resources", "learn more", "additional resources",
                                                       "next steps"]
    /// A context heading is one of these words, or starts with them and a space.
    private static let contextStarts: [(whole: String, prefix: String)] = [
        "why did i get", "why do i get", "why am i getting", "why is", "why does", "cause", "causes",
        "symptom", "symptoms", "problem", "problems", "more information", "details for", "summary",
        "introduction", "overview", "background", "what's", "whats", "what is", "what are",
        "about", "steps to reproduce", "prerequisites", "requirements", "applies to",
        "more info", "additional information", "known issues", "issue description", "scenario",
        "technical details", "explanation", "understanding", "possible reason", "possible reasons", "possible cause",
        "possible causes", "common causes", "reasons why", "how it works", "terminology",
    ].map { ($0, $0 + " ") }

    /// "I got this bounce message…", "I'm an email admin…", "I'm the group owner or email admin…".
    static func isRole(_ text: String) -> Bool {
        let t = normalized(text)
        return ["i got ", "i received ", "i'm ", "im ", "i am ", "if you're ", "if you are ", "for senders", "for admins",
                "for email admins", "for administrators", "for users", "i'm a ", "as a "].contains { t.hasPrefix($0) }
            && (t.contains("bounce") || t.contains("admin") || t.contains("owner") || t.contains("sender")
                || t.contains("user") || t.contains("fix") || t.contains("message") || t.contains("received"))
    }

    /// `sender` or `admin`, for a role heading's choice slug.
    static func roleSlug(_ text: String) -> String? {
        let t = normalized(text)
        if t.contains("admin") || t.contains("owner") || t.contains("administrator") { return "admin" }
        if t.hasPrefix("i got") || t.hasPrefix("i received") || t.contains("sender") || t.contains("bounce message") { return "sender" }
        if t.contains("user") { return "user" }
        return nil
    }

    /// The role a heading speaks as: its first sentence, "I'm the group owner or email admin".
    static func roleLabel(_ text: String) -> String {
        var label = text
        for separator in [". ", "? ", ": ", ", how "] {
            if let r = label.range(of: separator) { label = String(label[..<r.lowerBound]) }
        }
        return label.trimmingCharacters(in: CharacterSet(charactersIn: " .?:"))
    }

    /// Numbered alternatives: "Method 1: …", "Solution 2 - …", "Option 3.", "Workaround 1", "Resolution - Method 2".
    static func alternative(_ text: String) -> (keyword: String, number: Int)? {
        numbered(text, keywords: ["method", "solution", "option", "workaround", "resolution", "fix", "approach"])
    }

    /// "Step 1", "Step 2: …": parts of one answer.
    static func step(_ text: String) -> Int? {
        numbered(text, keywords: ["step", "part", "phase", "stage"])?.number
    }

    private static func numbered(_ text: String, keywords: [String]) -> (keyword: String, number: Int)? {
        var words = words(text)
        if words.count > 1, ["resolution", "workaround", "solution"].contains(words[0]), !words[1].allSatisfy(\.isNumber) {
            words.removeFirst()
        }
        guard words.count >= 2, keywords.contains(words[0]), let n = Int(words[1]) else { return nil }
        let raw = text.lowercased()
        guard let keywordEnd = raw.range(of: words[0])?.upperBound,
              let numberRange = raw.range(of: words[1], range: keywordEnd..<raw.endIndex) else { return nil }
        let after = raw[numberRange.upperBound...]
        let separatorOK = after.isEmpty || after.hasPrefix(":") || after.hasPrefix(" -") || after.hasPrefix(" –")
            || after.hasPrefix(".") || after.hasPrefix(" ") || after.hasPrefix(")")
        return separatorOK ? (words[0], n) : nil
    }

    /// Words that name a tool, a version or a platform, which mark a group of headings as variants.
    static let variantWords: Set<String> = [
        "new", "classic", "old", "legacy", "modern", "web", "desktop", "mobile", "online", "app", "apps", "version",
        "versions", "mac", "macos", "windows", "ios", "android", "iphone", "ipad", "outlook", "eac", "powershell",
        "center", "centre", "portal", "server", "browser", "client", "edge", "chrome", "firefox", "safari", "explorer",
        "cmdlet", "cmdlets", "shell", "ui", "gui", "cli", "exchange", "teams", "sharepoint", "onedrive", "owa",
        "preview", "current", "earlier", "later", "cloud", "on-premises", "hybrid", "microsoft", "office", "win32",
        "x86", "x64", "arm", "linux", "admin",
    ]

    /// Headings that name one procedure for different tools or versions: "New EAC" / "Classic EAC".
    /// They share a leading or trailing word, and what differs names a tool or a version.
    /// Returns the prompt, and shorter labels when the headings share a long lead ("… in Outlook").
    static func variants(_ texts: [String]) -> (prompt: String, labels: [String])? {
        guard texts.count >= 2 else { return nil }
        let lists = texts.map(words)
        guard lists.allSatisfy({ !$0.isEmpty }) else { return nil }
        let prefix = commonPrefix(lists)
        let suffix = commonPrefix(lists.map { $0.reversed() }).reversed().map { $0 }
        let usePrefix = prefix.count >= suffix.count
        let shared = usePrefix ? prefix : suffix
        guard !shared.isEmpty else { return nil }
        let differing = lists.map { usePrefix ? Array($0.dropFirst(prefix.count)) : Array($0.dropLast(suffix.count)) }
        let named = differing.filter { part in part.contains { variantWords.contains($0) || $0.first?.isNumber == true } }
        guard named.count >= differing.count - 1, differing.contains(where: { !$0.isEmpty }) else { return nil }
        var lead = prefix.count
        while lead > 0, lists.contains(where: { $0.count <= lead }) { lead -= 1 }
        if usePrefix, lead >= 3 {
            let labels = texts.map { remainder(of: $0, afterWords: lead) }
            let firsts = labels.map { words($0).first ?? "" }
            let common = Set(firsts).count == 1 && !firsts[0].isEmpty ? labels[0].split(separator: " ").first.map(String.init) : nil
            return (common.map { "Which \($0) are you using?" } ?? "Which one are you using?", labels)
        }
        let subject = usePrefix ? Array(prefix.prefix(3)) : Array(suffix.suffix(3))
        let noun = tool(in: subject, original: texts[0])
        return (noun.map { "Which \($0) are you using?" } ?? "Which one are you using?", texts)
    }

    /// The text after the first `count` words, without a leading "in", "on", "with", "using" or "for".
    private static func remainder(of text: String, afterWords count: Int) -> String {
        var tokens = text.split(separator: " ").map(String.init)
        var seen = 0
        while !tokens.isEmpty, seen < count {
            seen += words(tokens[0]).count
            tokens.removeFirst()
        }
        if let first = tokens.first, ["in", "on", "with", "using", "for", "from", "by", "via"].contains(first.lowercased()), tokens.count > 1 {
            tokens.removeFirst()
        }
        let result = tokens.joined(separator: " ")
        return result.prefix(1).uppercased() + result.dropFirst()
    }

    private static func tool(in shared: [String], original: String) -> String? {
        guard shared.count <= 3 else { return nil }
        let originalWords = original.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        let cased = shared.map { word in originalWords.first { $0.lowercased() == word } ?? word }
        let verbs: Set<String> = ["use", "verify", "check", "update", "run", "add", "remove", "open", "change", "set", "configure", "create", "fix"]
        if let first = shared.first, verbs.contains(first) { return nil }
        return cased.joined(separator: " ")
    }

    private static func commonPrefix(_ lists: [[String]]) -> [String] {
        var result: [String] = []
        guard let first = lists.first else { return result }
        for (i, word) in first.enumerated() {
            guard lists.allSatisfy({ $0.count > i && $0[i] == word }) else { break }
            result.append(word)
        }
        return result
    }

    static func words(_ text: String) -> [String] {
        let lower = normalized(text)
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            return lower.utf8.split(whereSeparator: { b in
                !(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) && !(b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                    && b != UInt8(ascii: "'") && b != UInt8(ascii: "-") && b != UInt8(ascii: ".")
            }).compactMap { word -> String? in
                var w = word
                while let b = w.first, b == UInt8(ascii: ".") || b == UInt8(ascii: "'") { w = w.dropFirst() }
                while let b = w.last, b == UInt8(ascii: ".") || b == UInt8(ascii: "'") { w = w.dropLast() }
                let text = String(decoding: w, as: UTF8.self)
                return text.isEmpty || text == "-" ? nil : text
            }
        }
        return lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" && $0 != "." })
            .map { word -> String in
                var w = word
                while w.first == "." || w.first == "'" { w.removeFirst() }
                while w.last == "." || w.last == "'" { w.removeLast() }
                return String(w)
            }
            .filter { !$0.isEmpty && $0 != "-" }
    }

    /// Lowercase, with the typographic apostrophe as `'` and no spaces or tabs around.
    static func normalized(_ text: String) -> String {
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
}
