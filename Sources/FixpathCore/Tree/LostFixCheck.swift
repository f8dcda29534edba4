/// Nothing lost silently: a fix section the inferred tree never offers is a warning (FP106) at its
/// heading, so `fixpath check` tells the author.
extension TreeInference {
    /// Background purposes that hold procedures by nature: steps there are expected, not lost.
    private static let procedural: Set<SectionRole.Purpose> = [.prerequisites, .dataCollection, .verification, .prevention, .declared, .links]

    mutating func reportLostFixes(_ tree: DecisionTree, _ sections: [Section]) {
        guard directives.tree == nil else { return }
        let covered = tree.shownAnchors
        var found: [Diagnostic] = []
        func walk(_ sections: [Section], background: Section?) {
            for section in sections {
                let anchor = section.heading.anchor
                if anchor == escalationAnchor { continue }
                let facts = lookup.facts(section)
                if let background {
                    if facts.label.isRemedy || facts.label.isNumbered {
                        found.append(report(section.heading.location.line, DiagnosticCode.treeLostFix,
                                            "fix section '\(section.heading.text)' is inside '\(background.heading.text)', which is background, so the guided fix never offers it",
                                            "move it out of '\(background.heading.text)', or declare the tree in the 'fixpath:' block", severity: .warning))
                    }
                    walk(section.children, background: background)
                    continue
                }
                switch role(section) {
                case .context(let purpose):
                    if !Self.procedural.contains(purpose) { walk(section.children, background: section) }
                case .fix:
                    if !covered.contains(anchor) {
                        found.append(report(section.heading.location.line, DiagnosticCode.treeLostFix,
                                            "fix section '\(section.heading.text)' is not reachable in the inferred tree",
                                            "make it a subsection of a fix, or declare the tree in the 'fixpath:' block", severity: .warning))
                    }
                    walk(section.children, background: nil)
                case .escalation, .related:
                    continue
                }
            }
        }
        walk(sections, background: nil)
        diagnostics += found
    }
}
