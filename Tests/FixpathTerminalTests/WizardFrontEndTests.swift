import Foundation
import Testing
import FixpathCore
@testable import FixpathTerminal

private let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardizedFileURL.path

private func session(_ path: String = "exchange-online/ndr/fix-ndr-5-7-124.md") throws -> WizardSession {
    WizardSession(tree: TreeBuilder.build(TopicLoader(root: try ContentRoot(content)).load(path)).tree)
}

/// Runs the line wizard on scripted input lines.
private func line(_ input: [String], stopAtAnswer: Bool = false) throws -> (LineWizard.Outcome, String, WizardSession) {
    var lines = input[...]
    var output = ""
    var wizard = LineWizard(session: try session(), style: .plain, readLine: { lines.popFirst() }, write: { output += $0 })
    wizard.stopAtAnswer = stopAtAnswer
    return (wizard.run(), output, wizard.session)
}

/// A terminal that plays back keys and records frames.
private final class ScriptedTerminal: KeyTerminal {
    var keys: [Key]
    var frames: [String] = []
    let size = (rows: 30, columns: 80)

    init(_ keys: [Key]) { self.keys = keys }
    func readKey() throws -> Key { keys.isEmpty ? .endOfInput : keys.removeFirst() }
    func write(_ text: String) { frames.append(text) }
}

private func interactive(_ keys: [Key], style: TerminalStyle = TerminalStyle(width: 80, color: true, glyphs: true))
    throws -> (InteractiveWizard.Outcome, InteractiveWizard, ScriptedTerminal) {
    let terminal = ScriptedTerminal(keys)
    var wizard = InteractiveWizard(session: try session(), terminal: terminal, style: style)
    return (try wizard.run(), wizard, terminal)
}

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        ([0x1B, 0x5B, 0x41], [Key.up]), ([0x1B, 0x4F, 0x42], [.down]), ([0x1B, 0x5B, 0x35, 0x7E], [.pageUp]),
        ([0x0D], [.enter]), ([0x03], [.interrupt]), ([0x62, 0x32], [.char("b"), .char("2")]),
        ([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43], [.right]), ([0xC3, 0xA9], [.char("é")]), ([0x7F], [.backspace]),
    ])
    func decodesKeys(bytes: [UInt8], keys: [Key]) {
        let (decoded, rest) = KeyDecoder.decode(bytes)
        #expect(decoded == keys)
        #expect(rest.isEmpty)
    }

    @Test func keepsAnUnfinishedSequenceForLater() {
        #expect(KeyDecoder.decode([0x71, 0x1B]) == ([.char("q")], [0x1B]))
        #expect(KeyDecoder.decode([0x1B, 0x5B]) == ([], [0x1B, 0x5B]))
        #expect(KeyDecoder.decode([0xE2, 0x86]) == ([], [0xE2, 0x86]))
    }
}

@Suite struct LineWizardTests {
    @Test func numbersReachTheNewEACStepsOfMethod1() throws {
        let (outcome, output, session) = try line(["2", "1", "1"])
        #expect(outcome == .answered)
        #expect(session.hashPath == "#/admin/method-1/new-eac")
        #expect(output.contains("1. I got this bounce message (sender)\n2. I'm the group owner or email admin (admin)\n"))
        #expect(output.contains("Specified\n   senders box") || output.contains("Specified senders box"))
        #expect(!output.contains("\u{1B}"))
    }

    @Test func labelsAndSlugsWorkAndMistakesAskAgain() throws {
        let (outcome, output, session) = try line(["admin", "nonsense", "", "Method 2", "classic EAC"])
        #expect(outcome == .answered)
        #expect(session.hashPath == "#/admin/method-2/classic-eac")
        #expect(output.contains("There is no choice 'nonsense'. Type a number from 1 to 2."))
        #expect(output.contains("Type a number from 1 to 2.\n"))
    }

    @Test func endOfInputBeforeAnAnswerIsReported() throws {
        let (outcome, _, _) = try line(["2", "1"])
        #expect(outcome == .endOfInput)
    }

    @Test func backRestartAndQuit() throws {
        let (outcome, output, session) = try line(["b", "2", "b", "1", "r", "2", "q"])
        #expect(outcome == .quit)
        #expect(output.contains("This is the first question."))
        #expect(output.contains("Starting over."))
        #expect(session.slugs == ["admin"])
    }

