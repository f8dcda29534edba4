import Testing
@testable import FixpathCore

@Suite struct ListedProblemsRuleTests {
    static let listed = """
    # Topic

    ## Cause

    This can occur for two reasons: a [billing limit](#billing-limit) or a [stopped site](#site-stopped).

    ## Resolution

    ### Billing limit

    Raise the limit.

    ### Site stopped

    Start the site.
    """

    @Test func problemsTheCauseListsAreMatched() {
        #expect(ChoiceOutcome.of(ListedProblemsRule(), Self.listed, under: "resolution") == .ask("Which of these matches what you see?", .situation))
    }

    @Test func unlistedSectionsAreLeft() {
        let markdown = Self.listed.replacingOccurrences(of: "(#billing-limit)", with: "(limits.md)")
        #expect(ChoiceOutcome.of(ListedProblemsRule(), markdown, under: "resolution") == nil)
        #expect(ChoiceOutcome.of(ListedProblemsRule(), Self.listed, under: "resolution", mode: .reading) == nil)
    }
}
