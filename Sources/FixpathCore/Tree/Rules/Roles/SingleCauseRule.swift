/// A heading labelled as a cause, symptom or problem ("Cause 1: …", "Problem: …") is background
/// when no sibling is labelled the same way: one cause explains, several causes are a choice.
struct SingleCauseRule: RoleRule {
    let name = "SingleCause"
    static let explaining: Set<String> = ["cause", "symptom", "problem", "issue", "reason"]

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        guard case .situation(let keyword, _) = section.label, Self.explaining.contains(keyword),
              section.words.first == keyword, !section.words.dropping(1).contains(where: Lexicon.remedyNouns.contains) else { return nil }
        let labelled = context.siblings.filter { $0.label.isSituation }
        guard labelled.count < 2 else { return nil }
        return (.context(keyword == "cause" || keyword == "reason" ? .cause : .symptoms),
                "'\(section.text)' is the only \(keyword) at its level, so it explains rather than offers a choice")
    }
}
