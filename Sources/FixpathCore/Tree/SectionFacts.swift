/// Everything the tree rules ask about one section, worked out once per section.
public struct SectionFacts: Sendable {
    public let heading: Heading
    public let words: HeadingWords
    public let label: HeadingLabel
    /// The heading speaks as a reader's role: "I got this bounce message…", "I'm an email admin…".
    public let isRoleHeading: Bool
    /// The heading asks the reader to choose: "What do you want to do?", "Which version do you use?".
    public let asksToChoose: Bool
    /// The heading speaks in the first person: "My network uses a VPN gateway".
    public let isFirstPerson: Bool
    /// The section and its subsections hold only links (and a few words around them).
    public let linksOnly: Bool
    /// In-page anchors its own text links to, in order.
    public let inPageLinks: [String]
    /// Its own text starts with a quoted message or code: the error a reader sees.
    public let opensWithQuote: Bool
    /// The question its own text ends with ("Are the networks in the same subscription?"), if any.
    public let closingQuestion: String?
    /// A paragraph of its own text starts with a bold cause or remedy label ("**Cause:**", "**Solution:**").
    public let hasInlinePairLabels: Bool
    /// Its own text ends by saying the subsections are done in order ("follow these steps", "one by one").
    public let announcesSequence: Bool
    /// In-page anchors its own text lists in a numbered list: subsections written as steps.
    public let orderedLinks: [String]
    /// The heading is a condition: "If you're using a private endpoint", "When the error occurs on start".
    public let isCondition: Bool
    /// The tab ids of each tab group in its own text.
    public let tabSets: [[String]]
    /// Headings below it that are labelled as alternatives or remedies ("Method 2", "Workaround").
    public let labelledFixesBelow: [String]

    public var anchor: String { heading.anchor }
    public var text: String { heading.text }
    public var line: Int { heading.location.line }

    init(_ section: Section) {
        heading = section.heading
        let text = section.heading.text
        words = HeadingWords(text)
        label = HeadingLabel(words, raw: text)
        isRoleHeading = Self.speaksAsRole(words)
        isFirstPerson = words.starts(with: Lexicon.firstPersonWords) && !isRoleHeading
        asksToChoose = Self.asksToChoose(words)
        linksOnly = BlockFacts.linksOnly(section)
        inPageLinks = BlockFacts.inPageLinks(section.blocks)
        opensWithQuote = BlockFacts.opensWithQuote(section.blocks)
        closingQuestion = BlockFacts.closingQuestion(section.blocks)
        hasInlinePairLabels = BlockFacts.hasInlinePairLabels(section.blocks)
        announcesSequence = BlockFacts.announcesSequence(section.blocks)
        orderedLinks = BlockFacts.orderedLinks(section.blocks)
        isCondition = words.starts(with: ["if", "when"]) && words.count > 2 && !isRoleHeading
        labelledFixesBelow = section.children.flatMap(\.all).compactMap { below in
            let w = HeadingWords(below.heading.text)
            let label = HeadingLabel(w, raw: below.heading.text)
            return label.isNumbered || label.isRemedy ? below.heading.text : nil
        }
        tabSets = section.blocks.compactMap { block in
            if case .tabGroup(let tabs, _) = block { return tabs.map(\.id) }
            return nil
        }
    }

    /// "I got this bounce message…", "I'm an email admin…", "For admins", "If you're the sender…".
    static func speaksAsRole(_ w: HeadingWords) -> Bool {
        let t = w.normalized
        return ["i got ", "i received ", "i'm ", "im ", "i am ", "if you're ", "if you are ", "for senders", "for admins",
                "for email admins", "for administrators", "for users", "as a "].contains { t.hasPrefix($0) }
            && (t.contains("bounce") || t.contains("admin") || t.contains("owner") || t.contains("sender")
                || t.contains("user") || t.contains("fix") || t.contains("message") || t.contains("received"))
    }

    /// A question to the reader about their situation or intent, not about causes or background.
    static func asksToChoose(_ w: HeadingWords) -> Bool {
        guard w.isQuestion, let first = w.first else { return false }
        let asks: Set<String> = ["what", "what's", "which", "where", "who", "how", "are", "do", "have", "can"]
        guard asks.contains(first), w.containsAny(["you", "your", "you're", "yours"]) else { return false }
        // "How do you know this worked?", "What do you need before you begin?" are background, not choices.
        if w.containsAny(Lexicon.outcomeWords) || w.contains("before") || w.contains("need") && w.contains("know") { return false }
        return true
    }

    /// "I got this bounce message. How do I fix it?" reads as "I got this bounce message".
    static func roleLabel(_ text: String) -> String {
        var label = text
        for separator in [". ", "? ", ": ", ", how "] {
            if let r = label.range(of: separator) { label = String(label[..<r.lowerBound]) }
        }
        return label.trimming(" .?:")
    }

    /// `sender` or `admin`, for a role heading's choice slug.
    static func roleSlug(_ text: String) -> String? {
        let t = HeadingWords.normalize(text)
        if t.contains("admin") || t.contains("owner") || t.contains("administrator") { return "admin" }
        if t.hasPrefix("i got") || t.hasPrefix("i received") || t.contains("sender") || t.contains("bounce message") { return "sender" }
        if t.contains("user") { return "user" }
        return nil
    }
}

extension String {
    /// The string without any of `set`'s characters at either end.
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
