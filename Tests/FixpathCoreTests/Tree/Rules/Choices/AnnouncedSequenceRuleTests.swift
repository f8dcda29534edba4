import Testing
@testable import FixpathCore

@Suite struct AnnouncedSequenceRuleTests {
    @Test(arguments: ["Check the following three options one by one.", "To troubleshoot the issue, follow these steps:", "Do these checks in order."])
    func announcedStepsAreOneAnswer(text: String) {
        let markdown = "# T\n\n## Review the network\n\n\(text)\n\n### Check the firewall\n\nx\n\n### Check the ports\n\ny\n"
        #expect(ChoiceOutcome.of(AnnouncedSequenceRule(), markdown, under: "review-the-network") == .answer)
    }

    @Test func subsectionsNumberedAsLinksAreSteps() {
        let markdown = "# T\n\n## Resolution\n\nDo these:\n\n1. [Register](#register)\n2. [Delegate](#delegate)\n\n### Register\n\nx\n\n### Delegate\n\ny\n"
        #expect(ChoiceOutcome.of(AnnouncedSequenceRule(), markdown, under: "resolution") == .answer)
    }

    @Test func otherTextIsLeft() {
        let markdown = "# T\n\n## Review the network\n\nPick the check that fits.\n\n### Check the firewall\n\nx\n\n### Check the ports\n\ny\n"
        #expect(ChoiceOutcome.of(AnnouncedSequenceRule(), markdown, under: "review-the-network") == nil)
    }
}
