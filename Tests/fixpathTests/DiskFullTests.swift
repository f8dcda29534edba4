import Foundation
import Testing

/// A disk that fills up during a build: a clear error, the previous site intact, and the next build
/// succeeds once there is room. The site goes to a small tmpfs the test mounts, which takes root.
@Suite struct DiskFullTests {
    static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let canMount: Bool = {
        let probe = CLI.temporary("mount-probe")
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard geteuid() == 0, (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil,
              run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) else { return false }
        return run("/bin/umount", [probe])
    }()

    @Test(.enabled(if: canMount, "mounting a tmpfs takes root")) func aFullDiskLeavesThePreviousSiteAndTheNextBuildWorks() throws {
        let folder = try CLI.folder("disk-full", with: [
            "content/a.md": OutputHardeningTests.topic("A", "![small](media/small.png)"),
            "content/b.md": OutputHardeningTests.topic("B"),
            "content/media/small.png": "a small picture",
        ])
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try #require(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk]))
        defer {
            _ = Self.run("/bin/umount", [disk])
            try? FileManager.default.removeItem(atPath: folder)
        }
        let build = ["build", "--content", folder + "/content", "--output", disk + "/site"]
        #expect(try CLI.run(build).status == 0)
        let before = CLI.snapshot(disk + "/site")
        // A picture larger than the disk: the site cannot hard-link it across file systems, so it copies it.
        try Data(repeating: 0x5A, count: 4 << 20).write(to: URL(fileURLWithPath: folder + "/content/media/large.png"))
        try OutputHardeningTests.topic("A", "![small](media/small.png) ![large](media/large.png)")
            .write(toFile: folder + "/content/a.md", atomically: true, encoding: .utf8)
        for attempt in [build, build + ["--full"]] {
            let failed = try CLI.run(attempt)
            #expect(failed.status == 1, "\(failed.stdout)")
            #expect(failed.stderr.contains("media/large.png: error: cannot copy into the site: the disk is full"), "\(failed.stderr)")
            #expect(CLI.snapshot(disk + "/site") == before, "\(attempt.last!): the previous site changed")
            let left = try FileManager.default.contentsOfDirectory(atPath: disk).filter { $0.contains(".fixpath-") || $0.hasSuffix(".commit") }
            #expect(left.isEmpty, "staging folders left on the full disk: \(left)")
        }
        try FileManager.default.removeItem(atPath: folder + "/content/media/large.png")
        let recovered = try CLI.run(build)
        #expect(recovered.status == 0, "\(recovered.stderr)")
        try OutputHardeningTests.expectSiteIsAClean(folder, site: disk + "/site", "after the disk had room again")
    }
}
