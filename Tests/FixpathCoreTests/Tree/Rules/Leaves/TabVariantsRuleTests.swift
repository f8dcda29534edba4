import Testing
@testable import FixpathCore

@Suite struct TabVariantsRuleTests {
    static func tabs(_ titles: [String], groups: Int = 1) -> [Block] {
        let group = titles.map { "# [\($0)](#tab/\(AnchorSet.slug($0)))\n\nSteps for \($0).\n" }.joined(separator: "\n") + "\n---\n"
        return MarkdownParser.parse((0..<groups).map { "Part \($0 + 1).\n\n" + group }.joined(separator: "\n")).blocks
    }

    @Test(arguments: [
        (["Azure portal", "Azure CLI", "Azure PowerShell"], "Which tool are you using?"),
        (["Windows", "macOS", "Linux"], "Which platform are you using?"),
        ([".NET", "Python", "Java"], "Which language are you using?"),
        (["Error message 1", "Error message 2"], "Which of these matches what you see?"),
        (["Outlook 2016", "Outlook 2013"], "Which version are you using?"),
    ])
    func tabsAreVariants(titles: [String], prompt: String) throws {
        let question = try #require(TabVariantsRule().question(for: Self.tabs(titles)))
        #expect(question.prompt == prompt)
        #expect(question.variants.map(\.title) == titles)
        #expect(PlainText.of(question.variants[1].blocks).contains("Steps for \(titles[1])"))
        #expect(!PlainText.of(question.variants[1].blocks).contains("Steps for \(titles[0])"))
    }

    @Test func groupsWithTheSameTabsAreOneChoice() throws {
        let question = try #require(TabVariantsRule().question(for: Self.tabs(["PowerShell", "CLI"], groups: 2)))
        #expect(PlainText.of(question.variants[0].blocks).components(separatedBy: "Steps for PowerShell").count == 3)
    }

    @Test func groupsWithDifferentTabsAreLeft() {
        let blocks = Self.tabs(["PowerShell", "CLI"]) + Self.tabs(["Windows", "Linux"])
        #expect(TabVariantsRule().question(for: blocks) == nil)
        #expect(TabVariantsRule().question(for: MarkdownParser.parse("No tabs.").blocks) == nil)
    }

    @Test func otherTabsOrganizeAPageToRead() throws {
        let question = try #require(TabVariantsRule().question(for: Self.tabs(["Broader questions", "Client computer"])))
        #expect(!question.namesVariants)
    }
}
