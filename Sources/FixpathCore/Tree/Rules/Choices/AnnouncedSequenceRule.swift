/// When the text before the subsections says they are done in order ("Check the following options one
/// by one", "To troubleshoot the issue, follow these steps:"), they are one answer, not a choice.
struct AnnouncedSequenceRule: ChoiceRule {
    let name = "AnnouncedSequence"
    let modes: Set<InferenceMode> = [.decision, .reading]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        guard let parent = group.parent, parent.facts.announcesSequence else { return nil }
        return (.oneAnswer, "the text of '\(parent.facts.text)' says its subsections are done in order")
    }
}
