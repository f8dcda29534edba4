/// Sections under a heading or a sentence that asks the reader to choose ("What do you want to do?",
/// "Which version do you use?") are its choices, in a page to read too.
struct QuestionHeadingChoicesRule: ChoiceRule {
    let name = "QuestionHeadingChoices"
    let modes: Set<InferenceMode> = [.decision, .reading]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        guard let question = group.askingQuestion else { return nil }
        return (.question(QuestionShape(selection: .situation, prompt: question)), "'\(question)' asks the reader to choose")
    }
}
