/// Sections that speak as the reader's role (or a navigation table that links to them) make a
/// decision topic: "Which describes you?" is its first question.
struct AudienceKindRule: KindRule {
    let name = "Roles"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        topic.hasAudience ? (.decision, "sections speak as the reader's role") : nil
    }
}
