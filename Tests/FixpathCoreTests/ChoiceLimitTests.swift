import Foundation
import Testing
import FixpathCore

@Suite struct ChoiceLimitTests {
    static func project(methods: Int) throws -> (Project, String) {
        let topic = "---\ntitle: Methods\ndescription: D.\n---\n# Methods\n\n## Fixes\n\n"
            + (1...methods).map { "### Method \($0): Fix \($0)\n\nStep.\n\n" }.joined()
        let folder = try Fixtures.content(["topic.md": topic])
        return (try Project(contentDirectory: folder), folder)
    }

    @Test(arguments: [25, 2000])
    func aQuestionWithMoreChoicesThanAReaderCanUseIsAWarning(methods: Int) throws {
        let (project, folder) = try Self.project(methods: methods)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let warning = try #require(project.diagnostics.first { $0.code == "FP112" })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 7, "\(warning.formatted)")
        #expect(warning.message.contains("offers \(methods) choices; readers can use at most 24"))
    }

    @Test func twentyFourChoicesAreFine() throws {
        let (project, folder) = try Self.project(methods: 24)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(!project.diagnostics.contains { $0.code == "FP112" })
    }
}
