import Foundation
import Testing

/// SIGKILL during a build must leave the previous site complete and byte for byte intact.
@Suite struct KillTests {
    /// `--full` builds beside the site and swaps it in; without it, the edit of 240 of 600 topics is
    /// applied in place through a journal, which a build killed after its commit point leaves for the next build.
    @Test(arguments: [true, false]) func killedBuildsLeaveThePreviousSiteIntact(full: Bool) throws {
        let folder = CLI.temporary("kill")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = folder + "/content"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        let body = String(repeating: "Step text with **bold** and a [link](#part-2).\n\n", count: 40)
        for i in 0..<600 {
            let topic = "---\ntitle: Topic \(i)\ndescription: Topic \(i).\n---\n\n# Topic \(i)\n\n## Part 1\n\n\(body)## Part 2\n\n\(body)"
            try topic.write(toFile: content + "/topic-\(i).md", atomically: false, encoding: .utf8)
        }
        let output = folder + "/site"
        let build = ["build", "--content", content, "--output", output] + (full ? ["--full"] : [])
        #expect(try CLI.run(build).status == 0)
        let before = CLI.snapshot(output)
        #expect(before.count > 1200)
        try "---\ntitle: Changed\ndescription: Changed.\n---\n\n# Changed\n".write(toFile: content + "/topic-0.md", atomically: true, encoding: .utf8)
        for i in 1..<240 {
            try "---\ntitle: Topic \(i)\ndescription: Topic \(i).\n---\n\n# Topic \(i)\n\nShorter now.\n".write(toFile: content + "/topic-\(i).md", atomically: true, encoding: .utf8)
        }
        let journal = folder + "/.site.fixpath.commit"
        var rng = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<6 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = build
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first kill comes early, so at least one build is surely stopped on its way.
            usleep(round == 0 ? 20_000 : UInt32.random(in: 20_000...400_000, using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason != .uncaughtSignal { break }
            killed += 1
            if FileManager.default.fileExists(atPath: journal) { break }
            #expect(CLI.snapshot(output) == before, "round \(round): the site changed after a killed build")
        }
        #expect(killed > 0, "no build was killed: each finished before its signal")
        let finished = try CLI.run(build)
        #expect(finished.status == 0)
        #expect(!FileManager.default.fileExists(atPath: journal), "the journal of a killed update is applied")
        #expect(CLI.snapshot(output)["topic-0.html"].map { String(decoding: $0, as: UTF8.self).contains("<h1>Changed</h1>") } == true)
        #expect(try CLI.run(["build", "--content", content, "--output", folder + "/clean"]).status == 0)
        let clean = CLI.snapshot(folder + "/clean")
        #expect(CLI.snapshot(output) == clean, "after a killed build and a finished one, the site is what a clean build makes")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".fixpath-") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }
}
