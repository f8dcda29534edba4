import Testing
@testable import FixpathCore

/// `kind:` and the steering keys of the `fixpath:` block.
@Suite struct DeclaredKindRulesTests {
    @Test func declaredKindDecides() {
        var directives = TreeDirectives()
        directives.kind = .reading
        #expect(DeclaredKindRule().mode(of: .sample(title: "Fix error 5", directives: directives))?.0 == .linear)
        directives.kind = .decision
        #expect(DeclaredKindRule().mode(of: .sample(title: "Overview", directives: directives))?.0 == .decision)
        #expect(DeclaredKindRule().mode(of: .sample(title: "Overview")) == nil)
    }

    @Test func steeringTheTreeMakesADecisionTopic() {
        var directives = TreeDirectives()
        #expect(DeclaredTreeRule().mode(of: .sample(title: "Overview", directives: directives)) == nil)
        directives.prompts = [("root", "Where does the mail stop?", 1)]
        #expect(DeclaredTreeRule().mode(of: .sample(title: "Overview", directives: directives))?.0 == .decision)
        directives = TreeDirectives()
        directives.codes = StatusCodeScanner.ranges(in: "5.7.1")
        #expect(DeclaredTreeRule().mode(of: .sample(title: "Overview", directives: directives))?.0 == .decision)
    }

    @Test func rolesMakeADecisionTopic() {
        #expect(AudienceKindRule().mode(of: .sample(title: "Overview", hasAudience: true))?.0 == .decision)
        #expect(AudienceKindRule().mode(of: .sample(title: "Overview")) == nil)
    }
}
