import Testing
@testable import FixpathCore

/// Outline repairs: each takes siblings written side by side and puts the parts under their owner.
@Suite struct RegroupRulesTests {
    static func regrouped(_ rule: some RegroupRule, _ markdown: String) -> [String]? {
        let inference = TreeInference(topic: RuleHarness.topic(markdown))
        guard let result = rule.regroup(inference.outline.sections, inference.lookup) else { return nil }
        func names(_ s: Section) -> [String] { [s.heading.text] + s.children.flatMap(names).map { "  " + $0 } }
        return result.siblings.flatMap(names)
    }

    @Test func roleHeadingWrittenTooDeepIsLifted() {
        let markdown = "# T\n\n## I got this bounce message\n\nx\n\n### I'm an email admin\n\ny\n"
        #expect(Self.regrouped(RoleHeadingTooDeepRule(), markdown) == ["I got this bounce message", "I'm an email admin"])
    }

    @Test func questionHeadingAdoptsTheSectionsItLinksTo() {
        let markdown = "# T\n\n## What do you want to do?\n\n- [Create](#create)\n- [Delete](#delete)\n\n## Create\n\n1. a\n\n## Delete\n\n1. b\n\n## See also\n\n- [x](x.md)\n"
        #expect(Self.regrouped(QuestionHeadingAdoptsRule(), markdown) == ["What do you want to do?", "  Create", "  Delete", "See also"])
    }

    @Test func questionHeadingAdoptsFollowingFixes() {
        let markdown = "# T\n\n## What do you want to do?\n\n## Use the EAC\n\n1. a\n\n## Use the Shell\n\n1. b\n"
        #expect(Self.regrouped(QuestionHeadingAdoptsRule(), markdown) == ["What do you want to do?", "  Use the EAC", "  Use the Shell"])
    }

    @Test func repeatedProblemResolutionPairsGoUnderTheirTitles() {
        let markdown = "# T\n\n## Sync stops\n\n## Problem\n\nx\n\n## Resolution\n\ny\n\n## Login fails\n\n## Problem\n\nz\n\n## Resolution\n\nw\n"
        #expect(Self.regrouped(ProblemPairsAdoptRule(), markdown)
            == ["Sync stops", "  Problem", "  Resolution", "Login fails", "  Problem", "  Resolution"])
        #expect(Self.regrouped(ProblemPairsAdoptRule(), RuleHarness.sections(["Symptoms", "Cause", "Resolution"])) == nil)
    }

    @Test(arguments: [
        (["Error 1", "Resolution for Error 1", "Error 2", "Resolution for error 2"],
         ["Error 1", "  Resolution for Error 1", "Error 2", "  Resolution for error 2"]),
        (["Scenario A", "Workaround for scenario A", "Validation steps"], ["Scenario A", "  Workaround for scenario A", "Validation steps"]),
    ])
    func remedyNamingTheSectionBeforeItGoesUnderIt(headings: [String], outline: [String]) {
        #expect(Self.regrouped(RemedyForNamedSectionRule(), RuleHarness.sections(headings)) == outline)
    }

    @Test(arguments: [["Error 1", "Resolution for Error 2"], ["Resolution for Error 1", "Error 1"], ["Cause", "Resolution"]])
    func remediesThatNameNoSectionBeforeThemStay(headings: [String]) {
        #expect(Self.regrouped(RemedyForNamedSectionRule(), RuleHarness.sections(headings)) == nil)
    }

    @Test func bareResolutionAdoptsVariantsBesideIt() {
        let markdown = "# T\n\n## Symptom\n\nx\n\n## Resolution\n\nPick yours.\n\n## Windows 10\n\na\n\n## Windows 8.1\n\nb\n"
        #expect(Self.regrouped(RemedyAdoptsVariantsRule(), markdown) == ["Symptom", "Resolution", "  Windows 10", "  Windows 8.1"])
        #expect(Self.regrouped(RemedyAdoptsVariantsRule(), RuleHarness.sections(["Resolution", "Check A", "Check B"])) == nil)
    }
}
