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

    /// A linked HTML file would run a contributor's script on the site's origin: a warning, and `--strict` refuses it.
    @Test func linkedHTMLIsAWarningAndStrictRefusesIt() throws {
        let content = CLI.temporary("active")
        defer { try? FileManager.default.removeItem(atPath: content) }
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        try "<script>alert(document.cookie)</script>".write(toFile: content + "/page.html", atomically: true, encoding: .utf8)
        try "---\ntitle: A\ndescription: A.\n---\n# A\n\n[More](page.html)\n".write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        let output = CLI.temporary("active-out")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let strict = try CLI.run(["build", "--content", content, "--output", output, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("a.md:7:1: warning: 'page.html' is an HTML document: copied into the site as it is, it could run script on the site's origin [FP043]"))
        #expect(!FileManager.default.fileExists(atPath: output + "/page.html"))
        let loose = try CLI.run(["build", "--content", content, "--output", output])
        #expect(loose.status == 0)
        #expect(loose.stderr.contains("[FP043]"))
    }

    @Test(arguments: [["build", "--no-such-option"], ["no-such-command"], ["build", "--content", "/no/such/folder"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }
}

@Suite struct RebuildTests {
    @Test func nothingChangedLeavesTheSiteAndAnEditRebuildsIt() throws {
        let folder = try CLI.folder("rebuild", with: [
            "content/a.md": "---\ntitle: A\ndescription: A.\n---\n# A\n\nFirst text.\n",
            "content/b.md": "# B without front matter\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let args = ["build", "--content", folder + "/content", "--output", folder + "/site"]
        #expect(try CLI.run(args).stdout.contains("Built "))
        let page = folder + "/site/a.html"
        let before = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        let again = try CLI.run(args)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Nothing changed since"))
        #expect(again.stdout.contains("1 warning(s)"))
        #expect(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date == before)
        #expect(try CLI.run(args + ["--strict"]).status == 1, "a strict build must not skip past warnings")
        try "---\ntitle: A\ndescription: A.\n---\n# A\n\nSecond text.\n".write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        let otherPage = folder + "/site/b.html"
        let otherBefore = try FileManager.default.attributesOfItem(atPath: otherPage)[.modificationDate] as? Date
        let edited = try CLI.run(args)
        #expect(edited.stdout.contains("Updated "), "\(edited.stdout)")
        #expect(edited.stdout.contains("read 1 changed topic(s) again"))
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Second text."))
        #expect(try FileManager.default.attributesOfItem(atPath: otherPage)[.modificationDate] as? Date == otherBefore,
                "an unchanged topic's page is left alone")
        #expect(try CLI.run(args + ["--full"]).stdout.contains("Built "), "--full builds every page again")
        try FileManager.default.removeItem(atPath: folder + "/site")
        #expect(try CLI.run(args).stdout.contains("Built "), "a deleted site is built again")
    }
}
