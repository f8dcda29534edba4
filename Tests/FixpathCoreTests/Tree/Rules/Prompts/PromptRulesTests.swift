import Testing
@testable import FixpathCore

@Suite struct PromptRulesTests {
    @Test(arguments: [("What do you want to do?", "What do you want to do?"), ("Which version do you use?", "Which version do you use?")])
    func questionHeadingIsThePrompt(heading: String, prompt: String) {
        let markdown = "# T\n\n## \(heading)\n\n### A in Outlook\n\nx\n\n### A in Outlook on the web\n\ny\n"
        let group = RuleHarness.group(markdown, under: AnchorSet.slug(heading))
        #expect(QuestionHeadingPromptRule().prompt(for: group)?.0 == prompt)
    }

    @Test(arguments: [
        ("Check the Status field. What is the status?", "What is the status?"),
        ("Does your network use a third-party NVA or VPN gateway?", "Does your network use a third-party NVA or VPN gateway?"),
    ])
    func closingQuestionIsThePrompt(text: String, prompt: String) {
        let markdown = "# T\n\n## Peering\n\n\(text)\n\n### Connected\n\nx\n\n### Disconnected\n\ny\n"
        #expect(ClosingQuestionPromptRule().prompt(for: RuleHarness.group(markdown, under: "peering"))?.0 == prompt)
    }

    @Test(arguments: ["Check the status.", "Why does this happen? It happens because of X."])
    func statementsAreNotPrompts(text: String) {
        let markdown = "# T\n\n## Peering\n\n\(text)\n\n### Connected\n\nx\n\n### Disconnected\n\ny\n"
        #expect(ClosingQuestionPromptRule().prompt(for: RuleHarness.group(markdown, under: "peering")) == nil)
        #expect(QuestionHeadingPromptRule().prompt(for: RuleHarness.group(markdown, under: "peering")) == nil)
    }
}
