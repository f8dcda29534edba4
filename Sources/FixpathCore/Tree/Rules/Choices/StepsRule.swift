/// "Step 1", "Step 2", "Part 3", "1. Make sure…": parts of one procedure, read in order. They are
/// never choices, at any level: the group becomes one answer.
struct StepsRule: ChoiceRule {
    let name = "Steps"
    let modes: Set<InferenceMode> = [.decision, .reading, .linear]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let steps = group.members.filter { $0.facts.label.isStep }
        guard !steps.isEmpty, steps.count * 2 >= group.members.count else { return nil }
        return (.oneAnswer, "\(Quote.list(steps.map(\.facts.text))) are steps of one procedure")
    }
}
