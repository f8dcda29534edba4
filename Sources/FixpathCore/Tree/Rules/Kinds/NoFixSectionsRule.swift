/// A topic with no fix section at all, only background, links and escalation, is a page to read:
/// there is nothing to choose or follow.
struct NoFixSectionsRule: KindRule {
    let name = "NoFixSections"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        guard !topic.sections.isEmpty, !topic.sections.contains(where: { $0.role.isFix }) else { return nil }
        return (.reading, "every section is background, links or escalation")
    }
}
