import Testing
@testable import FixpathMarkdown

/// Raw HTML in topics: what Learn renders is kept, the rest is text, and tags always balance.
struct RawHTMLTests {
    private func render(_ markdown: String) -> (html: String, renderer: HTMLRenderer) {
        var renderer = HTMLRenderer()
        let html = renderer.render(MarkdownParser.parse(markdown).blocks)
        return (html, renderer)
    }

    @Test(arguments: [
        ("<table>\n<colgroup>\n<col style=\"width: 50%\" />\n<col span=\"2\" />\n</colgroup>\n<tr><td>A</td></tr>\n</table>\n",
         ["<colgroup>", "<col>", "<col span=\"2\">", "<td>A</td>"]),
        ("<table><caption>Ports</caption><tr><th scope=\"col\" colspan=\"2\">P</th></tr></table>\n",
         ["<caption>Ports</caption>", "<th scope=\"col\" colspan=\"2\">P</th>"]),
        ("<pre>line one\nline two</pre>\n", ["<pre>line one\nline two</pre>"]),
        ("<dl><dt>Term</dt><dd>Meaning</dd></dl>\n", ["<dl><dt>Term</dt><dd>Meaning</dd></dl>"]),
        ("Some <u>underlined</u>, <s>struck</s> and <abbr title=\"Domain Name System\">DNS</abbr> text.\n",
         ["<u>underlined</u>", "<s>struck</s>", "<abbr title=\"Domain Name System\">DNS</abbr>"]),
        ("<h2 id=\"general\">General steps</h2>\n", ["<h2 id=\"general\">General steps</h2>"]),
        ("<div id=\"support\">\n\nText\n\n</div>\n\n<hr/>\n", ["<div id=\"support\">", "<hr>"]),
        ("Go <a name=\"here\"></a>there.\n", ["<a name=\"here\"></a>"]),
    ])
    func learnsRawHTMLIsKept(markdown: String, expected: [String]) {
        let (html, renderer) = render(markdown)
        for piece in expected { #expect(html.contains(piece), "\(piece) missing from \(html)") }
        #expect(renderer.rejectedTags.isEmpty)
        #expect(renderer.unbalancedTags.isEmpty)
    }

    @Test(arguments: [
        "<p onclick=\"x()\" style=\"color:red\">Hi</p>\n",
        "<img src=\"a.png\" onerror=\"x()\">\n",
        "<a href=\"  \tjavascript:alert(1)\">x</a>\n",
    ])
    func unsafeAttributesAreDropped(markdown: String) {
        let html = render(markdown).html
        #expect(!html.contains("onclick") && !html.contains("onerror") && !html.contains("style="))
        #expect(!html.lowercased().contains("javascript:"))
    }

    @Test func tagsOffTheListAreShownAsWrittenAndReported() {
        let (html, renderer) = render("<iframe src=\"https://example.com\"></iframe> and <Receive Connector>\n")
        #expect(!html.contains("<iframe"))
        #expect(html.contains("&lt;iframe src=\"https://example.com\"&gt;"))
        #expect(html.contains("&lt;Receive Connector&gt;"))
        #expect(renderer.rejectedTags.map(\.rejection) == [.notAllowed("iframe"), .notAllowed("iframe"), .notAllowed("receive")])
    }

    @Test func strayEndTagsAreDroppedAndNeverCloseThePage() {
        let (html, renderer) = render("> [!NOTE]\n> Hello </div></div></div>\n\nAfter.\n")
        #expect(!html.contains("</div></div>"))
        #expect(html.components(separatedBy: "<div").count == html.components(separatedBy: "</div>").count)
        #expect(renderer.unbalancedTags.map(\.problem) == [.strayEndTag("div"), .strayEndTag("div"), .strayEndTag("div")])
    }

    @Test func aTagNeverClosedIsClosedWhereItsBlockEnds() {
        let (html, renderer) = render("<details><summary>x\n\nThe rest of the article.\n")
        let end = try? #require(html.range(of: "</details>"))
        let rest = try? #require(html.range(of: "The rest of the article."))
        if let end, let rest { #expect(end.upperBound <= rest.lowerBound, "\(html)") }
        #expect(renderer.unbalancedTags.map(\.problem).contains(.neverClosed("details")))
        #expect(renderer.unbalancedTags.map(\.problem).contains(.neverClosed("summary")))
    }

    @Test func anElementSpanningMarkdownBlocksIsKept() {
        let (html, renderer) = render("<details>\n<summary>More</summary>\n\nA paragraph.\n\n- a list\n\n</details>\n\nAfter.\n")
        #expect(html.contains("<p>A paragraph.</p>"))
        let close = try? #require(html.range(of: "</details>"))
        let list = try? #require(html.range(of: "a list"))
        if let close, let list { #expect(list.upperBound <= close.lowerBound) }
        #expect(renderer.unbalancedTags.isEmpty)
    }

    @Test func optionalEndTagsAreClosedQuietly() {
        let (html, renderer) = render("<table>\n<tr><td>A<td>B\n<tr><td>C\n</table>\n")
        #expect(html.contains("<tr><td>A<td>B\n<tr><td>C\n</table>"), "\(html)")
        #expect(renderer.unbalancedTags.isEmpty)
    }

    @Test func inlineTagsLeftOpenCloseWithTheirParagraph() {
        let (html, renderer) = render("Some <b>bold text\n\nNext paragraph.\n")
        #expect(html.contains("<p>Some <b>bold text</b></p>"), "\(html)")
        #expect(renderer.unbalancedTags.map(\.problem) == [.neverClosed("b")])
    }

    @Test func anUnfinishedTagShowsTheRestAsText() {
        let (html, renderer) = render("<div title=\"never closed\n<b>text</b>\n")
        #expect(html.contains("&lt;div title=\"never closed"))
        #expect(html.contains("&lt;b&gt;text&lt;/b&gt;"))
        #expect(renderer.rejectedTags.map(\.rejection) == [.unfinished("div")])
    }

    @Test func scannerReadsAttributesAsBrowsersDo() {
        let attributes = HTMLTagScanner.attributes(in: "<a href='x&amp;y' NAME=top data-x = \"1\">t</a><img src=a.png>")
        #expect(attributes.map(\.name) == ["href", "name", "data-x", "src"])
        #expect(attributes.map(\.value) == ["x&y", "top", "1", "a.png"])
    }
}
