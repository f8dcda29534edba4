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

    static let boldLabels = """
    # Topic

    ## The machine is already enrolled

    **Cause:** It was enrolled before.

    **Solution:** Delete the old certificate.

    ## This account is not allowed on this phone

    **Cause:** No license.

    **Solution:** Assign a license.
    """

    @Test(arguments: [pairs, quoted, boldLabels])
    func pairsAreMatched(markdown: String) {
        #expect(ChoiceOutcome.of(ProblemResolutionPairsRule(), markdown) == .ask("Which of these matches what you see?", .situation))
    }

    @Test func sectionsWithoutPartsAreLeft() {
        #expect(ChoiceOutcome.of(ProblemResolutionPairsRule(), RuleHarness.sections(["Check A", "Check B"])) == nil)
        #expect(ChoiceOutcome.of(ProblemResolutionPairsRule(), Self.pairs, mode: .reading) == nil)
    }
}
