import Testing
@testable import FixpathCore

@Suite struct NumberedAlternativesRuleTests {
    @Test(arguments: [
        (["Method 1: Add the sender", "Method 2: Allow everyone"], "Which method do you want to try?"),
        (["Option A: Use the portal", "Option B: Use PowerShell"], "Which option do you want to try?"),
        (["Solution 1 - Remove the loop", "Solution 2 - Change the routing", "Check the MX record"], "Which solution do you want to try?"),
        (["Resolution - Method 1", "Resolution - Method 2"], "Which method do you want to try?"),
        (["Workaround 1", "Workaround 2"], "Which workaround do you want to try?"),
    ])
    func numberedHeadingsAreAlternatives(headings: [String], prompt: String) {
        #expect(ChoiceOutcome.of(NumberedAlternativesRule(), RuleHarness.sections(headings)) == .ask(prompt, .alternative))
        #expect(ChoiceOutcome.of(NumberedAlternativesRule(), RuleHarness.sections(headings), mode: .reading) == .ask(prompt, .alternative))
    }

    @Test func aLeadingInvestigationIntroducesTheOptions() throws {
        let markdown = RuleHarness.sections(["Identify the affected servers and select a solution", "Option 1: Remove them", "Option 2: Keep them"])
        let (shape, _) = try #require(NumberedAlternativesRule().shape(of: RuleHarness.group(markdown)))
        guard case .question(let q) = shape else { Issue.record("not a question"); return }
        #expect(q.introductions == 1)
        let tree = RuleHarness.tree(markdown)
        #expect(tree.root.choices.map(\.label) == ["Option 1: Remove them", "Option 2: Keep them"])
        #expect(PlainText.of(tree.root.blocks).contains("Identify the affected servers"))
    }

    @Test(arguments: [["Method 1", "Check A", "Check B"], ["Step 1", "Step 2"], ["Option a new profile", "Option to keep"], ["Scenario 1", "Scenario 2"]])
    func otherGroupsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(NumberedAlternativesRule(), RuleHarness.sections(headings)) == nil)
    }
}
