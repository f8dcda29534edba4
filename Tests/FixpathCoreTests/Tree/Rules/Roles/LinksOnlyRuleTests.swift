import Testing
@testable import FixpathCore

@Suite struct LinksOnlyRuleTests {
    @Test(arguments: [
        "- [Create a rule](create.md)\n- [Delete a rule](delete.md)",
        "See [the overview](overview.md).",
        "> [!div class=\"nextstepaction\"]\n> [Configure it](configure.md)",
    ])
    func sectionsOfLinksAreBackground(body: String) {
        #expect(RuleHarness.role(LinksOnlyRule(), "Guides", body: body) == .context(.links))
    }

    @Test(arguments: ["To peer networks in one subscription, use the methods in [Create a peering](a.md).", "1. Open the portal.", "No links here."])
    func sectionsWithTextAreLeft(body: String) {
        #expect(RuleHarness.role(LinksOnlyRule(), "Guides", body: body) == nil)
    }
}
