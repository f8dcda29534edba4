import FixpathCore

/// The guided fix for one topic: every node of its tree as a section that `:target` shows without
/// script, plus the tree's shape as JSON for `wizard.js`, which keeps the path in the URL hash.
///
/// The page grows linearly with the tree: each answer's "No" screen links only the next method in
/// document order (the script offers every untried one from the JSON), and each trail shows at most
/// ``maxTrailSteps`` answers. Listing every other method under every answer made 2,000 methods a 346 MB page.
struct WizardPage {
    static let maxTrailSteps = 8

    let tree: DecisionTree
    let links: any LinkResolving
    /// Where the admin steps are, as the note to an admin says it: an absolute URL when the site's
    /// address is known, otherwise the page to open on the help site.
    let adminPlace: String
    /// The topic page, offered when nothing else is left to try.
    let topicPage: String
    /// The topic page's rendered blocks, when it was rendered first.
    var rendered: RenderedBlocks? = nil

    /// The root is always `#n-root`, whatever section it was made from, so "Start over" links and
    /// the no-script first screen can rely on it.
    /// A section named like one of the page's own ids ("Root", "Escalation", "… --no") gets a
    /// suffix with a capital letter, which no heading anchor has.
    private func sectionID(_ node: TreeNode, isRoot: Bool = false) -> String {
        if isRoot { return "n-root" }
        let taken = node.id == "root" || node.id == "escalation" || node.id.hasSuffix("--no") || node.id == tree.root.id
        return "n-" + node.id + (taken ? "-Node" : "")
    }

    private struct Step {
        var prompt: String
        var label: String
        var nodeID: String
    }

    /// A method to offer after "No": its label and section.
    private typealias NextMethod = (label: String, id: String)

    func sections() -> String {
        var out = ""
        let left = questionsLeft()
        visit(tree.root, trail: [], parent: nil, next: nil, onSender: false, left: left, into: &out)
        if let escalation = tree.escalation {
            out += "<section class=\"wizard-node\" id=\"n-escalation\" data-kind=\"escalation\" aria-labelledby=\"n-escalation-title\">\n"
            out += "<h2 id=\"n-escalation-title\" class=\"wizard-title\" tabindex=\"-1\">\(HTMLEscaping.text(escalation.heading?.text ?? "Still need help?"))</h2>\n"
            out += "<div class=\"wizard-answer\">\(render(escalation.blocks))</div>\n"
            out += "<p class=\"wizard-nav\"><a class=\"wizard-restart\" href=\"#n-root\">Start over</a></p>\n</section>\n"
        }
        out += "<section class=\"wizard-node\" id=\"fixed\" data-kind=\"done\" aria-labelledby=\"fixed-title\">\n"
        out += "<h2 id=\"fixed-title\" class=\"wizard-title\" tabindex=\"-1\">Great, it's fixed</h2>\n"
        out += "<p>Glad that worked. You can print this page to keep the steps you followed.</p>\n"
        out += "<p class=\"wizard-nav\"><a class=\"wizard-restart\" href=\"#n-root\">Start over</a></p>\n</section>\n"
        return out
    }

    /// The tree's shape for `wizard.js`: node ids, choice slugs, and what "No" offers.
    func dataScript() -> String {
        var entries: [(String, String)] = []
        let left = questionsLeft()
        func walk(_ node: TreeNode, isRoot: Bool) {
            var fields = ["\"kind\":" + ScriptJSON.quoted(node.kind.rawValue), "\"left\":\(left[node.id] ?? 0)"]
            if node.kind == .question {
                let choices = node.choices.map { "[" + [$0.slug, sectionID($0.node), $0.label].map(ScriptJSON.quoted).joined(separator: ",") + "]" }
                fields += ["\"choices\":[" + choices.joined(separator: ",") + "]",
                           "\"prompt\":" + ScriptJSON.quoted(node.prompt ?? ""),
                           "\"selection\":" + ScriptJSON.quoted(node.selection?.rawValue ?? "situation")]
            }
            entries.append((sectionID(node, isRoot: isRoot), "{" + fields.sorted().joined(separator: ",") + "}"))
            for choice in node.choices { walk(choice.node, isRoot: false) }
        }
        walk(tree.root, isRoot: true)
        let nodes = entries.sorted { $0.0 < $1.0 }.map { ScriptJSON.quoted($0.0) + ":" + $0.1 }.joined(separator: ",")
        let escalation = tree.escalation == nil ? "null" : ScriptJSON.quoted("n-escalation")
        return "{\"escalation\":\(escalation),\"nodes\":{\(nodes)},\"root\":\"n-root\"}"
    }

    /// For each question, by node id, the most questions from it to an answer: one pass over the tree.
    private func questionsLeft() -> [String: Int] {
        var left: [String: Int] = [:]
        @discardableResult func walk(_ node: TreeNode) -> Int {
            guard node.kind == .question else { return 0 }
            let count = 1 + node.choices.map { walk($0.node) }.reduce(0, max)
            left[node.id] = count
            return count
        }
        walk(tree.root)
        return left
    }

    private func render(_ blocks: [Block]) -> String {
        var renderer = HTMLRenderer(links: links, rendered: rendered)
        return renderer.render(blocks)
    }

