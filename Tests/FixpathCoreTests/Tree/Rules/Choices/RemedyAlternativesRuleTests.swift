import Testing
@testable import FixpathCore

@Suite struct RemedyAlternativesRuleTests {
    @Test(arguments: [["Resolution", "Workaround"], ["Resolution for Windows 10", "Resolution for Windows 7", "Resolution - Download the package"],
                      ["Solution", "Workaround", "Check the logs"]])
    func remediesAreAlternatives(headings: [String]) {
        #expect(ChoiceOutcome.of(RemedyAlternativesRule(), RuleHarness.sections(headings)) == .ask("Which of these do you want to try?", .alternative))
    }

    @Test(arguments: [["Resolution", "Check A", "Check B"], ["Check A", "Check B"]])
    func groupsWithFewRemediesAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(RemedyAlternativesRule(), RuleHarness.sections(headings)) == nil)
    }
}
