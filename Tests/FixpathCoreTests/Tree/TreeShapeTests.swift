import Foundation
import Testing
@testable import FixpathCore

/// The shapes of real topics, in small fixtures written for these tests: each tree is checked for
/// the shape a careful reader would draw, and its `--explain` outline against a golden file
/// (`FIXPATH_RECORD=1 swift test --filter TreeShapeTests` re-records them).
@Suite struct TreeShapeTests {
    static let folder = Fixtures.folder.appendingPathComponent("trees/shapes").path
    static let golden = Fixtures.folder.deletingLastPathComponent().appendingPathComponent("Golden/shapes").path
    static let names = ["scenarios", "lettered-options", "two-causes", "problem-pairs-flat", "tabs", "question-heading", "nested",
                        "steps-top-level", "lost-fix", "background-roles"]

    static func build(_ name: String) throws -> (DecisionTree, [Diagnostic]) {
        let root = try ContentRoot(folder)
        return TreeBuilder.build(TopicLoader(root: root).load(name + ".md"))
    }

    @Test(arguments: names)
    func explainedTreeMatchesGolden(name: String) throws {
        let (tree, _) = try Self.build(name)
        let actual = TreeFormat.outline.render(tree, explain: true)
        let file = Self.golden + "/" + name + ".txt"
        if ProcessInfo.processInfo.environment["FIXPATH_RECORD"] != nil { try actual.write(toFile: file, atomically: true, encoding: .utf8) }
        #expect(actual == (try String(contentsOfFile: file, encoding: .utf8)), "re-record with FIXPATH_RECORD=1 swift test --filter TreeShapeTests")
    }

    @Test func buildingTwiceGivesTheSameTree() throws {
        for name in Self.names {
            let (first, d1) = try Self.build(name)
            let (second, d2) = try Self.build(name)
            #expect(TreeJSON.string(TreeJSON.object(first, explain: true)) == TreeJSON.string(TreeJSON.object(second, explain: true)))
            #expect(d1 == d2)
        }
    }

    @Test func scenariosAreMatched() throws {
        let (tree, diagnostics) = try Self.build("scenarios")
        #expect(tree.root.prompt == "Which of these matches what you see?")
        #expect(tree.root.choices.map(\.slug) == ["scenario-1", "scenario-2"])
        #expect(!diagnostics.contains { $0.code == DiagnosticCode.treeLostFix })
    }

    @Test func letteredOptionsInAHowToAreAlternatives() throws {
        let (tree, _) = try Self.build("lettered-options")
        #expect(tree.kind == .decision)
        #expect(tree.root.prompt == "Which option do you want to try?")
        #expect(tree.root.choices.map(\.slug) == ["option-a", "option-b"])
        #expect(tree.context.compactMap(\.heading?.text) == ["Verify that it worked"])
    }

    @Test func twoCausesOfferTheCauses() throws {
        let (tree, _) = try Self.build("two-causes")
        #expect(tree.root.prompt == "Which of these matches what you see?")
        #expect(tree.root.choices.map(\.label) == ["Cause 1: A rule moves the replies to another folder",
                                                  "Cause 2: The option to delete replies after processing is on"])
    }

    @Test func flatProblemResolutionPairsGoUnderTheirTitles() throws {
        let (tree, _) = try Self.build("problem-pairs-flat")
        #expect(tree.root.choices.map(\.label) == ["Files stay in the pending state", "Sign-in keeps failing"])
        #expect(tree.root.choices.allSatisfy { PlainText.of($0.node.blocks).contains("1.") || $0.node.kind == .answer })
    }

    @Test func tabsAcrossAHowToAreOneToolChoice() throws {
        let (tree, _) = try Self.build("tabs")
        #expect(tree.root.prompt == "Which tool are you using?")
        #expect(tree.root.choices.map(\.label) == ["Portal", "CLI"])
        let cli = PlainText.of(tree.root.choices[1].node.blocks)
        #expect(cli.contains("storage queue create") && cli.contains("version 2.4") && !cli.contains("select Queues"))
    }

    @Test func questionHeadingIsThePrompt() throws {
        let (tree, _) = try Self.build("question-heading")
        #expect(tree.root.prompt == "What do you want to do?")
        #expect(tree.root.choices.map(\.label) == ["Change it for one mailbox", "Change it for every mailbox"])
    }

    @Test func nestedBranchingGoesToAnyDepth() throws {
        let (tree, _) = try Self.build("nested")
        let event = try #require(tree.root.choices.first?.node)
        #expect(event.prompt == "Which message does the event show?")
        let ready = try #require(event.choices.first?.node)
        #expect(ready.prompt == "Does the server have more than one network adapter?")
        #expect(ready.choices.map(\.slug) == ["scenario-1", "scenario-2"])
        #expect(tree.escalation?.heading?.text == "Contact us for help")
    }

    @Test func topLevelStepsAreOneAnswer() throws {
        let (tree, _) = try Self.build("steps-top-level")
        #expect(tree.questionCount == 0)
        #expect(PlainText.of(tree.root.blocks).contains("Read the snapshot files"))
    }

    @Test func fixesUnderBackgroundAreReported() throws {
        let (_, diagnostics) = try Self.build("lost-fix")
        let lost = diagnostics.filter { $0.code == DiagnosticCode.treeLostFix }
        #expect(lost.map(\.location.line) == [19, 23])
        #expect(lost.allSatisfy { $0.severity == .warning && $0.message.contains("'More information'") })
    }

    @Test func backgroundIsNeverAChoice() throws {
        let (tree, _) = try Self.build("background-roles")
        #expect(tree.questionCount == 0)
        #expect(tree.root.heading?.text == "Resolution")
        #expect(tree.context.count == 10)
        #expect(tree.related.map(\.href) == ["crawl.md"])
    }
}
