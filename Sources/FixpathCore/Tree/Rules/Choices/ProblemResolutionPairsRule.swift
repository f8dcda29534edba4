/// Sections that each pair a problem with its remedy: each holds a "Cause", "Symptoms" or
/// "Problem" subsection, a "Resolution", "Workaround" or "Troubleshooting steps" subsection, or
/// opens with the error message it is about, or labels its cause and solution in bold ("**Cause:**").
/// The reader picks the problem that matches.
struct ProblemResolutionPairsRule: ChoiceRule {
    let name = "ProblemResolutionPairs"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let paired = group.members.filter(Self.isPair)
        guard paired.count >= 2, paired.count * 2 >= group.members.count else { return nil }
        return (.question(QuestionShape(selection: .situation, prompt: ChoicePrompts.matches)),
                "\(Quote.list(paired.map(\.facts.text))) each pair a problem with its remedy")
    }

    static func isPair(_ member: RuledSection) -> Bool {
        if member.facts.opensWithQuote || member.facts.hasInlinePairLabels { return true }
        return member.children.contains { child in
            switch (child.facts.label, child.role) {
            case (.remedy, _), (_, .context(.cause)), (_, .context(.symptoms)), (_, .context(.errorDetails)): return true
            default: return child.facts.opensWithQuote
            }
        }
    }
}
