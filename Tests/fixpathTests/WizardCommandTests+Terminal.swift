import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension WizardCommandTests {
/// `fixpath wizard` on a real pseudo-terminal: keys in, screens out, settings put back.
@Suite struct OnATerminal {
    static let up = "\u{1B}[A", down = "\u{1B}[B", enter = "\r", altScreen = "\u{1B}[?1049h"

    @Test func arrowKeysWalkToTheStepsAndBackAndQuitRestoreTheTerminal() throws {
        let pty = try PseudoTerminal(["wizard", "5.7.124"])
        let before = pty.settings
        try #require(pty.waitFor("Which describes you?"), "\(pty.text)")
        #expect(pty.localFlags & tcflag_t(ICANON | ECHO) == 0)
        #expect(pty.output.contains(Self.altScreen))
        pty.send(Self.down + Self.down + Self.up + Self.down + Self.enter)
        try #require(pty.waitFor("Which method do you want to try?"))
        pty.send(Self.enter)
        try #require(pty.waitFor("Which EAC are you using?"))
        pty.send(Self.enter)
        try #require(pty.waitFor("click in the Specified senders box"))
        #expect(!pty.text.contains("Select Allowed Senders"))
        pty.send("b")
        #expect(pty.waitFor("Which EAC are you using?", count: 2))
        pty.send("q")
        #expect(pty.waitForExit() == 0)
        #expect(pty.settings == before)
        #expect(pty.output.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"))
    }

    @Test func numberKeysChooseDirectly() throws {
        let pty = try PseudoTerminal(["wizard", "content/exchange-online/ndr/fix-ndr-5-7-124.md"])
        try #require(pty.waitFor("Which describes you?"))
        pty.send("2")
        try #require(pty.waitFor("Which method do you want to try?"))
        pty.send("1")
        try #require(pty.waitFor("Which EAC are you using?"))
        pty.send("2")
        #expect(pty.waitFor("to open the Select Allowed Senders picker"))
        pty.send("q")
        #expect(pty.waitForExit() == 0)
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let pty = try PseudoTerminal(["wizard", "5.7.124"])
        let before = pty.settings
        try #require(pty.waitFor("Which describes you?"))
        pty.send("2")
        try #require(pty.waitFor("Which method do you want to try?"))
        #expect(pty.settings != before)
        pty.send("\u{03}")
        #expect(pty.waitForExit() == 130)
        #expect(pty.settings == before)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let pty = try PseudoTerminal(["wizard", "5.7.124"])
        let before = pty.settings
        try #require(pty.waitFor("Which describes you?"))
        #expect(pty.settings != before)
        pty.terminate()
        #expect(pty.waitForExit() != nil)
        #expect(pty.settings == before)
        #expect(pty.output.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"))
    }

    @Test func colorOnlyWithoutNoColor() throws {
        for (env, bold) in [([String: String](), true), (["NO_COLOR": "1"], false)] {
            let pty = try PseudoTerminal(["wizard", "5.7.124"], environment: env)
            try #require(pty.waitFor("Which describes you?"))
            #expect(pty.output.contains("\u{1B}[1mWhich describes you?") == bold)
            pty.send("q")
            #expect(pty.waitForExit() == 0)
        }
    }

    @Test(arguments: [(["--plain"], [String: String]()), ([], ["ACCESSIBLE": "1"])])
    func plainAndAccessibleUseLineModeOnATerminal(arguments: [String], environment: [String: String]) throws {
        let pty = try PseudoTerminal(["wizard", "5.7.124"] + arguments, environment: environment)
        try #require(pty.waitFor("Type a number or a label"))
        #expect(!pty.output.contains(Self.altScreen))
        #expect(pty.text.contains("1. I got this bounce message (sender)"))
        pty.send("2\n1\n1\n")
        #expect(pty.waitFor("click in the Specified senders box"))
        pty.send("q\n")
        #expect(pty.waitForExit() == 0)
    }
}
}
