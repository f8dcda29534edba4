import Foundation
import Testing

/// Bounce messages are mail from anyone and topics come from many authors: what they say reaches a
/// terminal with its control characters shown escaped (`\x1b`), so only fixpath's own styling emits escapes.
@Suite struct TerminalEscapeTests {
    static let retitle = "\u{1B}]0;PWNED\u{7}", clear = "\u{1B}[2J", clipboard = "\u{1B}]52;c;SGVsbG8=\u{7}"
    static let hyperlink = "\u{1B}]8;;http://evil.example/\u{1B}\\"

    /// No escape sequence or bell from content: the bytes ESC, BEL and CSI are absent.
    static func expectNoControls(_ text: String, _ comment: String) {
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{9B}" }, "\(comment): \(text.debugDescription)")
    }

    static let topic = """
        ---
        title: "Fix 5.7.124 \\e]0;PWNED\\a"
        description: A topic with escapes.
        ---
        # Fix 5.7.124

        TODO: check \(retitle) this line.

        ## I got this bounce message \(clear)

        Sender steps, and a [link](<http://example.com/\(hyperlink)x>).

        ## I'm an email admin \(clipboard)

        Admin steps.
        """

    static func content() throws -> String {
        try CLI.folder("escapes", with: ["content/fix.md": topic]) + "/content"
    }

    @Test func diagnoseShowsTheBounceMessagesFieldsEscaped() throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let bounce = """
            Content-Type: multipart/report; boundary="b"; report-type=delivery-status

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example

            Final-Recipient: rfc822; \(Self.retitle)\(Self.clear)bob@contoso.example
            Action: failed
            Status: 5.7.124
            Remote-MTA: dns; \(Self.hyperlink)mx.contoso.example
            Diagnostic-Code: smtp; 550 5.7.124 \(Self.clipboard)

            --b--

            """
        let result = try CLI.run(["diagnose", "-", "--content", content], stdin: bounce)
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectNoControls(result.stdout, "diagnose")
        #expect(result.stdout.contains("for \\x1b]0;PWNED\\x07\\x1b[2Jbob@contoso.example"), "\(result.stdout)")
        #expect(result.stdout.contains("reply: 550 5.7.124 \\x1b]52;c;SGVsbG8=\\x07"))
        #expect(result.stdout.contains("1. Fix 5.7.124 \\x1b]0;PWNED\\x07 ("))
    }

    @Test(arguments: ["outline", "mermaid", "dot"]) func treeShowsTheTopicEscaped(format: String) throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let result = try CLI.run(["tree", content + "/fix.md", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectNoControls(result.stdout, format)
        // DOT escapes the escape's backslash once more.
        #expect(result.stdout.contains("I got this bounce message \(format == "dot" ? "\\\\" : "\\")x1b[2J"), "\(result.stdout)")
    }

    @Test(arguments: ["human", "github"]) func diagnosticsQuoteContentEscaped(format: String) throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let result = try CLI.run(["check", "--content", content, "--format", format])
        Self.expectNoControls(result.stdout + result.stderr, format)
        #expect((result.stdout + result.stderr).contains("TODO marker: TODO: check \\x1b]0;PWNED\\x07 this line."))
    }

    @Test func theLineWizardShowsTheTopicEscaped() throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let result = try CLI.run(["wizard", content + "/fix.md", "--plain"], stdin: "1\n3\n")
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectNoControls(result.stdout, "wizard")
        #expect(result.stdout.contains("Fix 5.7.124 \\x1b]0;PWNED\\x07"))
        #expect(result.stdout.contains("1. I got this bounce message \\x1b[2J (sender)"))
        #expect(result.stdout.contains("[1] http://example.com/\\x1b]8;;http://evil.example/\\x1b\\x"), "\(result.stdout)")
    }

    /// On a terminal the wizard styles with SGR and OSC 8 itself: nothing from the topic may retitle, clear or write the clipboard.
    @Test func theFullScreenWizardEmitsOnlyItsOwnEscapes() throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let pty = try PseudoTerminal(["wizard", content + "/fix.md"], environment: ["FORCE_HYPERLINK": "1"])
        try #require(pty.waitFor("Which describes you?"), "\(pty.text)")
        pty.send("1")
        try #require(pty.waitFor("Sender steps"))
        pty.send("q")
        #expect(pty.waitForExit() == 0)
        // fixpath clears the screen itself when it starts; the topic's own clear is shown escaped.
        for planted in [Self.retitle, Self.clipboard, Self.hyperlink, "\u{7}"] {
            #expect(!pty.output.contains(planted), "\(planted.debugDescription) reached the terminal")
        }
        #expect(pty.output.contains("\\x1b]0;PWNED\\x07"))
        #expect(pty.output.contains("I got this bounce message \\x1b[2J"))
        #expect(pty.output.contains("\u{1B}]8;;http://example.com/\\x1b]8;;http://evil.example/\\x1b\\x\u{1B}\\"), "the link's target is escaped")
    }
}