    @Test func noLeadsToTheNextMethodThenEscalation() throws {
        let (outcome, output, session) = try line(["2", "1", "1", "no", "2"])
        #expect(outcome == .escalated)
        #expect(output.contains("Next, try: Method 2: Let anyone send messages to the group"))
        #expect(output.contains("Still need help with error code 550 5.7.124?"))
        #expect(session.stage == .escalation)
    }

    @Test func senderCanHandItToTheAdmin() throws {
        let (outcome, output, _) = try line(["1", "3", "1"])
        #expect(outcome == .fixed)
        #expect(output.contains("3. Hand it to your admin"))
        #expect(output.contains("fixpath wizard exchange-online/ndr/fix-ndr-5-7-124.md --answers admin"))
    }

    @Test func stopAtAnswerSkipsTheFollowUp() throws {
        let (outcome, output, _) = try line(["1"], stopAtAnswer: true)
        #expect(outcome == .answered)
        #expect(!output.contains("Did this fix it?"))
    }
}

@Suite struct InteractiveWizardTests {
    @Test func arrowKeysAndEnterWalkToAnAnswer() throws {
        let (outcome, wizard, terminal) = try interactive([.down, .enter, .enter, .down, .enter, .char("q")])
        #expect(outcome == .quit)
        #expect(wizard.session.hashPath == "#/admin/method-1/classic-eac")
        #expect(terminal.frames.last?.contains("Under the allowed senders list, choose") == true)
        #expect(terminal.frames.allSatisfy { $0.hasPrefix("\u{1B}[H") && !$0.contains("\u{1B}[2J") })
    }

    @Test func numberKeysBackAndRestart() throws {
        let (_, wizard, terminal) = try interactive([.char("2"), .char("2"), .char("b"), .char("1"), .char("2"), .char("r"), .char("1")])
        #expect(wizard.session.hashPath == "#/sender")
        #expect(terminal.frames[4].contains("Which EAC are you using?"))
        #expect(terminal.frames[5].contains("Classic EAC"))
    }

    @Test func ctrlCAndEndOfInputEndTheWalk() throws {
        #expect(try interactive([.down, .interrupt, .enter]).0 == .interrupted)
        #expect(try interactive([.down]).0 == .endOfInput)
    }

    @Test func framesFitTheTerminal() throws {
        let (_, _, terminal) = try interactive([.char("2"), .char("1"), .char("1"), .pageDown, .char("?"), .char("x"), .char("q")])
        for frame in terminal.frames {
            let lines = frame.components(separatedBy: "\u{1B}[K\n")
            #expect(lines.count == 30)
            #expect(lines.allSatisfy { TextLayout.width($0) <= 80 })
        }
        #expect(terminal.frames[5].contains("Enter, Right   choose"))
    }

    @Test func noColorStyleHasNoEscapesButCursorMoves() throws {
        let (_, _, terminal) = try interactive([.char("2"), .char("q")], style: TerminalStyle(width: 80, color: false, glyphs: true))
        let styled = terminal.frames.joined().replacingOccurrences(of: "\u{1B}[H", with: "")
            .replacingOccurrences(of: "\u{1B}[K", with: "").replacingOccurrences(of: "\u{1B}[J", with: "")
        #expect(!styled.contains("\u{1B}"))
        #expect(styled.contains("\u{276F} 1. Method 1"))
    }

    @Test func senderNoteIsKeptForAfterTheScreenCloses() throws {
        let (_, wizard, terminal) = try interactive([.char("1"), .char("3"), .char("q")], style: TerminalStyle(width: 80, glyphs: true))
        #expect(try #require(wizard.note).contains("--answers admin"))
        #expect(terminal.frames.last?.contains("Note for your admin") == true)
        #expect(terminal.frames.last?.contains("  fixpath wizard exchange-online/ndr/fix-ndr-5-7-124.md --answers admin\u{1B}[K") == true)
    }

    @Test func escalationOnTheSenderPathStillOffersTheNote() throws {
        let (_, wizard, terminal) = try interactive([.char("1"), .char("2"), .char("1"), .char("q")], style: TerminalStyle(width: 80, glyphs: true))
        #expect(wizard.session.stage == .escalation)
        #expect(terminal.frames[2].contains("Can't fix it yourself?\u{1B}[K\n\u{276F} 1. Hand it to your admin"))
        #expect(wizard.note != nil)
    }
}
