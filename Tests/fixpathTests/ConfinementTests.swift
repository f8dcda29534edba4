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
}
