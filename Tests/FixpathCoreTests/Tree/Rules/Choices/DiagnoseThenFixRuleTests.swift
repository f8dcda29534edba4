import Testing
@testable import FixpathCore

@Suite struct DiagnoseThenFixRuleTests {
    @Test(arguments: [["Determine the source of the problem", "Solution"], ["Identify the affected servers", "Isolate the cause", "Resolution"],
                      ["Diagnose asymmetric peering states", "Resolution"], ["Verifying issue for cause 1", "Resolution"],
                      ["Identify a damaged profile", "Delete and re-create a profile"]])
    func investigationThenFixIsOneAnswer(headings: [String]) {
        #expect(ChoiceOutcome.of(DiagnoseThenFixRule(), RuleHarness.sections(headings)) == .answer)
    }

    @Test(arguments: [["Solution", "Determine the source"], ["Verify the recipient", "Fix or remove the forwarding"], ["Check A", "Check B"],
                      ["Identify the servers", "Method 1", "Method 2"]])
    func otherGroupsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(DiagnoseThenFixRule(), RuleHarness.sections(headings)) == nil)
    }
}
