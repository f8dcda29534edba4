/// Sections that speak as the reader ("My network uses a VPN gateway", "I need a newer version"):
/// the reader picks the one that describes them.
struct FirstPersonRule: ChoiceRule {
    let name = "FirstPerson"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let speaking = group.members.filter(\.facts.isFirstPerson)
        guard speaking.count >= 2, speaking.count * 2 >= group.members.count else { return nil }
        return (.question(QuestionShape(selection: .situation, prompt: ChoicePrompts.describesYou)),
                "\(Quote.list(speaking.map(\.facts.text))) speak as the reader")
    }
}
