/// A title that speaks of something going wrong ("…fails", "Can't…", "Error 0x…", "Troubleshoot…",
/// a status code, an event ID) makes a decision topic, unless it starts with a task that is not a fix ("Collect
/// data to troubleshoot…", "Configure … to avoid errors"): that is a how-to.
struct TroubleTitleRule: KindRule {
    let name = "TroubleTitle"
    static let fixVerbs: Set<String> = ["fix", "resolve", "troubleshoot", "repair", "recover", "solve", "diagnose", "debug", "correct"]

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        let words = HeadingWords(topic.title)
        if let first = words.first, Lexicon.procedureVerbs.union(Lexicon.gatherVerbs).contains(first), !Self.fixVerbs.contains(first) {
            return nil
        }
        if let word = words.words.first(where: Lexicon.troubleWords.contains) {
            return (.decision, "the title says '\(word)'")
        }
        if !StatusCodeScanner.ranges(in: topic.title).isEmpty { return (.decision, "the title names a status code") }
        if let code = words.words.first(where: { $0.hasPrefix("0x") && $0.count > 3 }) { return (.decision, "the title names error \(code)") }
        if let event = Self.eventID(words.words) { return (.decision, "the title names event \(event)") }
        return nil
    }

    /// The number after "event" or "event ID" ("DFSR event ID 2213", "Event 1135 is logged"): an event a reader looks up.
    static func eventID(_ words: [String]) -> String? {
        for (i, word) in words.enumerated() where ["event", "events"].contains(word) {
            let next = words.dropFirst(i + 1).drop { $0 == "id" || $0 == "ids" }.first
            if let next, next.count >= 2, next.allSatisfy(\.isNumber) { return next }
        }
        return nil
    }
}
