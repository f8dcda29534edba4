/// Sections whose headings are conditions ("If the error occurs when viewing containers", "If you're
/// using a private endpoint", "When the service doesn't start") are situations the reader matches.
struct ConditionsRule: ChoiceRule {
    let name = "Conditions"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let conditions = group.members.filter(\.facts.isCondition)
        guard conditions.count >= 2, conditions.count * 2 >= group.members.count else { return nil }
        let using = conditions.allSatisfy { $0.facts.words.contains("using") || $0.facts.words.contains("use") }
        return (.question(QuestionShape(selection: .situation, prompt: using ? "Which of these are you using?" : ChoicePrompts.matches)),
                "\(Quote.list(conditions.map(\.facts.text))) are conditions")
    }
}
