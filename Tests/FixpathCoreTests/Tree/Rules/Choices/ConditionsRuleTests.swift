import Testing
@testable import FixpathCore

@Suite struct ConditionsRuleTests {
    @Test(arguments: [
        (["If the error occurs when viewing containers", "If the error occurs when changing blobs"], "Which of these matches what you see?"),
        (["If you're using an access key", "If you're using a private endpoint"], "Which of these are you using?"),
        (["When the service doesn't start", "When the service stops later"], "Which of these matches what you see?"),
    ])
    func conditionsAreSituations(headings: [String], prompt: String) {
        #expect(ChoiceOutcome.of(ConditionsRule(), RuleHarness.sections(headings)) == .ask(prompt, .situation))
    }

    @Test(arguments: [["If", "When"], ["Check A", "Check B"], ["For Windows 10", "For Windows 8.1"]])
    func otherHeadingsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(ConditionsRule(), RuleHarness.sections(headings)) == nil)
    }
}
