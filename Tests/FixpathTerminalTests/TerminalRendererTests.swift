import Testing
import FixpathMarkdown
@testable import FixpathTerminal

private func render(_ markdown: String, _ style: TerminalStyle = .plain) -> String {
    var renderer = TerminalRenderer(style: style)
    return renderer.renderDocument(MarkdownParser.parse(markdown).blocks)
}

private let escape = "\u{1B}"

@Suite struct TerminalRendererTests {
    static let paragraph = "Keep the sender option that limits delivery, then click in the Specified senders box and pick the person who got the bounce."

    @Test(arguments: [20, 33, 50, 80])
    func wrapsToTheWidthAndKeepsEveryWord(width: Int) {
        let text = render(Self.paragraph, TerminalStyle(width: width))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
        #expect(lines.count >= Self.paragraph.count / width)
        #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ") == Self.paragraph)
    }

    @Test func numberedListsKeepNumbersAndHangingIndent() {
        let text = render("1. First step that is long enough to wrap onto a second line here.\n2. Second step.\n", TerminalStyle(width: 40))
        #expect(text == """
            1. First step that is long enough to
               wrap onto a second line here.
            2. Second step.

            """)
    }

    @Test func listsStartWhereTheSourceStartsAndNest() {
        let text = render("8. Eight\n9. Nine\n10. Ten\n    - inner\n")
        #expect(text.contains(" 8. Eight\n 9. Nine\n10. Ten\n    - inner"), "\(text)")
    }

    @Test(arguments: [(false, "- One\n- Two\n"), (true, "\u{2022} One\n\u{2022} Two\n")])
    func bulletsAreGlyphsOnlyWhenAllowed(glyphs: Bool, expected: String) {
        #expect(render("- One\n- Two\n", TerminalStyle(glyphs: glyphs)) == expected)
    }

    @Test func boldAndCodeUseEscapesOnlyWithColor() {
        let source = "Select **Save changes** or run `Set-Group`."
        #expect(render(source) == "Select Save changes or run `Set-Group`.\n")
        let colored = render(source, TerminalStyle(color: true))
        #expect(colored.contains("\(escape)[1mSave\(escape)[0m \(escape)[1mchanges\(escape)[0m"))
        #expect(colored.contains("\(escape)[36mSet-Group\(escape)[0m"))
        #expect(!colored.contains("`"))
    }

    @Test func alertsAreLabeledBlocks() {
        let text = render("> [!NOTE]\n> Bounce reports go by several names.\n\n> [!WARNING]\n> Careful.\n", TerminalStyle(width: 30))
        #expect(text == """
            Note: Bounce reports go by
                  several names.

            Warning: Careful.

            """)
    }

    @Test func imagesShowTheirAltTextAndIconsDisappear() {
        let text = render(":::image type=\"content\" source=\"a.png\" alt-text=\"The Delivery management pane.\":::\n\nChoose **Edit** :::image type=\"icon\" source=\"edit.svg\":::.\n")
        #expect(text.contains("[Image: The Delivery management pane.]"))
        #expect(text.contains("Choose Edit ."))
        #expect(!text.contains("edit.svg"))
    }

    @Test func linksBecomeNumberedFootnotesOnce() {
        let text = render("See [the overview](overview.md), [groups](https://example.com/g) and [again](overview.md). Jump to [causes](#causes).\n")
        #expect(text == """
            See the overview[1], groups[2] and again[1]. Jump to causes.

            [1] overview.md
            [2] https://example.com/g

            """)
    }

    @Test func hyperlinkTerminalsGetOSC8Links() {
        let text = render("Read [the docs](https://example.com/d).", TerminalStyle(hyperlinks: true))
        #expect(text.contains("\(escape)]8;;https://example.com/d\(escape)\\the\(escape)]8;;\(escape)\\"))
        #expect(!text.contains("[1]"))
    }

    @Test func resolvedLinksAreWhatTheFootnotesShow() {
        var renderer = TerminalRenderer(style: .plain) { "https://learn.example" + $0 }
        _ = renderer.render(MarkdownParser.parse("[Groups](/exchange/groups)").blocks)
        #expect(renderer.footnoteLines == ["[1] https://learn.example/exchange/groups"])
    }

    @Test func tablesLineUpWhenTheyFit() {
        let text = render("| Code | Meaning |\n|---|---|\n| 5.7.124 | Sender not allowed |\n| 5.1.1 | Bad address |\n")
        #expect(text == "Code     Meaning\n5.7.124  Sender not allowed\n5.1.1    Bad address\n")
    }

    @Test func widthIgnoresEscapesAndCountsWideCharacters() {
        #expect(TextLayout.width("\(escape)[1mBold\(escape)[0m") == 4)
        #expect(TextLayout.width("\(escape)]8;;https://x\(escape)\\link\(escape)]8;;\(escape)\\") == 4)
        #expect(TextLayout.width("日本") == 4)
        #expect(TextLayout.truncate("\(escape)[1mBold text\(escape)[0m", to: 4) == "\(escape)[1mBold\(escape)[0m")
    }
}

@Suite struct TerminalStyleTests {
    @Test(arguments: [
        (["TERM": "xterm-256color"], true, true),
        (["TERM": "xterm-256color", "NO_COLOR": "1"], true, false),
        (["TERM": "xterm-256color"], false, false),
        (["TERM": "dumb"], true, false),
        (["TERM": "xterm", "ACCESSIBLE": "1"], true, false),
    ])
    func colorOnlyOnATerminalAndNeverWithNoColor(env: [String: String], isTerminal: Bool, color: Bool) {
        #expect(TerminalStyle.detect(environment: env, isTerminal: isTerminal, columns: 100, lineMode: false).color == color)
    }

    @Test(arguments: [
        (["TERM_PROGRAM": "iTerm.app"], true, true),
        (["TERM_PROGRAM": "Apple_Terminal"], true, false),
        (["TERM_PROGRAM": "WezTerm"], false, false),
        (["FORCE_HYPERLINK": "1"], false, true),
        (["FORCE_HYPERLINK": "0", "TERM_PROGRAM": "vscode"], true, false),
        (["VTE_VERSION": "6003"], true, true),
    ])
    func hyperlinksWhereSupported(env: [String: String], isTerminal: Bool, expected: Bool) {
        #expect(TerminalStyle.detect(environment: env, isTerminal: isTerminal, columns: nil, lineMode: false).hyperlinks == expected)
    }

    @Test func widthComesFromTheTerminalThenColumns() {
        #expect(TerminalStyle.detect(environment: ["COLUMNS": "120"], isTerminal: false, columns: nil, lineMode: true).width == 120)
        #expect(TerminalStyle.detect(environment: ["COLUMNS": "120"], isTerminal: true, columns: 70, lineMode: true).width == 70)
        #expect(TerminalStyle.detect(environment: [:], isTerminal: true, columns: 100, lineMode: true).glyphs == false)
    }
}
