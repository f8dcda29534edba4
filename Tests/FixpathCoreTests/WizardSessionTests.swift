import Foundation
import Testing
import FixpathCore

private let content = Fixtures.folder.appendingPathComponent("../../../content").standardizedFileURL.path

private func session(_ path: String) throws -> WizardSession {
    let topic = TopicLoader(root: try ContentRoot(content)).load(path)
    return WizardSession(tree: TreeBuilder.build(topic).tree)
}

private let ndr5_7_124 = "exchange-online/ndr/fix-ndr-5-7-124.md"
private let ndr5_1_x = "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.md"
private let outlook = "outlook/outlook-cannot-connect-after-password-change.md"

@Suite struct WizardSessionTests {
    @Test(arguments: [["admin", "method-1", "new-eac"], ["2", "1", "1"], ["I'm the group owner or email admin", "Method 1", "new EAC"]])
    func choosesBySlugNumberOrLabel(replies: [String]) throws {
        var s = try session(ndr5_7_124)
        try s.follow(replies)
        #expect(s.stage == .answer)
        #expect(s.path == [1, 0, 0])
        #expect(s.node.heading?.anchor == "new-eac")
        #expect(s.hashPath == "#/admin/method-1/new-eac")
        #expect(s.trail.map(\.question.prompt) == ["Which describes you?", "Which method do you want to try?", "Which EAC are you using?"])
    }

    @Test func countsTheQuestionsLeft() throws {
        var s = try session(ndr5_7_124)
        #expect(s.questionsLeftAtMost == 3)
        try s.choose("sender")
        #expect(s.questionsLeftAtMost == 0)
        s.back()
        try s.choose("admin")
        #expect(s.questionsLeftAtMost == 2)
        #expect(try session(ndr5_1_x).questionsLeftAtMost == 2)
    }

    @Test(arguments: ["3", "0", "method-1", "nobody", ""])
    func rejectsAChoiceTheQuestionDoesNotHave(reply: String) throws {
        var s = try session(ndr5_7_124)
        #expect(throws: WizardSession.Failure.noSuchChoice(reply: reply, prompt: "Which describes you?", slugs: ["sender", "admin"])) {
            try s.choose(reply)
        }
        #expect(s.path.isEmpty)
    }

    @Test func repliesAfterTheAnswerAreAnError() throws {
        var s = try session(ndr5_7_124)
        #expect(throws: WizardSession.Failure.notAtQuestion(reply: "extra")) { try s.follow(["sender", "extra"]) }
        s.restart()
        #expect(throws: WizardSession.Failure.notAtAnswer) { try s.answerFixed(true) }
    }

    @Test func backAndRestart() throws {
        var s = try session(ndr5_7_124)
        let movedFromRoot = s.back()
        #expect(!movedFromRoot)
        try s.follow(["admin", "method-2", "classic-eac"])
        let wentBack = s.back()
        #expect(wentBack)
        #expect(s.path == [1, 1])
        #expect(s.stage == .question)
        try s.choose("new-eac")
        try s.answerFixed(false)
        s.restart()
        #expect(s.path.isEmpty && s.tried.isEmpty && s.stage == .question)
    }

    @Test func noOffersTheNextMethodWithTheSameToolThenEscalation() throws {
        var s = try session(ndr5_7_124)
        try s.follow(["admin", "method-1", "new-eac"])
        let next = try s.answerFixed(false)
        #expect(next == .alternative("Method 2: Let anyone send messages to the group"))
        #expect(s.hashPath == "#/admin/method-2/new-eac")
        #expect(s.stage == .answer)
        let last = try s.answerFixed(false)
        #expect(last == .escalation)
        #expect(s.stage == .escalation)
        #expect(s.escalation?.heading?.text == "Still need help with error code 550 5.7.124?")
        let wentBack = s.back()
        #expect(wentBack)
        #expect(s.stage == .answer && s.hashPath == "#/admin/method-2/new-eac")
    }

    @Test func untriedMethodsComeInDocumentOrder() throws {
        var s = try session(ndr5_1_x)
        try s.follow(["admin", "solution-2"])
        try s.answerFixed(false)
        #expect(s.slugs == ["admin", "solution-1"])
        try s.answerFixed(false)
        #expect(s.slugs == ["admin", "solution-3"])
        let next = try s.answerFixed(false)
        #expect(next == .escalation)
    }

    @Test func withoutMethodsOrEscalationNoIsTheEnd() throws {
        var s = try session(outlook)
        try s.choose("outlook")
        #expect(s.nextAlternative == nil)
        let next = try s.answerFixed(false)
        #expect(next == .exhausted)
        #expect(s.stage == .exhausted && s.escalation == nil)
    }

    @Test func yesEndsTheWalk() throws {
        var s = try session(ndr5_7_124)
        try s.follow(["admin", "method-1", "new-eac", "yes"])
        #expect(s.stage == .fixed)
        #expect(s.adminNote() == nil)
    }

    @Test func senderPathGetsANoteForTheAdmin() throws {
        var s = try session(ndr5_7_124)
        #expect(s.adminNote() == nil)
        try s.choose("sender")
        let note = try #require(s.adminNote())
        #expect(note.contains("status code 5.7.124"))
        #expect(note.contains("\"Fix NDR error 550 5.7.124 in Exchange Online\""))
        #expect(note.contains("fixpath wizard exchange-online/ndr/fix-ndr-5-7-124.md --answers admin"))
        #expect(note.contains("exchange-online/ndr/fix-ndr-5-7-124.guide.html#/admin"))
        try s.answerFixed(false)
        #expect(s.stage == .escalation && s.canHandToAdmin)
    }

    @Test func noteNamesTheCodeTheReaderGave() throws {
        var s = try session(ndr5_1_x)
        try s.choose("sender")
        #expect(try #require(s.adminNote(code: StatusCode("5.1.15"))).contains("status code 5.1.15"))
        #expect(try #require(s.adminNote()).contains("status code 5.1.1-5.1.20"))
    }

    @Test func adminPathAndTopicsWithoutRolesGetNoNote() throws {
        var admin = try session(ndr5_7_124)
        try admin.follow(["admin", "method-1", "new-eac"])
        #expect(!admin.canHandToAdmin && admin.adminNote() == nil)
        var other = try session(outlook)
        try other.choose("1")
        #expect(other.adminNote() == nil)
    }
}
