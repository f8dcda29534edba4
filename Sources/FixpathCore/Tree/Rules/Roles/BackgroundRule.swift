/// A section whose heading says it is background, by what the section is for. Each purpose is a
/// shape of words rather than a list of headings seen so far:
///
/// | purpose | the heading… | for example |
/// |---|---|---|
/// | symptoms | is a symptom noun alone, or says what a reader sees or how to reproduce it | Symptoms, Issue description, Steps to reproduce |
/// | cause | is a cause noun, or asks why | Cause, Possible causes, Why did I get this bounce message?, What's going on |
/// | prerequisites | names what is needed before starting | Prerequisites, Before you begin, What you need, Requirements |
/// | verification | checks that the fix worked | How do you know this worked?, Verify the fix, Confirm that it works |
/// | error details | describes an error, event or message | Error messages, Details about this NDR, Description of the errors |
/// | data collection | gathers evidence | Collect data, Data collection, Gather logs for support |
/// | status | is the state of the issue | Status, Current status |
/// | applies to | names the products it covers | Applies to, Affected products |
/// | audience note | is information for a kind of reader | Information for developers, Notes for IT pros |
/// | summary | sums up the article | Summary, Introduction, Overview, In this article |
/// | more information | is supplementary information | More information, Additional details, Notes, Remarks |
/// | background | explains how something works or what it is | Background, How it works, What is X?, About X, Terminology |
/// | prevention | keeps the problem from coming back, or watches for it | Prevent this issue, Best practices, Monitor X, Reduce the chances of Y |
struct BackgroundRule: RoleRule {
    let name = "Background"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        Self.purpose(of: section.words).map { (.context($0), "'\(section.text)' is \($0.rawValue)") }
    }

    static func purpose(of words: HeadingWords) -> SectionRole.Purpose? {
        purposes.first { $0.1(words) }?.0
    }

    /// In order: the first purpose whose shape matches wins.
    static let purposes: [(SectionRole.Purpose, @Sendable (HeadingWords) -> Bool)] = [
        (.symptoms, isSymptoms), (.cause, isCause), (.prerequisites, isPrerequisites), (.verification, isVerification),
        (.errorDetails, isErrorDetails), (.dataCollection, isDataCollection), (.status, isStatus), (.appliesTo, isAppliesTo),
        (.audienceNote, isAudienceNote), (.summary, isSummary), (.moreInformation, isMoreInformation), (.background, isBackground),
        (.prevention, isPrevention),
    ]

    private static let articles: Set<String> = ["the", "a", "an", "this", "of", "and", "or", "your"]

    /// The words without articles and connectives.
    private static func content(_ w: HeadingWords) -> [String] { w.words.filter { !articles.contains($0) } }

    static func isSymptoms(_ w: HeadingWords) -> Bool {
        let c = content(w)
        let allowed: Set<String> = ["description", "details", "known", "summary"]
        if !c.isEmpty, c.contains(where: Lexicon.symptomNouns.contains), c.allSatisfy({ Lexicon.symptomNouns.contains($0) || allowed.contains($0) }) {
            return true
        }
        // "Symptoms and initial troubleshooting": symptoms first, with what goes with them (not a remedy).
        if let first = w.first, ["symptom", "symptoms"].contains(first), w.count > 2, w.words[1] == "and",
           !w.words.dropFirst(2).contains(where: Lexicon.remedyNouns.contains) {
            return true
        }
        return w.starts(with: "steps to reproduce") || w.starts(with: "how to reproduce") || w.starts(with: "repro")
            || w.starts(with: "what you see") || w.starts(with: "what happens") || w.starts(with: "description of the problem")
            || w.starts(with: "description of the issue") || w.starts(with: "when this happens")
    }

    static func isCause(_ w: HeadingWords) -> Bool {
        guard let first = w.first else { return false }
        if first == "why" { return true }
        let c = content(w)
        let qualifiers: Set<String> = ["root", "possible", "common", "likely", "probable", "known", "main", "underlying"]
        if let noun = c.firstIndex(where: Lexicon.causeNouns.contains), c[..<noun].allSatisfy(qualifiers.contains) {
            // "Causes for error code 4.4.7", "Possible reasons why documents don't save", "Root cause".
            return noun == c.count - 1 || ["for", "why", "of", "that", "behind"].contains(c[noun + 1])
        }
        return w.starts(with: "what's going on") || w.starts(with: "what is going on") || w.starts(with: "what happened")
            || w.starts(with: "what causes") || w.starts(with: "explanation")
    }

    static func isPrerequisites(_ w: HeadingWords) -> Bool {
        if w.containsAny(["prerequisite", "prerequisites", "prereqs", "requirements", "requirement"]) { return !w.starts(with: Lexicon.procedureVerbs) }
        if w.first == "before" { return true }
        if w.contains("before"), w.containsAny(["begin", "start", "starting", "proceed", "continue"]) { return true }
        return w.contains(phrase: "what you need") || w.contains(phrase: "what you'll need") || w.contains(phrase: "what do you need")
            || w.contains(phrase: "you will need") || w.contains(phrase: "things you need")
    }

    static func isVerification(_ w: HeadingWords) -> Bool {
        if ["verification", "validation", "verify", "test it", "testing"].contains(w.words.joined(separator: " ")) { return true }
        // "Validation steps", "Verification checklist": a verification noun and what it is made of.
        let parts: Set<String> = ["steps", "step", "checks", "checklist", "tests", "procedure"]
        if w.containsAny(["verification", "validation"]), content(w).allSatisfy({ ["verification", "validation"].contains($0) || parts.contains($0) }) {
            return true
        }
        guard w.containsAny(Lexicon.checkVerbs) else { return false }
        // "How do you know this worked?", "Verify that the fix works", "Confirm the result".
        let outcome = w.containsAny(Lexicon.outcomeWords)
        let fixItself = w.count <= 4 && w.containsAny(["fix", "resolution", "solution", "workaround", "change", "changes"])
        return outcome || fixItself
    }

    static func isErrorDetails(_ w: HeadingWords) -> Bool {
        guard w.containsAny(Lexicon.errorNouns) else { return false }
        let c = content(w)
        if c.allSatisfy(Lexicon.errorNouns.contains) { return true }
        // "Details about this NDR", "Details for error code 5.7.124", "Description of the common errors", "Error code reference".
        guard let first = c.first else { return false }
        return Lexicon.descriptionWords.contains(first) || Lexicon.descriptionWords.contains(c.last ?? "") && c.count <= 4
            || first == "more" && c.count > 1 && Lexicon.descriptionWords.contains(c[1])
    }

    static func isDataCollection(_ w: HeadingWords) -> Bool {
        // "Event logs", "Logs and traces": a heading made only of evidence nouns names where to look.
        let evidence: Set<String> = ["event", "events", "log", "logs", "trace", "traces", "diagnostic", "diagnostics", "dump", "dumps", "data"]
        let c = content(w)
        if !c.isEmpty, c.allSatisfy(evidence.contains), c.contains(where: { $0.hasPrefix("log") || $0.hasPrefix("trace") || $0.hasPrefix("dump") }) {
            return true
        }
        if w.containsAny(Lexicon.gatherVerbs), w.containsAny(Lexicon.evidenceNouns) { return w.first.map { !Lexicon.procedureVerbs.contains($0) || Lexicon.gatherVerbs.contains($0) } ?? false }
        return w.containsAny(["data", "log", "logs", "diagnostic", "diagnostics", "trace", "traces"]) && w.containsAny(["collection", "gathering", "capture"])
    }

    static func isStatus(_ w: HeadingWords) -> Bool {
        guard w.contains("status") else { return false }
        let filler: Set<String> = ["status", "current", "fix", "issue", "problem", "bug", "known", "of", "the", "this", "microsoft", "resolution", "service"]
        return w.words.allSatisfy(filler.contains)
    }

    static func isAppliesTo(_ w: HeadingWords) -> Bool {
        if w.containsAny(["applies", "applicable", "applicability"]) { return true }
        return w.containsAny(["affected", "supported"]) && w.containsAny(["products", "versions", "editions", "platforms", "product", "software"]) && w.count <= 4
    }

    static func isAudienceNote(_ w: HeadingWords) -> Bool {
        guard let forIndex = w.words.firstIndex(of: "for"), forIndex + 1 < w.count else { return false }
        let after = w.words[(forIndex + 1)...].filter { !articles.contains($0) }
        guard let who = after.first, Lexicon.audienceNouns.contains(who), after.count <= 3 else { return false }
        // "Information for developers", "Notes for IT pros", "Guidance for home users"; "For developers" alone too.
        return forIndex == 0 || w.words[..<forIndex].allSatisfy { Lexicon.informationNouns.contains($0) || Lexicon.extentWords.contains($0) }
    }

    static func isSummary(_ w: HeadingWords) -> Bool {
        let lead: Set<String> = ["summary", "overview", "introduction", "intro", "abstract", "tl;dr", "tldr"]
        if w.starts(with: lead) { return w.count <= 4 || w.contains("of") || w.contains("to") }
        return ["in this article", "about this article", "at a glance", "quick overview", "article summary", "executive summary"].contains(w.words.joined(separator: " "))
    }

    static func isMoreInformation(_ w: HeadingWords) -> Bool {
        guard let noun = w.firstIndex(in: Lexicon.informationNouns) else {
            return w.starts(with: "for more") || w.starts(with: "more about") || w.words == ["faq"] || w.words == ["frequently", "asked", "questions"]
        }
        // "More information", "Additional details", "Notes", "More information about groups", "Important notes".
        return w.words[..<noun].allSatisfy { Lexicon.extentWords.contains($0) || $0 == "for" }
    }

    static func isPrevention(_ w: HeadingWords) -> Bool {
        guard let first = w.first else { return false }
        // "Prevent this issue", "How to prevent it", "Prevention", "Monitor peering health", "Best practices",
        // "Steps to reduce the chances of a dirty shutdown".
        if w.containsAny(["prevent", "preventing", "prevention"]) || ["monitor", "monitoring", "proactive"].contains(first) { return true }
        if w.contains(phrase: "best practices") || w.contains(phrase: "best practice") { return true }
        return w.containsAny(["reduce", "reducing", "lower", "minimize"]) && w.containsAny(["chance", "chances", "risk", "likelihood"])
    }

    static func isBackground(_ w: HeadingWords) -> Bool {
        guard let first = w.first else { return false }
        let lead: Set<String> = ["background", "understanding", "understand", "about", "terminology", "glossary", "definitions",
                                 "concepts", "concept", "theory", "architecture", "explanation", "description", "example", "examples",
                                 "sample", "samples", "illustration"]
        if lead.contains(first) { return true }
        // A question that does not speak to the reader ("Where is the error code?", "How does X work?") explains.
        if w.isQuestion, !w.containsAny(["you", "your", "you're", "i", "my"]), !["did", "does", "is", "has"].contains(first) { return true }
        // "What is X?", "What are X?", "What's X": a definition, unless it asks about the reader ("What's your …").
        if ["what", "what's", "whats"].contains(first), w.count >= 2, ["is", "are", "'s", "does"].contains(w.words[1]) || first != "what",
           !w.containsAny(["you", "your", "you're"]) {
            return true
        }
        // Comparisons explain: "Query time-out is not the same as connection time-out", "Differences between X and Y".
        if w.contains(phrase: "not the same as") || w.contains(phrase: "same as") && w.contains("not") || ["difference", "differences"].contains(first)
            || w.contains(phrase: "difference between") || w.contains(phrase: "compared to") || w.contains("vs") || w.contains("versus") {
            return true
        }
        // "How it works", "How does allocation work?", "How X works".
        return first == "how" && w.containsAny(["works", "work", "happens"]) && !w.containsAny(["you", "your", "fix"])
    }
}
