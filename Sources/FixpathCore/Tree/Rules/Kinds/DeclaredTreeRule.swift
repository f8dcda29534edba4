/// A `fixpath:` block that draws or steers a tree (`tree:`, `prompts:`, `labels:`, `escalation:`)
/// or names status codes makes a decision topic: the author expects a guided fix.
struct DeclaredTreeRule: KindRule {
    let name = "DeclaredTree"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        let d = topic.directives
        if d.tree != nil { return (.decision, "the fixpath block declares the tree") }
        if !d.prompts.isEmpty || !d.labels.isEmpty { return (.decision, "the fixpath block steers prompts or labels") }
        if d.escalation != nil { return (.decision, "the fixpath block names the escalation section") }
        if !d.codes.isEmpty { return (.decision, "the fixpath block names status codes") }
        return nil
    }
}
