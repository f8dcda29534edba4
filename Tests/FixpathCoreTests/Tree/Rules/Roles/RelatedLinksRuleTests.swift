import Testing
@testable import FixpathCore

@Suite struct RelatedLinksRuleTests {
    @Test(arguments: ["See also", "Related articles", "Related content", "Additional resources", "Other resources", "Next steps",
                      "Further reading", "References", "Online references", "Useful links", "Learn more", "More resources"])
    func namesLinks(heading: String) {
        #expect(RuleHarness.role(RelatedLinksRule(), heading) == .related)
    }

    @Test(arguments: ["More information", "Content", "Resolution", "Related issues with sign-in and the cached credentials"])
    func leavesOtherHeadings(heading: String) {
        #expect(RuleHarness.role(RelatedLinksRule(), heading) == nil)
    }
}
