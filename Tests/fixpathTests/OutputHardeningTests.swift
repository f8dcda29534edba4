import Foundation
import Testing

/// A build writes only inside its output folder and never into the author's files, whatever the
/// content's file names, and whatever a stopped build left behind.
@Suite struct OutputHardeningTests {
    static func topic(_ title: String, _ body: String = "Body.") -> String {
        "---\ntitle: \(title)\ndescription: \(title).\n---\n# \(title)\n\n\(body)\n"
    }

    /// Every file of `folder` but the site and what fixpath keeps beside it.
    static func outside(_ folder: String) -> [String: Data] {
        CLI.snapshot(folder).filter { !$0.key.hasPrefix("site/") && !$0.key.hasPrefix(".site.fixpath.") }
    }

    /// Expects `folder/site` (or `site`) to be byte for byte what a clean build of `folder/content` makes.
    static func expectSiteIsAClean(_ folder: String, site: String? = nil, _ comment: String = "") throws {
        let clean = CLI.temporary("clean")
        defer { try? FileManager.default.removeItem(atPath: clean) }
        #expect(try CLI.run(["build", "--content", folder + "/content", "--output", clean]).status == 0)
        let site = CLI.snapshot(site ?? folder + "/site"), expected = CLI.snapshot(clean)
        #expect(site.keys.sorted() == expected.keys.sorted(), "\(comment)")
        for (path, data) in expected where site[path] != data { Issue.record("\(comment): \(path) differs from a clean build") }
    }

