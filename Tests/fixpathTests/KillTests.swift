import Foundation
import Testing

/// SIGKILL during a build must leave the previous site complete and byte for byte intact.
@Suite struct KillTests {
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return result
    }

    @Test func killedBuildsLeaveThePreviousSiteIntact() throws {
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
        #expect(try CLI.run(["build", "--content", content, "--output", output]).status == 0)
        let before = Self.snapshot(output)
        #expect(before.count > 1200)
        try "---\ntitle: Changed\ndescription: Changed.\n---\n\n# Changed\n".write(toFile: content + "/topic-0.md", atomically: true, encoding: .utf8)
        var rng = SystemRandomNumberGenerator()
        for round in 0..<6 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["build", "--content", content, "--output", output]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...400_000, using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = Self.snapshot(output)
            if process.terminationReason == .uncaughtSignal {
                #expect(after == before, "round \(round): the site changed after a killed build")
            } else {
                #expect(after["topic-0.html"].map { String(decoding: $0, as: UTF8.self).contains("<h1>Changed</h1>") } == true,
                        "round \(round): a finished build must leave the new site")
                return
            }
        }
        let finished = try CLI.run(["build", "--content", content, "--output", output])
        #expect(finished.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".fixpath-") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }
}
