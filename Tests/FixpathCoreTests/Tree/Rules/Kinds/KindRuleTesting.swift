@testable import FixpathCore

extension TopicFacts {
    /// Topic facts for a title, an `ms.topic` and some H2 headings.
    static func sample(title: String, topicType: String? = nil, headings: [String] = [], fileName: String = "topic.md",
                      directives: TreeDirectives = TreeDirectives(), hasAudience: Bool = false) -> TopicFacts {
        let inference = TreeInference(topic: RuleHarness.topic("# \(title)\n\n" + headings.map { "## \($0)\n\nText.\n" }.joined(separator: "\n"),
                                                               topicType: topicType))
        let sections = inference.outline.all.map { (inference.lookup.facts($0), inference.lookup.role($0)) }
        return TopicFacts(topicType: topicType, title: title, fileName: fileName, directives: directives, hasAudience: hasAudience, sections: sections)
    }
}
