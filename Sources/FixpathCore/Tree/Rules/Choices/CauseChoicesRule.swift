import Foundation

/// Several sections labelled as causes, scenarios, situations or errors ("Cause 1: …", "Scenario 2",
/// "Cause and solution for situation 1", "Resolution for cause 2"): the reader picks the one that
/// matches. (One labelled cause alone is background; see SingleCause.)
struct CauseChoicesRule: ChoiceRule {
    let name = "CauseChoices"
    let modes: Set<InferenceMode> = [.decision]

    func shape(of group: ChoiceGroup) -> (GroupShape, String)? {
        let labelled = group.members.filter { $0.facts.label.isSituation }
        guard labelled.count >= 2, labelled.count * 2 >= group.members.count else { return nil }
        // What each cause says joins the labels only when every bare cause has it, so the choices read alike.
        let said = group.members.map { Self.label($0.facts, causes: group.causes) }
        let plain = group.members.map { Self.label($0.facts) }
        let everyCauseSays = group.members.indices.allSatisfy { i in
            guard case .situation("cause", _?) = group.members[i].facts.label, HeadingWords(plain[i]).count == 2 else { return true }
            return said[i] != plain[i]
        }
        let labels = everyCauseSays ? said : plain
        let slugs = group.members.map { member -> String in
            if case .situation(let keyword, let tag?) = member.facts.label { return "\(keyword)-\(tag)" }
            return ""
        }
        // Unlabelled sections before the first case set the scene for every case.
        let introductions = group.members.firstIndex { $0.facts.label.isSituation } ?? 0
        return (.question(QuestionShape(selection: .situation, prompt: ChoicePrompts.matches, labels: labels, slugs: slugs,
                                        introductions: introductions)),
                "\(Quote.list(labelled.map(\.facts.text))) are labelled as different \(labelled[0].facts.label.keyword ?? "case")s")
    }

    /// "Resolution for Cause 1" reads as "Cause 1: what cause 1 says": the reader matches the cause, not the remedy.
    static func label(_ facts: SectionFacts, causes: [String: String] = [:]) -> String {
        let w = facts.words
        guard let first = w.first, Lexicon.remedyNouns.contains(first), let forIndex = w.words.firstIndex(of: "for"), forIndex <= 2 else {
            return facts.text
        }
        let text = facts.text
        guard let range = text.range(of: "for ", options: .caseInsensitive) else { return text }
        let rest = text[range.upperBound...]
        let label = rest.prefix(1).uppercased() + rest.dropFirst()
        if case .situation("cause", let tag?) = facts.label, HeadingWords(label).count == 2, let says = causes[tag] { return label + ": " + says }
        return label
    }
}
