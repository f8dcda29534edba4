import Testing
import FixpathCore

/// Text from content and bounce messages reaches a terminal with its control characters shown, not obeyed.
@Suite struct ControlCharactersTests {
    @Test(arguments: [
        ("plain text, caf\u{E9} \u{65E5}", "plain text, caf\u{E9} \u{65E5}"),
        ("\u{1B}]0;PWNED\u{7}\u{1B}[2J", "\\x1b]0;PWNED\\x07\\x1b[2J"),
        ("\u{1B}]52;c;SGVsbG8=\u{7}", "\\x1b]52;c;SGVsbG8=\\x07"),
        ("\u{1B}]8;;http://x\u{1B}\\link", "\\x1b]8;;http://x\\x1b\\link"),
        ("a\rb\u{8}c\u{7F}", "a\\x0db\\x08c\\x7f"),
        ("csi\u{9B}2J", "csi\\u009b2J"),
        ("line\nbreak\ttab", "line\\x0abreak\\x09tab"),
    ])
    func controlsAreShownEscaped(text: String, shown: String) {
        #expect(ControlCharacters.escaped(text) == shown)
        #expect(ControlCharacters.contains(text) == (text != shown))
    }

    @Test func tabsAndLineBreaksCanBeKept() {
        #expect(ControlCharacters.escaped("a\tb\nc\u{1B}", keepingTabs: true, keepingLineBreaks: true) == "a\tb\nc\\x1b")
    }

    @Test func fileNameBytesThatAreNotUTF8AreShownAsBytes() {
        #expect(ControlCharacters.escaped(bytes: Array("caf".utf8) + [0xE9] + Array(".md".utf8)) == "caf\\xe9.md")
        #expect(ControlCharacters.escaped(bytes: [0xFF, 0xC3, 0xA9, 0x0A]) == "\\xff\u{E9}\\x0a")
    }
}
