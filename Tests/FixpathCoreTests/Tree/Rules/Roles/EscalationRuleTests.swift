import Testing
@testable import FixpathCore

@Suite struct EscalationRuleTests {
    @Test(arguments: [
        "Still need help?", "Still need help with error code 550 5.7.124?", "Need more help?", "Get more help", "Contact us for help",
        "Contact Microsoft Support", "Contacting support", "Did this fix the problem?", "Is the problem fixed?", "Still having problems",
        "Help and support", "Open a support request", "Escalation", "Has the issue been resolved?",
    ])
    func seeksHelp(heading: String) {
        #expect(RuleHarness.role(EscalationRule(), heading) == .escalation)
    }

    @Test(arguments: [
        "Help users troubleshoot Delve", "Microsoft Support and Recovery Assistant", "Collecting data for Microsoft Support",
        "Does the issue affect only database connections?", "Resolution", "Need to know", "If you still receive a warning message",
    ])
    func leavesOtherHeadings(heading: String) {
        #expect(RuleHarness.role(EscalationRule(), heading) == nil)
    }
}
