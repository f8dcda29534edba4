import Testing
@testable import FixpathCore

/// The last rules of the list: situations in a troubleshooting topic, one answer in a page to read.
@Suite struct DefaultChoiceRulesTests {
    @Test(arguments: [["Accepted domain issues", "Hybrid configuration issues"], ["Check A", "Check B"]])
    func troubleshootingSiblingsAreSituations(headings: [String]) {
        let markdown = RuleHarness.sections(headings)
        #expect(ChoiceOutcome.of(SituationsRule(), markdown) == .ask("Which of these do you want to try?", .situation))
        #expect(ChoiceOutcome.of(SituationsRule(), markdown, mode: .reading) == nil)
    }

    @Test(arguments: [["Configure pipeline tracing", "Message snapshot files"], ["Create a subnet", "Update a subnet"]])
    func pageSectionsAreReadInOrder(headings: [String]) {
        let markdown = RuleHarness.sections(headings)
        #expect(ChoiceOutcome.of(ReadingSequenceRule(), markdown, mode: .reading) == .answer)
        #expect(ChoiceOutcome.of(ReadingSequenceRule(), markdown, mode: .decision) == nil)
    }
}
