/// Sections that investigate or check ("Determine the source of the problem", "Verifying the issue")
/// followed by one that fixes ("Solution", "Resolution"), or an investigation first ("Identify a damaged
/// profile") followed by the fix: one answer, read in order, not a choice.
struct DiagnoseThenFixRule: ChoiceRule {
    let name = "DiagnoseThenFix"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        // Checks lead to a bare "Resolution"; investigations lead to any remedy ("Fix the forwarding" after
        // "Verify the recipient" stays a choice: both are fixes to try).
        if let remedy = group.members.lastIndex(where: { $0.facts.label.isRemedy }), remedy > 0,
           group.members[..<remedy].allSatisfy({ $0.facts.words.starts(with: group.members[remedy].facts.label == .remedy(qualified: false)
                                                                            ? Lexicon.diagnoseVerbs : Lexicon.investigateVerbs) }) {
            return (.oneAnswer, "\(Quote.list(group.members[..<remedy].map(\.facts.text))) checks before '\(group.members[remedy].facts.text)' fixes")
        }
        let first = group.members[0].facts
        guard first.words.starts(with: Lexicon.investigateVerbs), group.members.dropFirst().allSatisfy({ $0.facts.label == .none }) else { return nil }
        return (.oneAnswer, "'\(first.text)' investigates before \(Quote.list(group.members.dropFirst().map(\.facts.text))) fix")
    }
}
