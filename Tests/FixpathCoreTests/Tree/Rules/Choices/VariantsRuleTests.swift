import Testing
@testable import FixpathCore

@Suite struct VariantsRuleTests {
    @Test(arguments: [
        (["New EAC", "Classic EAC"], "Which EAC are you using?", ["New EAC", "Classic EAC"]),
        (["Fix your list in Outlook", "Fix your list in Outlook on the web"], "Which Outlook are you using?", ["Outlook", "Outlook on the web"]),
        (["Windows 10", "Windows 8.1"], "Which Windows are you using?", ["Windows 10", "Windows 8.1"]),
        (["Outlook 2016", "Outlook 2013"], "Which Outlook are you using?", ["Outlook 2016", "Outlook 2013"]),
    ])
    func toolAndVersionNamesAreVariants(headings: [String], prompt: String, labels: [String]) {
        let outcome = ChoiceOutcome.of(VariantsRule(), RuleHarness.sections(headings), comparingLabels: true)
        #expect(outcome == .ask(prompt, .variant, labels: labels))
    }

    @Test(arguments: [["Step 1", "Step 2"], ["Option 1", "Option 2"], ["Resolution", "Resolution - download the package"],
                      ["Pre-provision OneDrive for users", "Pre-provision OneDrive for all licensed users"], ["Check A", "Check B"]])
    func labelsAndPlainWordsAreNotVariants(headings: [String]) {
        #expect(ChoiceOutcome.of(VariantsRule(), RuleHarness.sections(headings)) == nil)
    }
}
