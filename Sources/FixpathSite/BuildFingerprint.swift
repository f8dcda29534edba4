import FixpathCore
import Foundation

/// A hash of everything a site is built from: the content (text files by content, other files by
/// size, time and inode, since the site hard-links them), the theme, the site options and the
/// fixpath binary (by size, time and inode). A state file beside the site keeps it, so a build with
/// nothing changed can stop at once and leave the site as it is.
public struct BuildFingerprint: Sendable, Equatable {
    public let value: String

    static let textExtensions: Set<String> = ["md", "yml", "yaml", "json"]

    public init(root: ContentRoot, theme: Theme, options: SiteOptions) {
        var hash = FNV1a()
        hash.add("fixpath-site-fingerprint-1")
        hash.add("\(options.title)\u{0}\(options.linkBaseURL)\u{0}\(options.baseURL ?? "")")
        for (path, data) in theme.files.sorted(by: { $0.key < $1.key }) {
            hash.add(path)
            hash.add(data)
        }
        let perFile = root.files.parallelMap { path -> UInt64 in
            var one = FNV1a()
            one.add(path)
            if Self.textExtensions.contains((path as NSString).pathExtension.lowercased()) {
                one.add(root.read(path) ?? Data())
            } else {
                one.add(Self.identity(root.absolute(path)))
            }
            return one.state
        }
        for fileHash in perFile { hash.add(fileHash) }
        if let executable = Bundle.main.executablePath { hash.add(Self.identity(executable)) }
        value = String(hash.state, radix: 16)
    }

    /// Size, modification time and inode: a file the site hard-links changes one of them when it changes.
    static func identity(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ino)"
    }

    /// The fingerprint and warning count recorded for a site that fixpath built and that is still there.
    public static func recorded(in output: String) -> (fingerprint: String, warnings: Int)? {
        guard FileManager.default.fileExists(atPath: output + "/" + OutputFolder.marker),
              let text = try? String(contentsOfFile: OutputFolder.stateFile(for: output), encoding: .utf8) else { return nil }
        var fingerprint: String?
        var warnings = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("inputs: ") { fingerprint = String(line.dropFirst(8)) }
            if line.hasPrefix("warnings: ") { warnings = Int(line.dropFirst(10)) ?? 0 }
        }
        return fingerprint.map { ($0, warnings) }
    }
}

/// 64-bit FNV-1a: fast, stable across runs and machines, and enough to tell inputs apart.
struct FNV1a {
    var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ data: Data) {
        var h = state
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        state = h
        add(UInt64(data.count))
    }

    mutating func add(_ text: String) { add(Data(text.utf8)) }

    mutating func add(_ value: UInt64) {
        var h = state
        var v = value
        for _ in 0..<8 {
            h = (h ^ (v & 0xFF)) &* 0x0000_0100_0000_01B3
            v >>= 8
        }
        state = h
    }
}
