/// Text that ends with a question just before the choices ("Does your network use a VPN gateway?",
/// "What is the status?") is the prompt.
struct ClosingQuestionPromptRule: PromptRule {
    let name = "ClosingQuestionPrompt"

    func prompt(for group: ChoiceGroup) -> (String, String)? {
        guard let question = group.closingQuestion else { return nil }
        return (question, "the text before the choices ends with '\(question)'")
    }
}
