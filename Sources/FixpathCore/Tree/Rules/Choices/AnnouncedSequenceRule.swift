/// When the text before the subsections says they are done in order ("Check the following options one
/// by one", "To troubleshoot the issue, follow these steps:") or lists them in a numbered list of links,
/// they are one answer, not a choice.
struct AnnouncedSequenceRule: ChoiceRule {
    let name = "AnnouncedSequence"
    let modes: Set<InferenceMode> = [.decision, .reading]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        guard let parent = group.parent else { return nil }
        if parent.facts.announcesSequence { return (.oneAnswer, "the text of '\(parent.facts.text)' says its subsections are done in order") }
        let numbered = Set(parent.facts.orderedLinks)
        guard group.members.count { numbered.contains($0.anchor) } >= 2 else { return nil }
        return (.oneAnswer, "the text of '\(parent.facts.text)' numbers its subsections as steps")
    }
}
