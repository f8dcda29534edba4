import Testing
@testable import FixpathCore

@Suite struct CauseChoicesRuleTests {
    @Test(arguments: [
        (["Cause 1: DAO is not registered", "Cause 2: A reference is missing"], ["Cause 1: DAO is not registered", "Cause 2: A reference is missing"]),
        (["Resolution for Cause 1", "Resolution for Cause 2"], ["Cause 1", "Cause 2"]),
        (["Scenario 1: A shared mailbox", "Scenario 2: A group"], ["Scenario 1: A shared mailbox", "Scenario 2: A group"]),
        (["Cause and solution for Situation 1: a GC is missing", "Cause and solution for situation 2: a DC reports 8240"],
         ["Cause and solution for Situation 1: a GC is missing", "Cause and solution for situation 2: a DC reports 8240"]),
        (["Error: The operation timed out", "Error: Access denied"], ["Error: The operation timed out", "Error: Access denied"]),
        (["Cause 1a: wrong role", "Cause 1b: wrong architecture"], ["Cause 1a: wrong role", "Cause 1b: wrong architecture"]),
    ])
    func labelledCausesAreMatched(headings: [String], labels: [String]) {
        let outcome = ChoiceOutcome.of(CauseChoicesRule(), RuleHarness.sections(headings), comparingLabels: true)
        #expect(outcome == .ask("Which of these matches what you see?", .situation, labels: labels))
    }

    @Test(arguments: [
        (["1": "A certificate is missing", "2": "A setting is wrong"], ["Cause 1: A certificate is missing", "Cause 2: A setting is wrong"]),
        (["2": "A setting is wrong"], ["Cause 1", "Cause 2"]),
    ])
    func remediesForCausesSayWhatEachCauseSaysOnlyWhenAllDo(causes: [String: String], labels: [String]) throws {
        var group = RuleHarness.group(RuleHarness.sections(["Resolution for Cause 1", "Resolution for Cause 2"]))
        group.causes = causes
        let (shape, _) = try #require(CauseChoicesRule().shape(of: group))
        guard case .question(let question) = shape else { Issue.record("expected a question, got \(shape)"); return }
        #expect(question.labels == labels)
    }

    @Test func sectionsBeforeTheCasesIntroduceThem() throws {
        let group = RuleHarness.group(RuleHarness.sections(["The rule we start from", "Error 1", "Error 2", "General checks"]))
        let (shape, _) = try #require(CauseChoicesRule().shape(of: group))
        guard case .question(let question) = shape else { Issue.record("expected a question, got \(shape)"); return }
        #expect(question.introductions == 1)
    }

    @Test func notInAPageToRead() {
        #expect(ChoiceOutcome.of(CauseChoicesRule(), RuleHarness.sections(["Scenario 1", "Scenario 2"]), mode: .reading) == nil)
    }

    @Test(arguments: [["Cause 1: one", "Method 1", "Method 2"], ["Check A", "Check B"]])
    func otherGroupsAreLeft(headings: [String]) {
        #expect(ChoiceOutcome.of(CauseChoicesRule(), RuleHarness.sections(headings)) == nil)
    }
}
