@testable import FixpathCore

/// What a choice rule made of a group, in a form a test table can hold.
struct ChoiceOutcome: Equatable, CustomStringConvertible {
    var question: Bool
    var prompt: String?
    var selection: TreeNode.Selection?
    var labels: [String]?

    static let answer = ChoiceOutcome(question: false)

    static func ask(_ prompt: String, _ selection: TreeNode.Selection, labels: [String]? = nil) -> ChoiceOutcome {
        ChoiceOutcome(question: true, prompt: prompt, selection: selection, labels: labels)
    }

    init(question: Bool, prompt: String? = nil, selection: TreeNode.Selection? = nil, labels: [String]? = nil) {
        self.question = question
        self.prompt = prompt
        self.selection = selection
        self.labels = labels
    }

    /// The rule's decision on the top-level fix sections of `markdown`, or nil when it does not apply.
    static func of(_ rule: some ChoiceRule, _ markdown: String, under anchor: String? = nil, mode: InferenceMode = .decision,
                   comparingLabels: Bool = false) -> ChoiceOutcome? {
        guard rule.modes.contains(mode), let (shape, _) = rule.shape(of: RuleHarness.group(markdown, under: anchor, mode: mode)) else { return nil }
        switch shape {
        case .oneAnswer: return .answer
        case .question(let q): return ChoiceOutcome(question: true, prompt: q.prompt, selection: q.selection, labels: comparingLabels ? q.labels : nil)
        }
    }

    var description: String { question ? "question(\(prompt ?? ""), \(selection?.rawValue ?? ""), \(labels ?? []))" : "answer" }
}
