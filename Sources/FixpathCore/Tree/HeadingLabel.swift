/// What a heading's own words say it is, before any rule looks at its neighbours.
public enum HeadingLabel: Hashable, Sendable {
    /// "Method 2: …", "Solution 1 - …", "Option B: …", "Resolution - Method 2": one alternative to try.
    case numbered(keyword: String, tag: String)
    /// "Step 3", "Part 2: …", "1. Make sure…": one part of a single procedure.
    case step(tag: String)
    /// "Scenario 2: …", "Cause 1", "Error: …", "Cause and solution for situation 1", "Resolution for cause 2":
    /// one of several situations a reader matches.
    case situation(keyword: String, tag: String?)
    /// "Resolution", "Workaround", "Troubleshooting steps", "How to fix this issue", "Resolution for Windows 10".
    case remedy(qualified: Bool)
    case none

    init(_ words: HeadingWords, raw: String) {
        self = Self.numberedOrSituation(words, raw: raw) ?? Self.step(words, raw: raw) ?? Self.remedy(words) ?? Self.quotedMessage(raw) ?? .none
    }

    /// A heading that is a quoted message (`"The server is not ready"`) names an error a reader sees.
    private static func quotedMessage(_ raw: String) -> HeadingLabel? {
        let t = raw.trimming(" ")
        guard t.count > 4, let first = t.first, let last = t.last, "\"“”'".contains(first), "\"“”'".contains(last) else { return nil }
        return .situation(keyword: "message", tag: nil)
    }

    /// The word that labels an alternative or a situation: `method`, `option`, `scenario`, `cause`.
    var keyword: String? {
        switch self {
        case .numbered(let keyword, _), .situation(let keyword, _): return keyword
        default: return nil
        }
    }

    var isStep: Bool { if case .step = self { return true }; return false }
    var isNumbered: Bool { if case .numbered = self { return true }; return false }
    var isSituation: Bool { if case .situation = self { return true }; return false }
    var isRemedy: Bool { if case .remedy = self { return true }; return false }

    private static func numberedOrSituation(_ h: HeadingWords, raw: String) -> HeadingLabel? {
        var w = Array(h.words)
        guard w.count >= 2 else { return nil }
        // "Cause and solution for situation 1", "Resolution for cause 2", "Workaround for scenario B".
        if let forIndex = w.firstIndex(of: "for"), forIndex <= 3, forIndex + 1 < w.count,
           Lexicon.remedyNouns.contains(w[0]) || (w[0] == "cause" && w[1] == "and"),
           Lexicon.situationKeywords.contains(w[forIndex + 1]) {
            let tag = forIndex + 2 < w.count && HeadingWords.isTag(w[forIndex + 2]) ? w[forIndex + 2] : nil
            return .situation(keyword: w[forIndex + 1] == "situation" || w[forIndex + 1] == "scenario" ? w[forIndex + 1] : "cause", tag: tag)
        }
        if w[0] == "cause", w[1] == "and", w.count > 2, Lexicon.remedyNouns.contains(w[2]) { return .situation(keyword: "cause", tag: nil) }
        // "Resolution - Method 2": the remedy word leads a numbered alternative.
        if Lexicon.remedyNouns.contains(w[0]), !HeadingWords.isTag(w[1]), w.count > 2, Lexicon.alternativeKeywords.contains(w[1]),
           HeadingWords.isNumber(w[2]) {
            w.removeFirst()
        }
        let keyword = w[0]
        let isSituation = Lexicon.situationKeywords.contains(keyword)
        guard isSituation || Lexicon.alternativeKeywords.contains(keyword) else { return nil }
        if HeadingWords.isTag(w[1]) {
            // A letter is a label only when a separator or the end follows it: "Option A:" but not "Option a new…".
            if HeadingWords.isLetterLabel(w[1]) || w[1].count > 1 && !HeadingWords.isNumber(w[1]) {
                guard separatorFollows(w[1], after: keyword, in: raw) else { return nil }
            }
            return isSituation ? .situation(keyword: keyword, tag: w[1]) : .numbered(keyword: keyword, tag: w[1])
        }
        // "Error: The operation timed out", "Scenario: a shared mailbox".
        if isSituation, keyword != "reason", separatorFollows(keyword, after: nil, in: raw) { return .situation(keyword: keyword, tag: nil) }
        return nil
    }

    /// Whether `word` (after `keyword`, when given) is followed by `:`, `-`, `.`, `)` or the end of the heading.
    private static func separatorFollows(_ word: String, after keyword: String?, in raw: String) -> Bool {
        let lower = HeadingWords.normalize(raw)
        var search = lower.startIndex..<lower.endIndex
        if let keyword, let k = lower.range(of: keyword) { search = k.upperBound..<lower.endIndex }
        guard let found = lower.range(of: word, range: search) else { return false }
        let rest = lower[found.upperBound...].drop { $0 == " " }
        guard let next = rest.first else { return true }
        return ":-–—.)".contains(next)
    }

    private static func step(_ h: HeadingWords, raw: String) -> HeadingLabel? {
        let w = h.words
        if w.count >= 2, Lexicon.stepKeywords.contains(w[0]), HeadingWords.isNumber(w[1]) { return .step(tag: w[1]) }
        // "1. Make sure…", "2) Configure…", "1.2 - Enable TLS": a heading numbered like a list item.
        let lower = HeadingWords.normalize(raw)
        let digits = lower.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let first = digits.first, first.isNumber, digits.count <= 6 else { return nil }
        var rest = lower[digits.endIndex...]
        let closedByDot = digits.last == "." && digits.dropLast().allSatisfy { $0.isNumber }
        if rest.first == ")" || closedByDot { return .step(tag: String(digits.filter { $0 != "." || !closedByDot })) }
        rest = rest.drop { $0 == " " }
        if let next = rest.first, "-–—:".contains(next) { return .step(tag: String(digits)) }
        return nil
    }

    private static func remedy(_ h: HeadingWords) -> HeadingLabel? {
        guard let first = h.first else { return nil }
        if Lexicon.remedyNouns.contains(first) { return .remedy(qualified: h.count > 1) }
        let phrases = ["troubleshooting steps", "troubleshooting step", "how to fix", "how to resolve", "how to solve", "how to repair",
                       "how to work around", "to fix", "to resolve", "to solve", "steps to fix", "steps to resolve", "what to do",
                       "quick fix", "quick resolution", "quick solution", "recommended action", "recommended actions", "user action",
                       "suggested fix", "suggested solution", "suggested action", "action to take", "actions to take"]
        if phrases.contains(where: { h.starts(with: $0) }) { return .remedy(qualified: true) }
        if h.words == ["troubleshooting"] || h.words == ["resolution", "steps"] { return .remedy(qualified: false) }
        // "Error mitigations", "Possible solutions", "Known workarounds": a short heading that ends with a remedy noun.
        if h.count <= 3, let last = h.words.last, Lexicon.remedyNouns.contains(last), last != "fix", last != "resolve" { return .remedy(qualified: true) }
        return nil
    }
}
