/// Checks that links, anchors and images in topics land somewhere.
public struct LinkChecker: Sendable {
    public let root: ContentRoot
    /// Each topic's anchors as listed: a topic has a few dozen at most, and most are never looked up,
    /// so a scan beats hashing them all into sets.
    private let anchorsByTopic: [String: [String]]
    /// Each file looked into once, however many topics link to it.
    let activeContent: ActiveContentCache

    public init(root: ContentRoot, topics: [TopicSummary]) {
        self.root = root
        activeContent = ActiveContentCache(root: root)
        var anchors: [String: [String]] = [:]
        anchors.reserveCapacity(topics.count)
        for topic in topics { anchors[topic.path] = topic.anchors }
        anchorsByTopic = anchors
    }

    /// What is wrong with the topic's links and images, and the files inside the root (other than
    /// topics) that they reach, which the site holds.
    public func check(_ topic: TopicSummary) -> (diagnostics: [Diagnostic], files: [String]) {
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        let own = anchorsByTopic[topic.path] ?? topic.anchors
        for reference in topic.references {
            let target = LinkTarget(reference.destination, from: topic.path)
            func report(_ code: String, _ message: String, _ hint: String? = nil) {
                diagnostics.append(Diagnostic(path: topic.path, location: reference.location, severity: .warning,
                                              code: code, message: message, hint: hint))
            }
            if reference.destination.isEmpty {
                if reference.kind == .image { report(DiagnosticCode.imageMissing, "image has no source") }
                continue
            }
            let unsafe = HTMLEscaping.safeURL(reference.destination, isImage: reference.kind == .image)
            if unsafe == "#", reference.destination != "#" {
                report(DiagnosticCode.unsafeURL, "link '\(reference.destination.prefix(40))' uses a scheme that can run script; it is removed",
                       "link to a web page or a file instead")
                continue
            }
            switch target {
            case .anchor(let anchor):
                if !anchor.isEmpty, !own.contains(anchor), !anchor.hasPrefix("tab/") {
                    report(DiagnosticCode.anchorMissing, "no heading in this topic has the anchor '#\(anchor)'",
                           suggestion(anchor, in: own))
                }
            case .external, .siteAbsolute:
                continue
            case .outsideRoot(let raw):
                report(reference.kind == .image ? DiagnosticCode.imageOutsideRoot : DiagnosticCode.linkOutsideRoot,
                       "'\(raw)' points outside the content folder", "link to files inside the content folder only")
            case .file(let path, let anchor):
                if path.isEmpty { continue }
                guard root.fileSet.contains(path) else {
                    if reference.kind == .image {
                        report(DiagnosticCode.imageMissing, "image '\(reference.destination)' does not exist", "check the path; it is relative to this topic")
                    } else {
                        report(DiagnosticCode.linkBroken, "link target '\(reference.destination)' does not exist", "check the path; it is relative to this topic")
                    }
                    continue
                }
                if !root.containsReal(path) {
                    report(reference.kind == .image ? DiagnosticCode.imageOutsideRoot : DiagnosticCode.linkOutsideRoot,
                           "'\(reference.destination)' is a symbolic link that leaves the content folder", "replace the link with the file")
                    continue
                }
                if !path.hasSuffix(".md") {
                    guard root.realFile(path) != nil else {
                        report(DiagnosticCode.notAFile, "'\(reference.destination)' is a link to a FIFO, device or socket; it is left out of the site",
                               "replace the link with the file itself")
                        continue
                    }
                    if let reason = activeContent.reason(path) {
                        report(DiagnosticCode.activeContent, "'\(reference.destination)' \(reason): copied into the site as it is, it could run script on the site's origin",
                               "link to a Markdown topic, or an SVG without script; build --strict refuses it")
                    }
                    files.append(path)
                }
                if let anchor, !anchor.isEmpty, let anchors = anchorsByTopic[path], !anchors.contains(anchor) {
                    report(DiagnosticCode.anchorMissing, "'\(path)' has no heading with the anchor '#\(anchor)'", suggestion(anchor, in: anchors))
                }
            }
        }
        return (diagnostics, files)
    }

    private func suggestion(_ anchor: String, in anchors: [String]) -> String? {
        let close = anchors.filter { $0.hasPrefix(anchor) || anchor.hasPrefix($0) }.sorted().first
        return close.map { "did you mean '#\($0)'?" }
    }
}
