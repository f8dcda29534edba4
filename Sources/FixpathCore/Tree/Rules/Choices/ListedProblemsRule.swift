/// Sections that the topic's symptoms, cause or error-details section links to ("This error can
/// occur for three reasons: [billing limit](#billing-limit) …") are the problems it lists: the
/// reader picks the one that matches.
struct ListedProblemsRule: ChoiceRule {
    let name = "ListedProblems"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let listed = group.members.filter { group.listedAsProblems.contains($0.anchor) }
        guard listed.count >= 2, listed.count * 2 >= group.members.count else { return nil }
        return (.question(QuestionShape(selection: .situation, prompt: ChoicePrompts.matches)),
                "\(Quote.list(listed.map(\.facts.text))) are linked from the topic's list of symptoms or causes")
    }
}
