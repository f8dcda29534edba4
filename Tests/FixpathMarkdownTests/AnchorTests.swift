import Testing
import FixpathMarkdown

@Suite struct AnchorTests {
    @Test(arguments: [
        ("I'm the group owner or email admin. How do I fix this issue?", "im-the-group-owner-or-email-admin-how-do-i-fix-this-issue"),
        ("Causes for error code 4.4.7", "causes-for-error-code-447"),
        ("I got this bounce message. How do I fix it?", "i-got-this-bounce-message-how-do-i-fix-it"),
        ("Method 1: Add the sender to the group's existing allowed senders list", "method-1-add-the-sender-to-the-groups-existing-allowed-senders-list"),
        ("Still need help with error code 550 5.7.124?", "still-need-help-with-error-code-550-57124"),
        ("Solution 2 - Use the `Set-Mailbox` cmdlet", "solution-2---use-the-set-mailbox-cmdlet"),
        ("Über_große Datei", "über_große-datei"),
    ])
    func slugMatchesLearn(heading: String, anchor: String) {
        let document = MarkdownParser.parse("## \(heading)\n")
        guard case .heading(let h) = document.blocks.first else { Issue.record("no heading"); return }
        #expect(h.anchor == anchor)
    }

    @Test func repeatedHeadingsGetNumbers() {
        let document = MarkdownParser.parse("### Method 1\n#### New EAC\n#### Classic EAC\n### Method 2\n#### New EAC\n#### Classic EAC\n#### New EAC\n")
        let anchors = document.blocks.compactMap { block -> String? in
            if case .heading(let h) = block { return h.anchor }
            return nil
        }
        #expect(anchors == ["method-1", "new-eac", "classic-eac", "method-2", "new-eac-1", "classic-eac-1", "new-eac-2"])
    }

    @Test func headingLinesAreKept() {
        let document = MarkdownParser.parse("Intro\n\n## First\n\nText\n\n## Second\n")
        let lines = document.blocks.compactMap { block -> Int? in
            if case .heading(let h) = block { return h.location.line }
            return nil
        }
        #expect(lines == [3, 7])
    }
}
