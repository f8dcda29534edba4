import Testing
@testable import FixpathCore

@Suite struct LabelledFixRuleTests {
    @Test(arguments: ["Method 1: Verify that it worked", "Step 2", "Scenario 3: hybrid", "Resolution", "Option B: Use PowerShell",
                      "Troubleshooting steps", "How to fix this issue", "Workaround 2", "Error mitigations", "Cause 1a: a wrong role"])
    func labelledHeadingsAreFixes(heading: String) {
        #expect(RuleHarness.role(LabelledFixRule(), heading) == .fix)
    }

    @Test(arguments: ["More information", "Check the connector", "Symptoms"])
    func unlabelledHeadingsAreLeft(heading: String) {
        #expect(RuleHarness.role(LabelledFixRule(), heading) == nil)
    }
}
