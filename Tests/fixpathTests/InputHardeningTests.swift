import Foundation
import Testing

/// File names and paths the author or a reader gives: odd ones get a clear answer, never a crash,
/// never a blocked build, and `new` writes only inside the content folder.
@Suite struct InputHardeningTests {
    /// Creates a file whose name is raw bytes, which a Swift `String` path cannot spell.
    static func createFile(named name: [UInt8], in folder: String, contents: String) throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(fd >= 0)
        _ = contents.withCString { write(fd, $0, strlen($0)) }
        close(fd)
    }

    /// A name that is not UTF-8 was FP004, an error shown with U+FFFD, and blocked the whole build.
    @Test func namesThatAreNotUTF8AreSkippedWithAWarning() throws {
        let folder = try CLI.folder("not-utf8", with: ["content/a.md": OutputHardeningTests.topic("A")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.createFile(named: Array("caf".utf8) + [0xE9] + Array(".md".utf8), in: folder + "/content", contents: OutputHardeningTests.topic("B"))
        try FileManager.default.createDirectory(atPath: folder + "/content/sub", withIntermediateDirectories: true)
        try Self.createFile(named: [0xFF, UInt8(ascii: "x")], in: folder + "/content/sub", contents: "bytes")
        let result = try CLI.run(["build", "--content", folder + "/content", "--output", folder + "/site"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/caf\\xe9.md:1:1: warning: the name is not valid UTF-8; this file or folder is skipped [FP009]"),
                "\(result.stderr)")
        #expect(result.stderr.contains("content/sub/\\xffx:1:1: warning: the name is not valid UTF-8"))
        #expect(!result.stderr.contains("\u{FFFD}"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/a.html"))
        let check = try CLI.run(["check", "--content", folder + "/content", "--strict"])
        #expect(check.status == 1 && check.stderr.contains("[FP009]"))
    }

    /// `fixpath wizard /dev/zero --answers 1` printed "Good. The problem is fixed." and exited 0.
    @Test(arguments: ["wizard", "tree"]) func aPathThatIsNotARegularFileIsAnError(command: String) throws {
        let folder = CLI.temporary("not-regular")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/pipe.md", 0o644) == 0)
        for path in ["/dev/zero", folder + "/pipe.md"] {
            let result = try CLI.run([command, path] + (command == "wizard" ? ["--answers", "1"] : []))
            #expect(result.status == 2, "\(path): \(result.stdout)")
            #expect(result.stderr.contains("\(path): error: not a regular file"), "\(result.stderr)")
            #expect(!result.stdout.contains("fixed"))
        }
    }

    /// The wizard names a linked file by its path, read as the site reads the link: decoded, without anchor or query.
    @Test func theWizardShowsLinkedFilesByTheirNames() throws {
        let folder = try CLI.folder("wizard-links", with: [
            "content/a.md": OutputHardeningTests.topic("A", "## I got this bounce message\n\nSee [the notes](<other%20file%20%231.md?view=1#part>) and [run](<\u{1}javascript:alert(1)>).\n\n## I'm an email admin\n\nSteps."),
            "content/other file #1.md": OutputHardeningTests.topic("Other"),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["wizard", "content/a.md", "--answers", "sender", "--plain"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1] content/other file #1.md#part"), "\(result.stdout)")
        #expect(!result.stdout.contains("javascript"))
    }

    @Test(arguments: ["../outside.md", "/tmp/fixpath-new-absolute.md", "linked/inside.md", "a/../../outside.md"])
    func newWritesOnlyInsideTheContentFolder(name: String) throws {
        let folder = CLI.temporary("new-confined")
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/content/linked", withDestinationPath: folder + "/elsewhere")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["new", name, "--content", folder + "/content"], in: folder)
        #expect(result.status != 0, "\(result.stdout)")
        #expect(result.stderr.contains("error: "), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/elsewhere").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/outside.md"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/fixpath-new-absolute.md"))
    }

    @Test func aTitleWithLineBreaksStaysOneLine() throws {
        let folder = CLI.temporary("new-title")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try CLI.run(["new", "Fix 5.7.700\n---\nauthor: \u{1B}[2J", "--content", folder])
        #expect(made.status == 0, "\(made.stderr)")
        let check = try CLI.run(["check", "--content", folder, "--format", "json"])
        let diagnostics = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        #expect(diagnostics.allSatisfy { $0["code"] as? String == "FP080" }, "\(diagnostics)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        #expect(text.contains("title: \"Fix 5.7.700 --- author:  [2J\""), "\(text)")
    }
}
