import Foundation
import Testing

/// Nothing outside the content root is read or copied, and the output never lands somewhere unsafe.
@Suite struct ConfinementTests {
    @Test func symlinksAndClimbingPathsAreRefused() throws {
        let folder = CLI.temporary("confine")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = folder + "/content"
        try FileManager.default.createDirectory(atPath: content + "/media", withIntermediateDirectories: true)
        try "secret include text\n".write(toFile: folder + "/outside.md", atomically: true, encoding: .utf8)
        try "secret image bytes".write(toFile: folder + "/outside.png", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: content + "/linked.md", withDestinationPath: folder + "/outside.md")
        try FileManager.default.createSymbolicLink(atPath: content + "/media/linked.png", withDestinationPath: folder + "/outside.png")
        let topic = """
        ---
        title: Confined
        description: Tries to reach outside.
        ---

        # Confined

        [!INCLUDE [up](../outside.md)]

        [!INCLUDE [abs](/etc/hostname)]

        ![up](../outside.png) ![link](media/linked.png) [file](../outside.md)
        """
        try topic.write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "--content", content])
        #expect(result.status == 1)
        #expect(result.stderr.contains("linked.md:1:1: error: topic is a link to a file outside the content folder"))
        #expect(result.stderr.contains("a.md:8:1: error: include '../outside.md' points outside the content folder [FP032]"))
        #expect(result.stderr.contains("a.md:10:1: error: include '/etc/hostname' points outside the content folder [FP032]"))
        #expect(result.stderr.contains("'../outside.png' points outside the content folder [FP041]"))
        #expect(result.stderr.contains("'media/linked.png' is a symbolic link that leaves the content folder"))
        #expect(!result.stderr.contains("secret"))
        try FileManager.default.removeItem(atPath: content + "/linked.md")
        try topic.replacingOccurrences(of: "[!INCLUDE [up](../outside.md)]", with: "")
            .replacingOccurrences(of: "[!INCLUDE [abs](/etc/hostname)]", with: "")
            .write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        let build = try CLI.run(["build", "--content", content, "--output", folder + "/site"])
        #expect(build.status == 0, "\(build.stderr)")
        let copied = (FileManager.default.enumerator(atPath: folder + "/site")?.allObjects as? [String]) ?? []
        #expect(!copied.contains { $0.hasSuffix(".png") }, "\(copied)")
        let page = try String(contentsOfFile: folder + "/site/a.html", encoding: .utf8)
        #expect(!page.contains("secret"))
    }

    @Test(arguments: ["/", "~", "CONTENT", "CONTENT/site"])
    func unsafeOutputFoldersAreRefused(output: String) throws {
        let folder = CLI.temporary("unsafe")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try "---\ntitle: A\ndescription: A.\n---\n# A\n".write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        let target = output == "~" ? NSHomeDirectory() : output.replacingOccurrences(of: "CONTENT", with: folder + "/content")
        let result = try CLI.run(["build", "--content", folder + "/content", "--output", target])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refusing to write the site here") || result.stderr.contains("was not made by fixpath"))
    }

    /// A FIFO behind a symbolic link used to block `check` and `build` for ever in open(2).
    @Test(arguments: ["check", "build"])
    func fifosBehindLinksAreReportedWithoutBlocking(command: String) throws {
        let folder = CLI.temporary("fifo")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = folder + "/content"
        try FileManager.default.createDirectory(atPath: content + "/includes", withIntermediateDirectories: true)
        #expect(mkfifo(content + "/pipe", 0o600) == 0)
        for link in ["stuck.md", "includes/stuck.md", "picture.png"] {
            try FileManager.default.createSymbolicLink(atPath: content + "/" + link, withDestinationPath: content + "/pipe")
        }
        try "---\ntitle: A\ndescription: A.\n---\n# A\n\n[!INCLUDE [s](includes/stuck.md)]\n\n![A picture](picture.png)\n"
            .write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        var arguments = [command, "--content", content]
        if command == "build" { arguments += ["--output", folder + "/site"] }
        let result = try CLI.run(arguments, timeout: 60)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("stuck.md:1:1: error: topic is a link to a FIFO, device or socket, not a file [FP004]"))
        #expect(result.stderr.contains("a.md:7:1: error: include 'includes/stuck.md' is a link to a FIFO, device or socket, not a file [FP004]"))
        #expect(result.stderr.contains("a.md:9:1: warning: 'picture.png' is a link to a FIFO, device or socket; it is left out of the site [FP042]"))
    }

    /// An image that is a symbolic link inside the content folder lands in the site as the file it points to.
    @Test func aLinkedImageIsCopiedAsTheFileItPointsTo() throws {
        let folder = CLI.temporary("linked-image")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = folder + "/content"
        try FileManager.default.createDirectory(atPath: content + "/media", withIntermediateDirectories: true)
        try "image bytes".write(toFile: content + "/media/real.png", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: content + "/media/alias.png", withDestinationPath: "real.png")
        try "---\ntitle: A\ndescription: A.\n---\n# A\n\n![An alias](media/alias.png)\n".write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--content", content, "--output", folder + "/site"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(lstat(folder + "/site/media/alias.png", &info) == 0)
        #expect((info.st_mode & S_IFMT) == S_IFREG, "the site holds a link, dangling once deployed")
        #expect(FileManager.default.contents(atPath: folder + "/site/media/alias.png") == Data("image bytes".utf8))
    }

    /// `--output` through a link to the content folder is the content folder: real paths are compared.
    @Test(arguments: ["link/site", "link/nested/site", "link"])
    func outputInsideTheContentThroughALinkIsRefused(output: String) throws {
        let folder = CLI.temporary("linked-output")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try "---\ntitle: A\ndescription: A.\n---\n# A\n".write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "content")
        let result = try CLI.run(["build", "--content", "content", "--output", output], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("refusing to write the site here: it is inside the content folder")
                || result.stderr.contains("refusing to write the site here: it is the content folder"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/content") == ["a.md"])
    }
}
