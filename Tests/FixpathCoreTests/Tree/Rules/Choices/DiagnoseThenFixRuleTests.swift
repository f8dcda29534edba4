import Testing
@testable import FixpathCore

@Suite struct DiagnoseThenFixRuleTests {
    @Test(arguments: [["Determine the source of the problem", "Solution"], ["Identify the affected servers", "Isolate the cause", "Resolution"],
                      ["Diagnose asymmetric peering states", "Resolution"]])
    func investigationThenFixIsOneAnswer(headings: [String]) {
        #expect(ChoiceOutcome.of(DiagnoseThenFixRule(), RuleHarness.sections(headings)) == .answer)
    }

    @Test(arguments: [["Solution", "Determine the source"], ["Check A", "Resolution"], ["Determine A", "Determine B"]])
    func otherGroupsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(DiagnoseThenFixRule(), RuleHarness.sections(headings)) == nil)
    }
}
