/// A heading that asks the reader to choose ("What do you want to do?", "Which version do you
/// use?") is the prompt of the question its subsections make.
struct QuestionHeadingPromptRule: PromptRule {
    let name = "QuestionHeadingPrompt"

    func prompt(for group: ChoiceGroup) -> (String, String)? {
        guard let parent = group.parent, parent.facts.asksToChoose else { return nil }
        return (parent.facts.text, "the heading '\(parent.facts.text)' asks the question")
    }
}