    private func visit(_ node: TreeNode, trail: ArraySlice<Step>, parent: String?, next: NextMethod?,
                       onSender: Bool, left: [String: Int], into out: inout String) {
        let id = sectionID(node, isRoot: parent == nil)
        out += "<section class=\"wizard-node\" id=\"\(attr(id))\" data-kind=\"\(node.kind.rawValue)\" aria-labelledby=\"\(attr(id))-title\">\n"
        out += trailHTML(trail)
        if node.kind == .question {
            if !node.blocks.isEmpty { out += "<div class=\"wizard-preamble\">\(render(node.blocks))</div>\n" }
            out += "<h2 id=\"\(attr(id))-title\" class=\"wizard-title wizard-prompt\" tabindex=\"-1\">\(HTMLEscaping.text(node.prompt ?? ""))</h2>\n"
            let count = left[node.id] ?? 1
            out += "<p class=\"wizard-progress\">\(count == 1 ? "This is the last question." : "At most \(count) questions to go.")</p>\n"
            out += "<ol class=\"wizard-choices\">\n"
            for (i, choice) in node.choices.enumerated() {
                out += "<li><a class=\"wizard-choice\" href=\"#\(attr(sectionID(choice.node)))\" data-slug=\"\(attr(choice.slug))\">"
                out += "<span class=\"choice-key\" aria-hidden=\"true\">\(i + 1)</span> \(HTMLEscaping.text(choice.label))</a></li>\n"
            }
            out += "</ol>\n"
        } else {
            out += "<h2 id=\"\(attr(id))-title\" class=\"wizard-title\" tabindex=\"-1\">\(HTMLEscaping.text(node.heading?.text ?? tree.title))</h2>\n"
            out += "<div class=\"wizard-answer\">\(render(node.blocks))</div>\n"
            if onSender { out += handoff(node) }
            out += "<div class=\"wizard-feedback\"><p class=\"feedback-question\">Did this fix it?</p>\n"
            out += "<a class=\"button wizard-yes\" href=\"#fixed\">Yes, it's fixed</a> "
            out += "<a class=\"button wizard-no\" href=\"#\(attr(id))--no\">No, that didn't fix it</a></div>\n"
        }
        out += navHTML(parent: parent)
        out += "</section>\n"
        if node.kind != .question { out += noSection(id: id, next: next) }

        let isAudience = node.selection == .audience && node.choices.contains { $0.slug == "admin" }
        for (i, choice) in node.choices.enumerated() {
            let step = Step(prompt: node.prompt ?? "", label: choice.label, nodeID: id)
            var after = next
            if node.selection == .alternative {
                after = i + 1 < node.choices.count ? (node.choices[i + 1].label, sectionID(node.choices[i + 1].node)) : nil
            }
            let sender = onSender || (isAudience && choice.slug == "sender")
            visit(choice.node, trail: (trail + [step]).suffix(Self.maxTrailSteps), parent: id, next: after, onSender: sender, left: left, into: &out)
        }
    }

    private func noSection(id nodeID: String, next: NextMethod?) -> String {
        let id = nodeID + "--no"
        var out = "<section class=\"wizard-node\" id=\"\(attr(id))\" data-kind=\"next\" aria-labelledby=\"\(attr(id))-title\">\n"
        out += "<h2 id=\"\(attr(id))-title\" class=\"wizard-title\" tabindex=\"-1\">Let's try something else</h2>\n"
        out += "<ul class=\"wizard-next\">\n"
        if let next {
            out += "<li><a class=\"wizard-alternative\" href=\"#\(attr(next.id))\">Try: \(HTMLEscaping.text(next.label))</a></li>\n"
        }
        if tree.escalation != nil {
            out += "<li><a class=\"wizard-escalate\" href=\"#n-escalation\">\(next == nil ? "Get more help" : "None of these worked: get more help")</a></li>\n"
        } else {
            out += "<li><a class=\"wizard-article\" href=\"\(attr(topicPage))\">Read the whole article</a></li>\n"
        }
        out += "</ul>\n<p class=\"wizard-nav\"><a class=\"wizard-back\" href=\"#\(attr(nodeID))\">Back</a> <a class=\"wizard-restart\" href=\"#n-root\">Start over</a></p>\n</section>\n"
        return out
    }

    private func handoff(_ node: TreeNode) -> String {
        let codes = tree.codes.map(\.description).joined(separator: ", ")
        let note = "Hi, a message I sent bounced" + (codes.isEmpty ? "" : " with status code \(codes)")
            + ". The help topic \"\(tree.title)\" says only the owner or an admin can fix this. "
            + adminPlace
        let id = "handoff-" + node.id
        var out = "<div class=\"handoff\"><p class=\"handoff-title\">Only the owner or an admin can fix this? Send them this note:</p>\n"
        out += "<textarea id=\"\(attr(id))\" class=\"handoff-note\" readonly rows=\"4\" aria-label=\"Note for your admin\">\(HTMLEscaping.text(note))</textarea>\n"
        out += "<button type=\"button\" class=\"button copy-note\" data-copy=\"\(attr(id))\" hidden>Copy the note</button></div>\n"
        return out
    }

    private func trailHTML(_ trail: ArraySlice<Step>) -> String {
        guard !trail.isEmpty else { return "" }
        var out = "<nav class=\"wizard-trail\" aria-label=\"Your answers\"><ol>\n"
        // A trail cut to its last steps starts where the earlier answers were.
        if trail.startIndex > 0 { out += "<li aria-hidden=\"true\">…</li>\n" }
        for step in trail {
            out += "<li><a href=\"#\(attr(step.nodeID))\"><span class=\"trail-prompt\">\(HTMLEscaping.text(step.prompt))</span> \(HTMLEscaping.text(step.label))</a></li>\n"
        }
        return out + "</ol></nav>\n"
    }

    private func navHTML(parent: String?) -> String {
        var out = "<p class=\"wizard-nav\">"
        if let parent { out += "<a class=\"wizard-back\" href=\"#\(attr(parent))\">Back</a> " }
        out += "<a class=\"wizard-restart\" href=\"#n-root\">Start over</a></p>\n"
        return out
    }

    private func attr(_ s: String) -> String { HTMLEscaping.attribute(s) }
}

