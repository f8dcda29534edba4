import Testing
@testable import FixpathCore

@Suite struct QuestionHeadingChoicesRuleTests {
    @Test func aQuestionHeadingAsksInAPageToRead() {
        let markdown = "# Topic\n\n## What do you want to do?\n\n### Use the EAC\n\nSteps.\n\n### Use the Shell\n\nSteps.\n"
        #expect(ChoiceOutcome.of(QuestionHeadingChoicesRule(), markdown, under: "what-do-you-want-to-do", mode: .reading)
            == .ask("What do you want to do?", .situation))
    }

    @Test func aClosingQuestionToTheReaderAsks() {
        let markdown = "# Topic\n\n## Peering\n\nDoes your network use a VPN gateway?\n\n### It does\n\nA.\n\n### It doesn't\n\nB.\n"
        #expect(ChoiceOutcome.of(QuestionHeadingChoicesRule(), markdown, under: "peering", mode: .reading)
            == .ask("Does your network use a VPN gateway?", .situation))
    }

    @Test func noQuestionNoChoice() {
        #expect(ChoiceOutcome.of(QuestionHeadingChoicesRule(), RuleHarness.sections(["Check A", "Check B"]), mode: .reading) == nil)
    }
}
