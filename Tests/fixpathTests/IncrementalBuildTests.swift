import Foundation
import Testing

/// A build that reuses the last build's cache must leave exactly the site a clean build makes.
@Suite struct IncrementalBuildTests {
    struct Change: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String?]
        /// "Updated" for an in-place update, "Built" when the change needs every page again.
        var expected: String
        var testDescription: String { name }
    }

    static let start: [String: String] = [
        "content/toc.yml": "items:\n- name: Mail\n  items:\n  - name: Bounce\n    href: mail/bounce.md\n  - name: Other\n    href: mail/other.md\n",
        "content/mail/bounce.md": "---\ntitle: Bounce\ndescription: Fix 5.7.124.\n---\n# Fix 5.7.124\n\n[!INCLUDE [steps](../includes/steps.md)]\n\n## Method 1\n\nDo one.\n\n![A](media/a.png)\n\n## Method 2\n\nDo two.\n",
        "content/mail/other.md": "---\ntitle: Other\ndescription: Another topic.\n---\n# Other\n\nSee [bounce](bounce.md#method-1).\n",
        "content/includes/steps.md": "Shared steps.\n",
        "content/mail/media/a.png": "not really a png",
        "content/mail/media/b.png": "not really a png either",
    ]

    static let changes: [Change] = [
        Change(name: "body edit", files: ["content/mail/other.md": "---\ntitle: Other\ndescription: Another topic.\n---\n# Other\n\nNew words here.\n"],
               expected: "Updated"),
        Change(name: "include edit", files: ["content/includes/steps.md": "Changed shared steps.\n"], expected: "Updated"),
        Change(name: "title edit", files: ["content/mail/other.md": "---\ntitle: Renamed\ndescription: Another topic.\n---\n# Renamed\n"],
               expected: "Updated"),
        Change(name: "image added", files: ["content/mail/other.md": "---\ntitle: Other\ndescription: D.\n---\n# Other\n\n![B](media/b.png)\n"],
               expected: "Updated"),
        Change(name: "image replaced", files: ["content/mail/media/a.png": "another picture"], expected: "Updated"),
        Change(name: "anchor removed", files: ["content/mail/bounce.md": "---\ntitle: Bounce\ndescription: Fix 5.7.124.\n---\n# Fix 5.7.124\n\nOne way.\n"],
               expected: "Updated"),
        Change(name: "toc edit", files: ["content/toc.yml": "items:\n- name: Mail flow\n  items:\n  - name: Bounce\n    href: mail/bounce.md\n"],
               expected: "Built"),
        Change(name: "becomes a page to read", files: ["content/mail/bounce.md": "---\ntitle: Bounce\ndescription: Fix 5.7.124.\nfixpath:\n  kind: reading\n---\n# Fix 5.7.124\n\n## Method 1\n\nDo one.\n\n## Method 2\n\nDo two.\n"],
               expected: "Updated"),
        Change(name: "becomes a decision topic", files: ["content/mail/other.md": "---\ntitle: Other\ndescription: Another topic.\n---\n# Other\n\n## Resolution\n\nDo it.\n\n## Workaround\n\nWait.\n"],
               expected: "Updated"),
        Change(name: "topic added", files: ["content/mail/new.md": "---\ntitle: New\ndescription: New.\n---\n# New\n"], expected: "Built"),
        Change(name: "topic deleted", files: ["content/mail/other.md": nil], expected: "Built"),
    ]

    /// A folder holding `start`, built once; with the command that builds it again.
    static func builtSite(_ name: String) throws -> (folder: String, build: [String]) {
        let folder = try CLI.folder(name, with: start)
        let build = ["build", "--content", folder + "/content", "--output", folder + "/site"]
        #expect(try CLI.run(build).status == 0)
        return (folder, build)
    }

    @Test(arguments: changes) func updateMatchesACleanBuild(_ change: Change) throws {
        let (folder, build) = try Self.builtSite("incremental")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (path, text) in change.files {
            if let text {
                try FileManager.default.createDirectory(atPath: ((folder + "/" + path) as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
            } else {
                try FileManager.default.removeItem(atPath: folder + "/" + path)
            }
        }
        let rebuilt = try CLI.run(build)
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout.hasPrefix(change.expected), "\(rebuilt.stdout)")
        #expect(try CLI.run(["build", "--content", folder + "/content", "--output", folder + "/clean"]).status == 0)
        let site = CLI.snapshot(folder + "/site"), clean = CLI.snapshot(folder + "/clean")
        #expect(site.keys.sorted() == clean.keys.sorted())
        for (path, data) in clean where site[path] != data { Issue.record("\(path) differs from a clean build") }
    }

    /// An update writes a cache that copies the unchanged records of the one before; updates made
    /// from such caches, one after another, still each leave what a clean build makes.
    @Test func successiveUpdatesMatchCleanBuilds() throws {
        let (folder, build) = try Self.builtSite("successive")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let edits = ["body edit", "include edit", "title edit", "image added", "anchor removed"]
        for (step, name) in edits.enumerated() {
            let change = try #require(Self.changes.first { $0.name == name })
            for (path, text) in change.files {
                try #require(text).appending("\nStep \(step) adds the word zebra\(step).\n").write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
            }
            let rebuilt = try CLI.run(build)
            #expect(rebuilt.stdout.hasPrefix("Updated"), "step \(step): \(rebuilt.stdout)")
            let clean = folder + "/clean\(step)"
            #expect(try CLI.run(["build", "--content", folder + "/content", "--output", clean]).status == 0)
            let site = CLI.snapshot(folder + "/site"), expected = CLI.snapshot(clean)
            #expect(site.keys.sorted() == expected.keys.sorted(), "step \(step)")
            for (path, data) in expected where site[path] != data { Issue.record("step \(step): \(path) differs from a clean build") }
        }
    }

    /// The cache skips reading files whose size and times are unchanged; the change time still tells.
    @Test func anEditThatKeepsSizeAndModificationTimeIsSeen() throws {
        let (folder, build) = try Self.builtSite("same-stamp")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let include = folder + "/content/includes/steps.md"
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: include)[.modificationDate] as? Date)
        try "Shared STEPS.\n".write(toFile: include, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: include)
        let rebuilt = try CLI.run(build)
        #expect(rebuilt.stdout.hasPrefix("Updated "), "\(rebuilt.stdout)")
        #expect(try String(contentsOfFile: folder + "/site/mail/bounce.html", encoding: .utf8).contains("Shared STEPS."))
    }

    @Test func aDamagedCacheMeansAFullBuild() throws {
        let (folder, build) = try Self.builtSite("damaged-cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = folder + "/.site.fixpath.cache"
        #expect(FileManager.default.fileExists(atPath: cache))
        let bytes = try #require(FileManager.default.contents(atPath: cache))
        try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: cache))
        try "---\ntitle: Other\ndescription: D.\n---\n# Other\n\nEdited.\n".write(toFile: folder + "/content/mail/other.md", atomically: true, encoding: .utf8)
        let rebuilt = try CLI.run(build)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stdout.hasPrefix("Built "), "\(rebuilt.stdout)")
        #expect(try String(contentsOfFile: folder + "/site/mail/other.html", encoding: .utf8).contains("Edited."))
    }

    @Test func anErrorLeavesTheSiteAndTheCache() throws {
        let (folder, build) = try Self.builtSite("error-cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = CLI.snapshot(folder + "/site")
        try "---\ntitle: [broken\n---\n# Other\n".write(toFile: folder + "/content/mail/other.md", atomically: true, encoding: .utf8)
        #expect(try CLI.run(build).status == 1)
        #expect(CLI.snapshot(folder + "/site") == before)
        try "---\ntitle: Other\ndescription: D.\n---\n# Other\n\nFixed.\n".write(toFile: folder + "/content/mail/other.md", atomically: true, encoding: .utf8)
        let fixed = try CLI.run(build)
        #expect(fixed.stdout.hasPrefix("Updated "), "\(fixed.stdout)")
        #expect(try String(contentsOfFile: folder + "/site/mail/other.html", encoding: .utf8).contains("Fixed."))
    }
}
