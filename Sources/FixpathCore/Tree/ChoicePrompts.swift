/// The prompts inference writes when the text asks no question itself.
enum ChoicePrompts {
    static let matches = "Which of these matches what you see?"
    static let tryOne = "Which of these do you want to try?"
    static let describesYou = "Which of these describes you?"
    static let whichOne = "Which one are you using?"
    static let audience = "Which describes you?"
}

/// Headings quoted in explanations: "'A' and 'B'", "'A', 'B' and 2 more".
enum Quote {
    static func list(_ texts: [String]) -> String {
        let quoted = texts.prefix(3).map { "'\($0.count > 60 ? String($0.prefix(57)) + "…" : $0)'" }
        let more = texts.count - quoted.count
        switch quoted.count {
        case 0: return "no sections"
        case 1: return quoted[0]
        default:
            if more > 0 { return quoted.joined(separator: ", ") + " and \(more) more" }
            return quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
        }
    }
}

extension ChoiceGroup {
    /// The question the text asks the reader: the parent heading when it asks to choose, or the
    /// question that ends the parent's (or the introduction's) text when it speaks to the reader.
    var askingQuestion: String? {
        if let parent, parent.facts.asksToChoose { return parent.facts.text }
        if let closing = closingQuestion, HeadingWords(closing).containsAny(["you", "your", "you're"]) { return closing }
        return nil
    }
}
