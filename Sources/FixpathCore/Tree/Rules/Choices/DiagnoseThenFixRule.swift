/// A section that investigates ("Determine the source of the problem", "Identify the affected
/// servers") followed by one that fixes ("Solution"): one answer, read in order, not a choice.
struct DiagnoseThenFixRule: ChoiceRule {
    let name = "DiagnoseThenFix"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        guard let remedy = group.members.lastIndex(where: { $0.facts.label.isRemedy }), remedy > 0 else { return nil }
        let before = group.members[..<remedy]
        guard before.allSatisfy({ $0.facts.words.starts(with: Lexicon.investigateVerbs) }) else { return nil }
        return (.oneAnswer, "\(Quote.list(before.map(\.facts.text))) investigates before '\(group.members[remedy].facts.text)' fixes")
    }
}
