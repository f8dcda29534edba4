/// "Method 1", "Method 2"; "Option A", "Option B"; "Solution 1 - …", "Workaround 2": alternatives a
/// reader tries one after another, in document order. One unnumbered sibling may sit among them; when
/// it comes first and investigates or chooses ("Identify the affected servers and select a solution"),
/// it introduces the question instead of being a choice.
struct NumberedAlternativesRule: ChoiceRule {
    let name = "NumberedAlternatives"
    let modes: Set<InferenceMode> = [.decision, .reading]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let numbered = group.members.filter { $0.facts.label.isNumbered }
        let count = group.members.count
        guard numbered.count >= 2, count - numbered.count <= 1, let keyword = numbered[0].facts.label.keyword else { return nil }
        let first = group.members[0].facts
        let introduces = !first.label.isNumbered && (first.words.starts(with: Lexicon.diagnoseVerbs)
            || first.words.containsAny(["select", "choose", "choosing", "pick", "decide"]))
        let slugs = group.members.map { member -> String in
            if case .numbered(let k, let tag) = member.facts.label { return "\(k)-\(tag)" }
            return ""
        }
        var reason = "\(Quote.list(numbered.map(\.facts.text))) are numbered \(keyword)s"
        if introduces { reason += "; '\(first.text)' introduces them" }
        return (.question(QuestionShape(selection: .alternative, prompt: "Which \(keyword) do you want to try?", slugs: slugs,
                                        introductions: introduces ? 1 : 0)), reason)
    }
}
