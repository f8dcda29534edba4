/// Headings that name one procedure for different tools or versions are variants: they share a
/// leading or trailing word, and what differs names a tool, a platform or a version ("New EAC" /
/// "Classic EAC", "… in Outlook" / "… in Outlook on the web", "Windows 10" / "Windows 8.1"). The
/// shared word must not be a label such as "Step", "Method" or "Resolution".
struct VariantsRule: ChoiceRule {
    let name = "Variants"
    let modes: Set<InferenceMode> = [.decision, .reading]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        // A page to read offers variants only when every heading names its tool or version.
        guard let variant = Self.variants(group.texts, strict: group.mode != .decision) else { return nil }
        return (.question(QuestionShape(selection: .variant, prompt: variant.prompt, labels: variant.labels)),
                "\(Quote.list(group.texts)) differ by \(variant.differing)")
    }

    struct Variant {
        var prompt: String
        var labels: [String]
        /// What differs, for the explanation: "the tool or version words 'new', 'classic'".
        var differing: String
    }

    static func variants(_ texts: [String], strict: Bool = false) -> Variant? {
        guard texts.count >= 2, !texts.contains(where: { $0.hasPrefix("\"") || $0.hasPrefix("“") }) else { return nil }
        let lists = texts.map { HeadingWords($0).words }
        guard lists.allSatisfy({ !$0.isEmpty }) else { return nil }
        let prefix = commonPrefix(lists)
        let suffix = Array(commonPrefix(lists.map { $0.reversed() }).reversed())
        let usePrefix = prefix.count >= suffix.count
        let shared = usePrefix ? prefix : suffix
        guard !shared.isEmpty else { return nil }
        let labelWords = Lexicon.remedyNouns.union(Lexicon.alternativeKeywords).union(Lexicon.stepKeywords).union(Lexicon.situationKeywords)
        // "Step 1" / "Step 2", "Resolution" / "Resolution - download": a shared label is not a tool.
        if usePrefix, labelWords.contains(shared[0]), shared.count == 1 || HeadingWords.isTag(shared[1]) { return nil }
        let differing = lists.map { usePrefix ? Array($0.dropFirst(prefix.count)) : Array($0.dropLast(suffix.count)) }
        let named = differing.filter { part in part.contains { Lexicon.variantWords.contains($0) || $0.first?.isNumber == true } }
        guard named.count >= differing.count - (strict ? 0 : 1), differing.contains(where: { !$0.isEmpty }) else { return nil }
        let markers = Array(Set(differing.flatMap { $0.filter { Lexicon.variantWords.contains($0) || $0.first?.isNumber == true } })).sorted()
        let why = "the tool or version words " + markers.prefix(4).map { "'\($0)'" }.joined(separator: ", ")
        var lead = prefix.count
        while lead > 0, lists.contains(where: { $0.count <= lead }) { lead -= 1 }
        if usePrefix, lead >= 3 {
            let labels = texts.map { remainder(of: $0, afterWords: lead) }
            let firsts = labels.map { HeadingWords($0).words.first ?? "" }
            let common = Set(firsts).count == 1 && !firsts[0].isEmpty ? labels[0].split(separator: " ").first.map(String.init) : nil
            return Variant(prompt: common.map { "Which \($0) are you using?" } ?? ChoicePrompts.whichOne, labels: labels, differing: why)
        }
        let subject = usePrefix ? Array(prefix.prefix(3)) : Array(suffix.suffix(3))
        let noun = tool(in: subject, original: texts[0])
        return Variant(prompt: noun.map { "Which \($0) are you using?" } ?? ChoicePrompts.whichOne, labels: texts, differing: why)
    }

    /// The text after the first `count` words, without a leading "in", "on", "with", "using" or "for".
    private static func remainder(of text: String, afterWords count: Int) -> String {
        var tokens = text.split(separator: " ").map(String.init)
        var seen = 0
        while !tokens.isEmpty, seen < count {
            seen += HeadingWords(tokens[0]).words.count
            tokens.removeFirst()
        }
        if let first = tokens.first, ["in", "on", "with", "using", "for", "from", "by", "via"].contains(first.lowercased()), tokens.count > 1 {
            tokens.removeFirst()
        }
        let result = tokens.joined(separator: " ")
        return result.prefix(1).uppercased() + result.dropFirst()
    }

    private static func tool(in shared: [String], original: String) -> String? {
        let labelWords = Lexicon.remedyNouns.union(Lexicon.alternativeKeywords)
        var shared = shared
        while let first = shared.first, labelWords.contains(first) || ["for", "in", "on", "with", "-"].contains(first) { shared.removeFirst() }
        guard !shared.isEmpty, shared.count <= 3 else { return nil }
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
}
