import Testing
@testable import FixpathCore

@Suite struct SingleCauseRuleTests {
    @Test func oneLabelledCauseExplains() {
        #expect(RuleHarness.role(SingleCauseRule(), "Cause 1: The mailbox isn't configured", siblings: ["Resolution"]) == .context(.cause))
        #expect(RuleHarness.role(SingleCauseRule(), "Problem: the message is stuck") == .context(.symptoms))
    }

    @Test(arguments: [
        ("Cause 1: DAO is not registered", ["Cause 2: A reference is missing"]),
        ("Resolution for Cause 1", [String]()),
        ("Cause and solution for situation 1", [String]()),
        ("Scenario 1: A shared mailbox", [String]()),
    ])
    func severalCausesOrRemediesAreLeft(heading: String, siblings: [String]) {
        #expect(RuleHarness.role(SingleCauseRule(), heading, siblings: siblings) == nil)
    }
}
