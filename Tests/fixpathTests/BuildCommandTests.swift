import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheExampleContent() throws {
        let output = CLI.temporary("example")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try CLI.run(["build", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Open \(output)/index.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func badContentFailsWithDiagnosticsAndWritesNothing() throws {
        let output = CLI.temporary("bad")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try CLI.run(["build", "--content", CLI.invalidFixtures, "--output", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(CLI.invalidFixtures)/bad-yaml.md:"))
        #expect(result.stderr.contains(": error: front matter is not valid YAML"))
        #expect(result.stderr.contains("    hint: "))
        #expect(result.stderr.contains("the site was not written"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func strictFailsOnWarnings() throws {
        let content = CLI.temporary("strict")
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: content) }
        try "# No front matter\n".write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        let output = CLI.temporary("strict-out")
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(try CLI.run(["build", "--content", content, "--output", output]).status == 0)
        let strict = try CLI.run(["build", "--content", content, "--output", output, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("a.md:1:1: warning: topic has no front matter"))
    }

    @Test(arguments: [["build", "--no-such-option"], ["no-such-command"], ["build", "--content", "/no/such/folder"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }
}
