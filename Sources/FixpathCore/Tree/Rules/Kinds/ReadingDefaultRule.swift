/// Anything else is a page to read: nothing in its title or headings speaks of a problem or a fix.
struct ReadingDefaultRule: KindRule {
    let name = "ReadingDefault"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        (.reading, "neither the title nor any heading speaks of a problem or a fix")
    }
}
