import Foundation
import Testing

@Suite struct NewCommandTests {
    @Test func scaffoldPassesCheckWithOnlyTodoWarningsAndBuildsAWizard() throws {
        let folder = CLI.temporary("new")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try CLI.run(["new", "Fix NDR error 550 5.7.700 in Exchange Online", "--kind", "ndr", "--content", folder + "/content"])
        #expect(made.status == 0, "\(made.stderr)")
        let file = folder + "/content/fix-ndr-error-550-5-7-700-in-exchange-online.md"
        #expect(FileManager.default.fileExists(atPath: file))
        let check = try CLI.run(["check", "--content", folder + "/content", "--format", "json"])
        let diagnostics = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0["code"] as? String == "FP080" }, "\(diagnostics)")
        let build = try CLI.run(["build", "--content", folder + "/content", "--output", folder + "/site"])
        #expect(build.status == 0)
        let guide = try String(contentsOfFile: folder + "/site/fix-ndr-error-550-5-7-700-in-exchange-online.guide.html", encoding: .utf8)
        #expect(guide.contains("data-slug=\"admin\""))
        #expect(guide.contains("data-slug=\"method-2\""))
        #expect(guide.contains("id=\"n-escalation\""))
        let walk = try CLI.run(["wizard", file, "--answers", "admin,method-1", "--json"])
        #expect(walk.status == 0, "\(walk.stderr)")
        #expect(walk.stdout.contains("Method 1"))
        #expect(try CLI.run(["new", "Fix NDR error 550 5.7.700 in Exchange Online", "--content", folder + "/content"]).status == 1)
    }
}
