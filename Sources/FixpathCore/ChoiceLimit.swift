/// Questions with more choices than a reader can use: past one screen of choices (a 24-line
/// terminal, a phone), a list is read through rather than chosen from.
enum ChoiceLimit {
    static let maxChoices = 24

    static func check(_ tree: DecisionTree, path: String) -> [Diagnostic] {
        tree.nodes.filter { $0.kind == .question && $0.choices.count > maxChoices }.map { question in
            let line = question.heading?.line ?? question.choices.first?.node.heading?.line ?? 1
            return Diagnostic(path: path, location: SourceLocation(line: line, column: 1), severity: .warning, code: DiagnosticCode.tooManyChoices,
                              message: "question '\(question.prompt ?? "")' offers \(question.choices.count) choices; readers can use at most \(maxChoices)",
                              hint: "group the sections under a few headings, or split the topic")
        }
    }
}
