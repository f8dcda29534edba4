import Testing
@testable import FixpathCore

@Suite struct FirstPersonRuleTests {
    @Test(arguments: [["My network uses a VPN gateway", "My network doesn't use a VPN gateway"],
                      ["I need a newer version", "My distribution provides packages"]])
    func firstPersonSituationsDescribeTheReader(headings: [String]) {
        #expect(ChoiceOutcome.of(FirstPersonRule(), RuleHarness.sections(headings)) == .ask("Which of these describes you?", .situation))
    }

    @Test(arguments: [["I'm an email admin", "I got this bounce message"], ["Check A", "Check B"]])
    func rolesAndOtherHeadingsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(FirstPersonRule(), RuleHarness.sections(headings)) == nil)
    }
}
