import Testing
@testable import FixpathCore

@Suite struct ProblemResolutionPairsRuleTests {
    static let pairs = """
    # Topic

    ## Connection times out

    The server doesn't answer.

    ### Troubleshooting steps

    1. Check the network.

    ## A policy blocks the action

    ### Cause

    A policy.

    ### Resolution

    1. Review the policy.
    """

    static let quoted = """
    # Topic

    ## InvalidRequestor

    > The requestor must be a single user

    Use one user.

    ## AttachmentTooLarge

    > The attachment exceeds 5 MB

    Send a smaller file.
    """

    @Test(arguments: [pairs, quoted])
    func pairsAreMatched(markdown: String) {
        #expect(ChoiceOutcome.of(ProblemResolutionPairsRule(), markdown) == .ask("Which of these matches what you see?", .situation))
    }

    @Test func sectionsWithoutPartsAreLeft() {
        #expect(ChoiceOutcome.of(ProblemResolutionPairsRule(), RuleHarness.sections(["Check A", "Check B"])) == nil)
        #expect(ChoiceOutcome.of(ProblemResolutionPairsRule(), Self.pairs, mode: .reading) == nil)
    }
}
