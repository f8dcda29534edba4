import Testing
@testable import FixpathCore

@Suite struct StepsRuleTests {
    @Test(arguments: [
        ["Step 1: Attach the disk", "Step 2: Repair the data"], ["Step 1", "Step 2", "Check the result"],
        ["1. Make sure the content can be found", "2. Make the results look great"], ["Part 1", "Part 2"],
        ["1.1 - Disable SSL", "1.2 - Enable TLS"], ["Phase 1: Plan", "Phase 2: Deploy", "Phase 3: Verify"],
    ])
    func stepsAreOneAnswer(headings: [String]) {
        #expect(ChoiceOutcome.of(StepsRule(), RuleHarness.sections(headings), mode: .decision) == .answer)
        #expect(ChoiceOutcome.of(StepsRule(), RuleHarness.sections(headings), mode: .reading) == .answer)
    }

    @Test(arguments: [["Method 1", "Method 2"], ["New EAC", "Classic EAC"], ["550 5.7.124 and related codes", "5.7.1 details"]])
    func otherHeadingsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(StepsRule(), RuleHarness.sections(headings)) == nil)
    }
}
