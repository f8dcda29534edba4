/// A heading that seeks more help, or asks whether the fix worked, leads to escalation:
/// "Still need help?", "Contact us for help", "Get support", "Did this fix the problem?".
struct EscalationRule: RoleRule {
    let name = "Escalation"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        Self.seeksHelp(section.words).map { (.escalation, "'\(section.text)' \($0)") }
    }

    /// How the words seek help, or nil.
    static func seeksHelp(_ w: HeadingWords) -> String? {
        guard let first = w.first else { return nil }
        let seekers: Set<String> = ["need", "needs", "get", "getting", "more", "further", "additional", "still", "extra", "ask", "request", "find"]
        if let help = w.firstIndex(in: ["help", "assistance"]), help > 0, w.words[..<help].contains(where: { seekers.contains($0) }) {
            return "asks for more help"
        }
        if first == "contact" || first == "contacting" { return "offers a contact" }
        if first == "still" { return "is about a problem that is still there" }
        if first == "escalate" || first == "escalation" || first == "escalating" { return "is about escalating" }
        if ["help", "support", "help and support", "support options", "support and help", "get support"].contains(w.words.joined(separator: " ")) {
            return "points to support"
        }
        if w.contains("support"), w.starts(with: ["open", "create", "file", "submit", "get", "request", "call", "reach"]) {
            return "points to support"
        }
        // "Did this fix the problem?", "Is the issue resolved?": the yes/no after a fix, whose "no" is escalation.
        if w.isQuestion, ["did", "does", "is", "has", "was", "were"].contains(first),
           w.containsAny(["fix", "fixed", "solve", "solved", "resolve", "resolved", "work", "worked", "help", "helped"]) {
            return "asks whether the fix worked"
        }
        return nil
    }
}
