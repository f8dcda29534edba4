/// Sections that each name a remedy ("Resolution", "Workaround", "Resolution for Windows 7",
/// "Solution - download the package"): alternatives to try, in document order.
struct RemedyAlternativesRule: ChoiceRule {
    let name = "RemedyAlternatives"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let remedies = group.members.filter { $0.facts.label.isRemedy || $0.facts.label.isNumbered }
        guard remedies.count >= 2, remedies.count * 2 > group.members.count else { return nil }
        return (.question(QuestionShape(selection: .alternative, prompt: ChoicePrompts.tryOne)),
                "\(Quote.list(remedies.map(\.facts.text))) each name a remedy")
    }
}
