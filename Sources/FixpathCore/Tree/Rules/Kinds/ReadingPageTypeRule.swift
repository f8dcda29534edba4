/// `ms.topic` of a page that is read (how-to, conceptual, reference, overview, landing page,
/// tutorial…) keeps only the choices the page offers itself: methods, options, tool variants, tabs
/// and question headings. A file named `toc.md` is a table of contents, read too.
struct ReadingPageTypeRule: KindRule {
    let name = "ReadingPageType"

    func mode(of topic: TopicFacts) -> (InferenceMode, String)? {
        if topic.fileName.lowercased() == "toc.md" { return (.reading, "the file is a table of contents") }
        guard let type = topic.topicType?.lowercased(), Lexicon.readingTopicTypes.contains(type) else { return nil }
        return (.reading, "ms.topic is '\(type)', a page to read")
    }
}
