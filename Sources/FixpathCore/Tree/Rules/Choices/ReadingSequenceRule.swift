/// In a page to read, sections that no rule above turned into a choice are read in order: one answer.
struct ReadingSequenceRule: ChoiceRule {
    let name = "ReadingSequence"
    let modes: Set<InferenceMode> = [.reading, .linear]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        (.oneAnswer, "\(Quote.list(group.texts)) are read in order in a page to read")
    }
}
