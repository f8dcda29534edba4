/// Headings in the shape of a troubleshooting article make a decision topic: a remedy section
/// ("Resolution", "Workaround", "Troubleshooting steps"), numbered remedies ("Solution 2",
/// "Workaround 1") or labelled situations ("Scenario 2", "Cause 1: …"). Numbered methods and options
/// alone do not: a page to read offers those too.
struct TroubleshootingShapeRule: KindRule {
    let name = "TroubleshootingShape"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        for (facts, role) in topic.sections where role.isFix {
            switch facts.label {
            case .remedy, .situation: return (.decision, "'\(facts.text)' is a troubleshooting heading")
            case .numbered(let keyword, _) where Lexicon.remedyNouns.contains(keyword):
                return (.decision, "'\(facts.text)' is a numbered remedy")
            case .numbered, .step, .none: continue
            }
        }
        return nil
    }
}
