import Testing
@testable import FixpathMarkdown

private func html(_ markdown: String) -> String {
    var renderer = HTMLRenderer()
    return renderer.render(MarkdownParser.parse(markdown).blocks)
}

@Suite struct LearnConstructTests {
    @Test(arguments: AlertKind.allCases)
    func alertBecomesLabeledBox(kind: AlertKind) {
        let out = html("> [!\(kind.rawValue.uppercased())]\n> Keep **this** in mind.\n")
        #expect(out.contains("<div class=\"alert alert-\(kind.rawValue)\" role=\"note\">"))
        #expect(out.contains("<p class=\"alert-title\">\(kind.label)</p>"))
        #expect(out.contains("<p>Keep <strong>this</strong> in mind.</p>"))
        #expect(!out.contains("[!"))
        #expect(!out.contains("<blockquote>"))
    }

    @Test func alertKeywordIsCaseInsensitive() {
        #expect(html("> [!Note]\n> Lower case works too.\n").contains("alert-note"))
    }

    @Test func twoAlertsInOneQuoteStaySeparate() {
        let out = html("> [!NOTE]\n> First.\n>\n> [!TIP]\n> Second.\n")
        #expect(out.contains("alert-note"))
        #expect(out.contains("alert-tip"))
    }

    @Test func contentImageKeepsAltTextAndFlags() {
        let out = html(#":::image type="content" source="media/a b.png" alt-text="The *Settings* page" border="true" lightbox="media/big.png":::"#)
        #expect(out.contains(#"<img src="media/a b.png" alt="The *Settings* page" class="bordered""#))
        #expect(out.contains(#"<a class="lightbox" href="media/big.png">"#))
        #expect(!out.contains(":::"))
    }

    @Test func imageThatIsAllOfALinkNamesTheLink() {
        let icon = html(#"[:::image type="icon" source="media/community-forum-icon.png":::](https://example.com/forum)"#)
        #expect(icon.contains(#"<a href="https://example.com/forum"><img src="media/community-forum-icon.png" alt="Community forum" class="icon""#))
        let described = html(#"[:::image type="icon" source="media/call-2.png" alt-text="Call support":::](https://example.com/call)"#)
        #expect(described.contains(#"alt="Call support" class="icon""#))
        let withText = html(#"Ask in the [:::image type="icon" source="media/f.png"::: forum](https://example.com/forum)."#)
        #expect(withText.contains(#"<img src="media/f.png" alt="" class="icon""#))
    }

    @Test func codeBlocksHaveALanguageLabelAndAScrollBoxReachableByKeyboard() {
        let out = html("```powershell\nGet-Mailbox\n```\n\n```\nplain\n```\n")
        #expect(out.contains(#"<p class="code-head"><span class="code-lang">PowerShell</span></p><pre class="scroll-box" tabindex="0" role="group" aria-label="PowerShell code"><code class="language-powershell">Get-Mailbox"#))
        #expect(out.contains(#"<pre class="scroll-box" tabindex="0" role="group" aria-label="Code"><code>plain"#))
    }

    @Test func tablesScrollInABoxLabelledByTheirColumns() {
        let out = html("| Setting | Value |\n|---|---|\n| a | b |\n")
        #expect(out.contains(#"<div class="table-scroll scroll-box" tabindex="0" role="group" aria-label="Table: Setting, Value"><table>"#))
    }

    @Test func iconImageIsDecorative() {
        let out = html(#"Select **Edit** :::image type="icon" source="media/edit.png"::: to change it."#)
        #expect(out.contains(#"<img src="media/edit.png" alt="" class="icon""#))
        #expect(out.contains("to change it."))
    }

    @Test func complexImageCarriesLongDescription() {
        let md = """
        :::image type="complex" source="media/flow.png" alt-text="Mail flow diagram":::
        Mail goes from the **sender** to the gateway, then to the mailbox.
        :::image-end:::
        """
        let out = html(md)
        #expect(out.contains("<figure>"))
        #expect(out.contains(#"alt="Mail flow diagram""#))
        #expect(out.contains("<details class=\"long-description\">"))
        #expect(out.contains("<strong>sender</strong>"))
        #expect(!out.contains("image-end"))
    }

    @Test func imageLinkWrapsTheImage() {
        let out = html(#":::image type="content" source="a.png" alt-text="A" link="https://example.com/x":::"#)
        #expect(out.contains(#"<a href="https://example.com/x"><img src="a.png""#))
    }

    @Test func includesBecomeNodes() throws {
        let document = MarkdownParser.parse("Intro.\n\n[!INCLUDE [Note](../includes/note.md)]\n\nUse [!INCLUDE [name](includes/name.md)] today.\n")
        #expect(document.blocks.contains { if case .include(let i) = $0 { return i.path == "../includes/note.md" && i.location.line == 3 }; return false })
        guard case .paragraph(let inlines, _) = try #require(document.blocks.last) else { Issue.record("expected a paragraph"); return }
        #expect(inlines.contains { if case .include(let i) = $0 { return i.path == "includes/name.md" }; return false })
    }

    @Test func divBlockWrapsItsContent() {
        let out = html("> [!div class=\"nextstepaction\"]\n> [Run the test](https://example.com/test)\n")
        #expect(out.contains(#"<div class="nextstepaction">"#))
        #expect(out.contains(#"<a href="https://example.com/test">Run the test</a>"#))
    }

    @Test func noLocKeepsItsText() {
        let out = html(#"Name the value *:::no-loc text="AutoSaveByDefault":::*."#)
        #expect(out.contains(#"<span class="no-loc">AutoSaveByDefault</span>"#))
    }

    @Test func tabGroupCollectsTabsUntilRule() {
        let md = "## [Windows](#tab/windows)\n\nOn Windows.\n\n## [Mac](#tab/mac)\n\nOn a Mac.\n\n---\n\nAfter the tabs.\n"
        let out = html(md)
        #expect(out.contains(#"<div class="tab-panel" data-tab="windows">\#n<p class="tab-title">Windows</p>"#))
        #expect(out.contains(#"<div class="tab-panel" data-tab="mac">\#n<p class="tab-title">Mac</p>"#))
        #expect(out.contains("<p>After the tabs.</p>"))
        #expect(!out.contains("<hr>"))
    }

    @Test func allowedRawHTMLPassesAndOtherIsEscaped() {
        var renderer = HTMLRenderer()
        let out = renderer.render(MarkdownParser.parse("<details><summary>More</summary>\n\nLine<br/>two <b>bold</b> <user> <script>x</script>\n\n</details>\n").blocks)
        #expect(out.contains("<details><summary>More</summary>"))
        #expect(out.contains("<br>"))
        #expect(out.contains("<b>bold</b>"))
        #expect(out.contains("&lt;user&gt;"))
        #expect(!out.contains("<script>"))
        #expect(renderer.rejectedTags.map(\.rejection).contains(.notAllowed("script")))
    }

    @Test func directivesInCodeStayLiteral() {
        let out = html("Write `:::image type=\"icon\" source=\"a.png\":::` and `> [!NOTE]`.\n\n```\n[!INCLUDE [x](y.md)]\n```\n")
        #expect(out.contains("<code>:::image type=&quot;icon&quot; source=&quot;a.png&quot;:::</code>") || out.contains("<code>:::image type=\"icon\" source=\"a.png\":::</code>"))
        #expect(out.contains("[!INCLUDE [x](y.md)]"))
        #expect(!out.contains("<img"))
    }

    @Test func unknownDirectiveIsReportedWithItsPosition() {
        let document = MarkdownParser.parse("Text.\n\n:::zone pivot=\"windows\":::\n")
        let issue = document.issues.first { $0.code == "FP021" }
        #expect(issue?.location == SourceLocation(line: 3, column: 1))
    }

    @Test(arguments: [":::image type=\"content\" source=\"a.png\" alt-text=\"cut off", "1. Step\n\n      :::image source=\"a.png\" alt-text=\"cut",
                      ":::no-loc text=\"open"])
    func directiveWithAnUnclosedQuoteIsReported(_ markdown: String) {
        let document = MarkdownParser.parse(markdown)
        #expect(document.issues.contains { $0.code == "FP023" }, "\(document.issues)")
    }

    @Test func seedStyleNavigationTableRendersAsTable() {
        let md = """
        |&nbsp;|&nbsp;|
        |---|---|
        |:::image type="icon" source="media/user.png":::|[I got this bounce message. How do I fix it?](#i-got-this-bounce-message-how-do-i-fix-it)|
        """
        let out = html(md)
        #expect(out.contains("<table>"))
        #expect(out.contains(#"<td><img src="media/user.png" alt="" class="icon""#))
        #expect(out.contains(##"<a href="#i-got-this-bounce-message-how-do-i-fix-it">"##))
        #expect(!out.contains("<thead>"))
    }

    @Test func gfmExtensionsAreOn() {
        let out = html("~~old~~ and www.example.com\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n")
        #expect(out.contains("<del>old</del>"))
        #expect(out.contains(#"<a href="http://www.example.com">"#))
        #expect(out.contains(#"<th class="align-left">a</th>"#))
        #expect(out.contains(#"<td class="align-right">2</td>"#))
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "VBScript:msgbox(1)", "data:text/html,<b>"])
    func scriptURLsAreNeutralized(url: String) {
        let out = html("[click](\(url.replacingAll(" ", "%20")))")
        #expect(out.contains(##"<a href="#">"##))
    }
}
