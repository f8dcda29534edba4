import FixpathCore
import FixpathMarkdown

/// One step of the wizard as both front ends show it: where the reader is, the content, and what they can do next.
/// Its strings come from content, so their control characters are escaped (see ``ControlCharacters``).
public struct WizardScreen {
    /// What picking an option does.
    public enum Action: Equatable, Sendable {
        case choose(Int)
        case fixed(Bool)
        case handOff
    }

    /// One thing the reader can pick on this screen.
    public struct Option: Equatable, Sendable {
        public var label: String
        /// The slug scripts and `--answers` use, when the option is a choice.
        public var slug: String?
        public var action: Action
    }

    /// The section heading of an answer or escalation, or nil for a question.
    public var heading: String?
    public var blocks: [Block]
    /// The question to answer: a choice prompt, or "Did this fix it?".
    public var prompt: String?
    public var options: [Option]
    /// One line about the state: how many questions are left, or how the walk ended.
    public var status: String?

    public init(_ session: WizardSession) {
        let node = session.node
        let shown = { (text: String) in ControlCharacters.escaped(text) }
        switch session.stage {
        case .question:
            heading = node.heading.map { shown($0.text) }
            blocks = node.blocks
            prompt = shown(node.prompt ?? "Which of these do you want to try?")
            options = node.choices.enumerated().map { Option(label: shown($1.label), slug: shown($1.slug), action: .choose($0)) }
            let left = session.questionsLeftAtMost
            status = left == 1 ? "This is the last question." : "At most \(left) questions left."
        case .answer where session.tree.kind == .reading:
            heading = node.heading?.text
            blocks = node.blocks
            prompt = nil
            options = []
            status = "This is a page to read: it has no questions and no guided fix."
        case .answer:
            heading = node.heading.map { shown($0.text) }
            blocks = node.blocks
            prompt = "Did this fix it?"
            options = [Option(label: "Yes", action: .fixed(true)), Option(label: "No, that didn't fix it", action: .fixed(false))]
            if session.canHandToAdmin { options.append(Option(label: "Hand it to your admin", action: .handOff)) }
            status = nil
        case .fixed:
            heading = nil
            blocks = []
            prompt = nil
            options = []
            status = "Good. The problem is fixed."
        case .escalation, .exhausted:
            let escalation = session.escalation
            heading = escalation?.heading.map { shown($0.text) }
            blocks = escalation?.blocks ?? []
            options = session.canHandToAdmin ? [Option(label: "Hand it to your admin", action: .handOff)] : []
            prompt = options.isEmpty ? nil : "Can't fix it yourself?"
            status = escalation == nil ? "That was the last fix this topic offers." : nil
        }
    }

    /// The choices made so far, for a "where am I" line.
    public static func trail(_ session: WizardSession) -> [String] {
        session.trail.map { ControlCharacters.escaped($0.choice.label) }
    }

    /// The note for the reader's admin, as the terminal shows it: its lines kept, controls escaped.
    public static func adminNote(_ session: WizardSession, code: StatusCode?) -> String? {
        session.adminNote(code: code).map { ControlCharacters.escaped($0, keepingLineBreaks: true) }
    }

    /// What to say after "No, that didn't fix it".
    public static func message(for next: WizardSession.Next?) -> String? {
        switch next {
        case .alternative(let label): return "Next, try: \(label)"
        case .escalation: return "None of the fixes worked. Here is how to get more help."
        case .exhausted, nil: return nil
        }
    }

    /// Title and status codes, the first lines of every screen.
    public static func header(_ tree: DecisionTree) -> [String] {
        var lines = [ControlCharacters.escaped(tree.title)]
        if !tree.codes.isEmpty {
            lines.append("Status code\(tree.codes.count > 1 ? "s" : ""): \(tree.codes.map(\.description).joined(separator: ", "))")
        }
        return lines
    }
}
