/// In a troubleshooting topic, any other sibling fix sections are situations or checks to pick from:
/// "Which of these do you want to try?".
struct SituationsRule: ChoiceRule {
    let name = "Situations"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        (.question(QuestionShape(selection: .situation, prompt: ChoicePrompts.tryOne)),
         "\(Quote.list(group.texts)) are sibling fixes in a troubleshooting topic")
    }
}
