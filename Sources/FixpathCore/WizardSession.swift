import Foundation

/// A reader's walk through a decision tree, with no I/O: the state machine both wizards drive.
public struct WizardSession: Sendable {
    /// What the reader is looking at.
    public enum Stage: String, Sendable {
        case question, answer, fixed, escalation
        /// Nothing fixed it and the topic has no escalation section.
        case exhausted
    }

    /// Where "No, that didn't fix it" led.
    public enum Next: Equatable, Sendable {
        /// The method offered next, by its label.
        case alternative(String)
        case escalation
        case exhausted
    }

    /// A reply or action that does not fit the current step.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case noSuchChoice(reply: String, prompt: String, slugs: [String])
        case notAtQuestion(reply: String)
        case notAtAnswer

        public var description: String {
            switch self {
            case .noSuchChoice(let reply, let prompt, let slugs):
                return "no choice '\(reply)' for \"\(prompt)\"; use a number from 1 to \(slugs.count) or one of: \(slugs.joined(separator: ", "))"
            case .notAtQuestion(let reply):
                return "'\(reply)' comes after the answer was reached"
            case .notAtAnswer:
                return "there is no answer to confirm yet"
            }
        }
    }

    public let tree: DecisionTree
    /// Choice indexes from the root to the current node.
    public private(set) var path: [Int] = []
    /// Paths of the answers the reader said did not fix it.
    public private(set) var tried: Set<[Int]> = []
    private var ending: Stage?

    public init(tree: DecisionTree) {
        self.tree = tree
    }

    /// The node at `path`: the question being asked or the answer being shown.
    public var node: TreeNode { tree.root.node(at: path) ?? tree.root }

    public var stage: Stage { ending ?? (node.kind == .question ? .question : .answer) }

    /// The questions asked so far and the choices made, root first.
    public var trail: [(question: TreeNode, choice: Choice)] {
        var result: [(TreeNode, Choice)] = []
        var current = tree.root
        for index in path {
            let choice = current.choices[index]
            result.append((current, choice))
            current = choice.node
        }
        return result
    }

    public var slugs: [String] { trail.map(\.choice.slug) }

    /// The web wizard's address for this step: `#/admin/method-1/new-eac`.
    public var hashPath: String { "#/" + slugs.joined(separator: "/") }

    /// The most questions still to answer before an answer, counting the current one.
    public var questionsLeftAtMost: Int {
        stage == .question ? Self.depth(node) : 0
    }

    private static func depth(_ node: TreeNode) -> Int {
        node.kind == .question ? 1 + (node.choices.map { depth($0.node) }.max() ?? 0) : 0
    }

    // MARK: - Actions

    /// The index of the choice a reply names: a 1-based number, a slug, a label, or the unique start of a label.
    public func choiceIndex(for reply: String) -> Int? {
        let text = reply.trimmingCharacters(in: .whitespaces)
        let choices = node.choices
        if let number = Int(text) { return choices.indices.contains(number - 1) ? number - 1 : nil }
        let lower = text.lowercased()
        guard !lower.isEmpty else { return nil }
        if let i = choices.firstIndex(where: { $0.slug.lowercased() == lower }) { return i }
        if let i = choices.firstIndex(where: { $0.label.lowercased() == lower }) { return i }
        let starts = choices.indices.filter { choices[$0].label.lowercased().hasPrefix(lower) }
        return starts.count == 1 ? starts[0] : nil
    }

    public mutating func choose(_ index: Int) throws {
        guard stage == .question else { throw Failure.notAtQuestion(reply: String(index + 1)) }
        guard node.choices.indices.contains(index) else { throw noSuchChoice(String(index + 1)) }
        path.append(index)
    }

    /// Chooses by number, slug or label.
    public mutating func choose(_ reply: String) throws {
        guard stage == .question else { throw Failure.notAtQuestion(reply: reply) }
        guard let index = choiceIndex(for: reply) else { throw noSuchChoice(reply) }
        path.append(index)
    }

    /// Follows scripted replies: choices at questions, and `yes` or `no` at answers.
    public mutating func follow(_ replies: [String]) throws {
        for reply in replies {
            if stage == .answer, let fixed = Self.yesNo(reply) {
                _ = try answerFixed(fixed)
            } else {
                try choose(reply)
            }
        }
    }

    /// Reads `yes`/`y`/`1` and `no`/`n`/`2`.
    public static func yesNo(_ reply: String) -> Bool? {
        switch reply.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "1": return true
        case "no", "n", "2": return false
        default: return nil
        }
    }

    private func noSuchChoice(_ reply: String) -> Failure {
        .noSuchChoice(reply: reply, prompt: node.prompt ?? "", slugs: node.choices.map(\.slug))
    }

    /// Steps back: from an ending to its answer, otherwise up one question. False at the root.
    @discardableResult
    public mutating func back() -> Bool {
        if ending != nil {
            ending = nil
            return true
        }
        guard !path.isEmpty else { return false }
        path.removeLast()
        return true
    }

    public mutating func restart() {
        path = []
        tried = []
        ending = nil
    }

    /// "Did this fix it?" Yes ends the walk; no moves on to the next untried method, then to escalation.
    @discardableResult
    public mutating func answerFixed(_ fixed: Bool) throws -> Next? {
        guard stage == .answer else { throw Failure.notAtAnswer }
        if fixed {
            ending = .fixed
            return nil
        }
        tried.insert(path)
        if let next = nextAlternative {
            let choice = tree.root.node(at: Array(next.dropLast()))!.choices[next.last!]
            path = carryVariants(to: next)
            return .alternative(choice.label)
        }
        ending = tree.escalation == nil ? .exhausted : .escalation
        return ending == .escalation ? .escalation : .exhausted
    }

    /// The path of the alternative "No" would offer: the first untried sibling, in document order,
    /// under the nearest alternative question above the answer that still has one.
    public var nextAlternative: [Int]? {
        guard stage == .answer else { return nil }
        let untried = tried.union([path])
        for depth in stride(from: path.count - 1, through: 0, by: -1) {
            let prefix = Array(path[..<depth])
            guard let question = tree.root.node(at: prefix), question.selection == .alternative else { continue }
            for index in question.choices.indices {
                let candidate = prefix + [index]
                if !untried.contains(where: { $0.starts(with: candidate) }) { return candidate }
            }
        }
        return nil
    }

    /// Under the next method, picks the same tool or version the reader already chose ("New EAC").
    private func carryVariants(to target: [Int]) -> [Int] {
        var result = target
        let previous = slugs.dropFirst(target.count)
        for slug in previous {
            guard let node = tree.root.node(at: result), node.selection == .variant,
                  let index = node.choices.firstIndex(where: { $0.slug == slug }) else { break }
            result.append(index)
        }
        return result
    }

    /// The escalation section while the stage is `.escalation`.
    public var escalation: TreeNode? { stage == .escalation ? tree.escalation : nil }

    // MARK: - Hand it to your admin

    /// The root choices for senders and admins, when the topic has both.
    private var audience: (sender: Int, admin: Choice)? {
        guard tree.root.selection == .audience,
              let sender = tree.root.choices.firstIndex(where: { $0.slug == "sender" }),
              let admin = tree.root.choices.first(where: { $0.slug == "admin" }) else { return nil }
        return (sender, admin)
    }

    /// True on the sender's path once an answer is shown, when the topic also has an admin path.
    public var canHandToAdmin: Bool {
        guard let audience, stage != .question, stage != .fixed else { return false }
        return path.first == audience.sender
    }

    /// A short note a sender can copy to their admin: the status code, the topic, and how to reach its admin path.
    public func adminNote(code: StatusCode? = nil) -> String? {
        guard canHandToAdmin, let admin = audience?.admin else { return nil }
        let codes = tree.codes.map(\.description)
        var what = "a bounce message"
        if let code, !codes.contains(code.description) {
            what += " with status code \(code)"
        } else if !codes.isEmpty {
            what += " with status code\(codes.count > 1 ? "s" : "") \(codes.joined(separator: ", "))"
        }
        let base = tree.topic.hasSuffix(".md") ? String(tree.topic.dropLast(3)) : tree.topic
        return """
        A message I sent came back as \(what).
        The fix has to be made by an admin: see "\(tree.title)", the part "\(admin.label)".
        In a terminal:
          fixpath wizard \(tree.topic) --answers \(admin.slug)
        On the help site:
          \(base).guide.html#/\(admin.slug)
        """
    }
}
