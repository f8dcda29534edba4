/// `fixpath: kind: reading` or `kind: decision` in the front matter decides, whatever the headings say.
struct DeclaredKindRule: KindRule {
    let name = "DeclaredKind"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        switch topic.directives.kind {
        case .decision?: return (.decision, "the fixpath block says 'kind: decision'")
        case .reading?: return (.linear, "the fixpath block says 'kind: reading'")
        case nil: return nil
        }
    }
}