    @Test(arguments: [false, true]) func contentFilesAtGeneratedPathsAreNeverWrittenThrough(full: Bool) throws {
        let folder = try CLI.folder("write-through", with: [
            "content/a.md": Self.topic("A", "See [b](b.html), [its guide](b.guide.html), [a script](assets/fixpath.js) and [B](b.md)."),
            "content/b.md": Self.topic("B"),
            "content/b.html": "the author's own page\n",
            "content/b.guide.html": "the author's own guide\n",
            "content/assets/fixpath.js": "// the author's own script\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = ["build", "--content", folder + "/content", "--output", folder + "/site"] + (full ? ["--full"] : [])
        for step in 0..<3 {
            let before = CLI.snapshot(folder + "/content")
            let result = try CLI.run(build)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(CLI.snapshot(folder + "/content") == before, "step \(step): a build changed the content folder")
            for file in ["b.html", "b.guide.html", "assets/fixpath.js"] {
                #expect(result.stderr.contains("content/a.md:7:1: warning: '\(file)' is a content file at the path of "), "\(result.stderr)")
            }
            #expect(result.stderr.contains("[FP090]"))
            #expect(try String(contentsOfFile: folder + "/site/b.html", encoding: .utf8).contains("<h1>B</h1>"))
            #expect(try !String(contentsOfFile: folder + "/site/assets/fixpath.js", encoding: .utf8).contains("author"))
            var site = stat(), content = stat()
            #expect(stat(folder + "/site/b.html", &site) == 0 && stat(folder + "/content/b.html", &content) == 0 && site.st_ino != content.st_ino)
            try Self.topic("A", "Step \(step) links [b](b.html), [its guide](b.guide.html) and [a script](assets/fixpath.js).")
                .write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: [["index.md"], ["guide.md"], ["search.md"], ["404.md"], ["a.md", "a.guide.md"]])
    func topicPagesOnGeneratedPathsStopTheBuild(names: [String]) throws {
        var files = ["content/other.md": Self.topic("Other")]
        for name in names { files["content/" + name] = Self.topic("Named " + name) }
        let folder = try CLI.folder("page-collision", with: files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["build", "--content", folder + "/content", "--output", folder + "/site"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(": error: its ") && result.stderr.contains("[FP091]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
        #expect(try CLI.run(["check", "--content", folder + "/content"]).stderr.contains("[FP091]"))
    }

    /// The journal listed one path per line: a name with line breaks was split, and `victim.txt` beside the site was deleted.
    @Test func aNameWithLineBreaksNeverReachesOutsideTheSite() throws {
        let name = "qq\n../victim.txt\nzz"
        let folder = try CLI.folder("line-breaks", with: [
            "content/a.md": Self.topic("A", "![x](qq%0A../victim.txt%0Azz)"),
            "content/b.md": Self.topic("B"),
            "content/qq\n../victim.txt\nzz": "not really an image",
            "victim.txt": "precious\n", "zz": "precious too\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = ["build", "--content", folder + "/content", "--output", folder + "/site"]
        let first = try CLI.run(build)
        #expect(first.status == 0)
        #expect(first.stderr.contains("content/qq\\x0a..:1:1: warning: the name holds a control character"), "\(first.stderr)")
        #expect(first.stderr.contains("[FP092]"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/" + name))
        let before = Self.outside(folder)
        try Self.topic("A", "No image now.").write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        let second = try CLI.run(build)
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("Updated"), "\(second.stdout)")
        #expect(Self.outside(folder).filter { $0.key != "content/a.md" } == before.filter { $0.key != "content/a.md" })
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/" + name))
        try Self.expectSiteIsAClean(folder)
    }

    /// `SiteUpdate.apply` died with SIGILL when a removed file's folder had a one-character name, after
    /// its commit point, and so did every later build.
    @Test(arguments: ["x/image.png", "q", "x/y/z.png"]) func oneCharacterNamesNeverCrashAnUpdate(file: String) throws {
        let folder = try CLI.folder("one-character", with: [
            "content/a.md": Self.topic("A", "[it](\(file))"), "content/b.md": Self.topic("B"), "content/" + file: "bytes",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = ["build", "--content", folder + "/content", "--output", folder + "/site"]
        #expect(try CLI.run(build).status == 0)
        try Self.topic("A", "No link now.").write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        let update = try CLI.run(build)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.hasPrefix("Updated"), "\(update.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.site.fixpath.commit"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/x"), "an emptied folder is removed")
        try Self.expectSiteIsAClean(folder)
    }

    enum PlantedJournal: String, CaseIterable, Sendable {
        /// What the previous version wrote: files at the top, removals one per line.
        case lineSeparated
        /// This version's format, naming a path outside the site.
        case climbing
        /// This version's format, cut off inside its list of removals.
        case truncated
        /// A file of someone else's at the journal's path: left alone.
        case file
        /// A folder of someone else's, without the journal's mark: left alone.
        case unmarkedFolder
    }

    @Test(arguments: PlantedJournal.allCases) func aJournalThatCannotBeAppliedIsDiscardedWithAWarning(_ kind: PlantedJournal) throws {
        let folder = try CLI.folder("journal-\(kind.rawValue)", with: [
            "content/a.md": Self.topic("A"), "content/b.md": Self.topic("B"), "victim.txt": "precious\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = ["build", "--content", folder + "/content", "--output", folder + "/site"]
        #expect(try CLI.run(build).status == 0)
        let journal = folder + "/.site.fixpath.commit"
        let header = "fixpath journal 2\n"
        switch kind {
        case .lineSeparated:
            try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
            try "../victim.txt\na.html".write(toFile: journal + "/.fixpath-removals", atomically: true, encoding: .utf8)
            try "planted".write(toFile: journal + "/a.html", atomically: true, encoding: .utf8)
        case .climbing:
            try FileManager.default.createDirectory(atPath: journal + "/site", withIntermediateDirectories: true)
            try (header + "a.html\0../victim.txt\0").write(toFile: journal + "/.fixpath-journal", atomically: true, encoding: .utf8)
        case .truncated:
            try FileManager.default.createDirectory(atPath: journal + "/site", withIntermediateDirectories: true)
            try (header + "a.html\0b.ht").write(toFile: journal + "/.fixpath-journal", atomically: true, encoding: .utf8)
        case .file:
            try "not a journal".write(toFile: journal, atomically: true, encoding: .utf8)
        case .unmarkedFolder:
            try FileManager.default.createDirectory(atPath: journal + "/notes", withIntermediateDirectories: true)
            try "someone's notes".write(toFile: journal + "/notes/a.txt", atomically: true, encoding: .utf8)
        }
        let planted = CLI.snapshot(folder).filter { $0.key.hasPrefix(".site.fixpath.commit") }
        let before = Self.outside(folder)
        let result = try CLI.run(build)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("[FP093]"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built"), "a full build follows: \(result.stdout)")
        if kind == .file || kind == .unmarkedFolder {
            #expect(result.stderr.contains(".site.fixpath.commit:1:1: warning: this is not an update fixpath left"), "\(result.stderr)")
            #expect(CLI.snapshot(folder).filter { $0.key.hasPrefix(".site.fixpath.commit") } == planted, "what is not fixpath's is left alone")
        } else {
            #expect(result.stderr.contains(".site.fixpath.commit:1:1: warning: the update a stopped build left here cannot be applied ("),
                    "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: journal))
        }
        #expect(Self.outside(folder) == before)
        try Self.expectSiteIsAClean(folder, "\(kind)")
        // While something else holds the journal's path, every build builds the whole site and says why.
        let next = try CLI.run(build)
        #expect(next.stdout.hasPrefix(kind == .file || kind == .unmarkedFolder ? "Built" : "Nothing changed"), "\(next.stdout)")
    }

    /// What fixpath keeps beside the site is found by name: a content folder that happens to be named
    /// like a staging folder (even holding fixpath's mark), the cache, the state or the journal is
    /// never taken for one, and never removed.
    @Test(arguments: [(".site.fixpath-content", false), (".site.fixpath-content", true), (".site.fixpath.cache", false),
                      (".site.fixpath.state", false), (".site.fixpath.commit", true)])
    func aContentFolderNamedLikeWhatFixpathKeepsIsKept(name: String, marked: Bool) throws {
        var files = ["content/a.md": Self.topic("A"), "content/b.md": Self.topic("B")]
        if marked { files["content/.fixpath-site"] = "not fixpath's\n" }
        let folder = try CLI.folder("beside-name", with: files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = folder + "/" + name
        try FileManager.default.moveItem(atPath: folder + "/content", toPath: content)
        let before = CLI.snapshot(content)
        for build in [["build"], ["build", "--full"], ["build"]] {
            let result = try CLI.run(build + ["--content", content, "--output", folder + "/site"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(CLI.snapshot(content) == before, "\(build): the content folder changed")
        }
    }

    /// `mkdtemp` made the site folder 0700 while its subfolders were 0755.
    @Test(arguments: [("022", 0o755), ("027", 0o750), ("077", 0o700)]) func theSiteTakesItsPermissionsFromTheUmask(umask: String, mode: Int) throws {
        let folder = try CLI.folder("umask", with: ["content/a.md": Self.topic("A"), "content/media/a.png": "bytes"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "umask \(umask) && exec \"$0\" build --content \"$1\" --output \"$2\"", CLI.binary, folder + "/content", folder + "/site"]
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        for path in ["site", "site/assets"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
        }
        let page = try FileManager.default.attributesOfItem(atPath: folder + "/site/index.html")
        #expect((page[.posixPermissions] as? Int) == mode & 0o666)
    }
}
