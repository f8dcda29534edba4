import Testing
@testable import FixpathCore

/// The one-condition role rules: declared roles, role headings, question headings, wrappers, the default.
@Suite struct SmallRoleRulesTests {
    @Test func declaredRolesWin() {
        let section = RuleHarness.facts("Ask for help")
        var context = RoleContext(declaredContext: ["read-this-first"], declaredEscalation: "ask-for-help")
        #expect(DeclaredRoleRule().role(of: section, in: context)?.0 == .escalation)
        context.declaredEscalation = nil
        #expect(DeclaredRoleRule().role(of: RuleHarness.facts("Read this first"), in: context)?.0 == .context(.declared))
        #expect(DeclaredRoleRule().role(of: section, in: context) == nil)
    }

    @Test(arguments: [("I got this bounce message. How do I fix it?", true), ("I'm an email admin. How do I fix this?", true),
                      ("For admins", true), ("I need a newer version", false), ("Admin center settings", false)])
    func roleHeadingsAreFixes(heading: String, isRole: Bool) {
        #expect((RuleHarness.role(AudienceHeadingRule(), heading) == .fix) == isRole)
    }

    @Test func questionHeadingWithSubsectionsIsAFix() {
        #expect(RuleHarness.role(QuestionHeadingRule(), "What do you want to do?", children: ["Use the EAC", "Use the Shell"]) == .fix)
        #expect(RuleHarness.role(QuestionHeadingRule(), "What do you want to do?") == nil)
        #expect(RuleHarness.role(QuestionHeadingRule(), "What is a connector?", children: ["A", "B"]) == nil)
    }

    @Test func backgroundHeadingThatHoldsTheFixesIsAWrapper() {
        let wrapper = RuleHarness.facts("More information", body: "Text.\n\n### Method 1: Repair\n\nSteps.\n\n### Method 2: Rebuild\n\nSteps.")
        var context = RoleContext()
        context.siblings = [RuleHarness.facts("Symptoms"), wrapper]
        #expect(WrapperSectionRule().role(of: wrapper, in: context)?.0 == .fix)
        context.siblings.append(RuleHarness.facts("Resolution"))
        #expect(WrapperSectionRule().role(of: wrapper, in: context) == nil)
        #expect(WrapperSectionRule().role(of: RuleHarness.facts("More information"), in: RoleContext()) == nil)
    }

    @Test func anythingElseIsAFix() {
        #expect(RuleHarness.role(FixRule(), "Check the connector") == .fix)
    }
}
