import FixpathCore
import Foundation

/// A hash of everything a site is built from: the content (text files by content, other files by
/// size, time and inode, since the site hard-links them), the theme, the site options and the
/// fixpath binary (by size, time and inode). A state file beside the site keeps it, so a build with
/// nothing changed can stop at once and leave the site as it is.
public struct BuildFingerprint: Sendable {
    public let value: String
    /// The hash of each content file (path and content, or path and identity), by path.
    let files: [String: UInt64]
    /// A hash of what every page depends on: the binary, the theme, the options, `docfx.json`, the
    /// TOC files and the list of topics. Cached pages are reused only while it stays the same.
    public let salt: UInt64

    static let textExtensions: Set<String> = ["md", "yml", "yaml", "json"]

    /// Files hashed by content: Markdown, YAML and JSON, whatever the case of the extension.
    static func isText(_ path: String) -> Bool {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")),
              !path.utf8[dot...].contains(UInt8(ascii: "/")) else { return false }
        return textExtensions.contains(String(path[path.utf8.index(after: dot)...]).lowercased())
    }

    /// Each text file's size, times and inode with its content hash, for the next build's `known`.
    let stamps: [String: StampedHash]

    /// What `stat` says of each content file, in `root.files` order: taken apart from the
    /// fingerprint, so it can run while the build cache is read.
    public struct Stamps: Sendable {
        let stamps: [FileStamp?]

        /// Each folder is opened once and its files are looked up from it, which saves the kernel
        /// walking every file's whole path again.
        public init(_ root: ContentRoot) {
            var runs: [Range<Int>] = []
            var start = 0
            for i in root.files.indices.dropFirst() where Self.folder(root.files[i]) != Self.folder(root.files[i - 1]) {
                runs.append(start..<i)
                start = i
            }
            if !root.files.isEmpty { runs.append(start..<root.files.count) }
            stamps = runs.parallelMap { run -> [FileStamp?] in
                let folder = root.absolute(String(Self.folder(root.files[run.lowerBound])))
                let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard fd >= 0 else { return run.map { FileStamp(root.absolute(root.files[$0])) } }
                defer { close(fd) }
                return run.map { FileStamp(at: fd, name: String(root.files[$0].lastPathComponent)) }
            }.flatMap { $0 }
        }

        private static func folder(_ path: String) -> Substring {
            path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
        }
    }

    /// `known` holds the hashes of an earlier build: a text file whose size, modification and
    /// change times and inode are all as they were then is not read again (as git's index does).
    public init(root: ContentRoot, theme: Theme, options: SiteOptions, stamps: Stamps? = nil, known: [String: StampedHash] = [:]) {
        let stamps = stamps ?? Stamps(root)
        var shared = FNV1a()
        shared.add("fixpath-site-fingerprint-3")
        // Each with its length, so no two sets of options hash alike by where one ends and the next begins.
        for option in [options.title, options.linkBaseURL, options.baseURL ?? "", options.editURL ?? ""] { shared.add(option) }
        shared.add(options.baseURL == nil ? 0 : 1)
        shared.add(options.editURL == nil ? 0 : 1)
        for (path, data) in theme.files.sorted(by: { $0.key < $1.key }) {
            shared.add(path)
            shared.add(data)
        }
        if let executable = Bundle.main.executablePath { shared.add(FileStamp.identity(FileStamp(executable))) }
        let perFile = Array(root.files.indices).parallelMap { i -> (UInt64, StampedHash?) in
            let path = root.files[i], stamp = stamps.stamps[i]
            guard Self.isText(path) else {
                var one = FNV1a()
                one.add(path)
                one.add(FileStamp.identity(stamp))
                return (one.state, nil)
            }
            if let stamp, let earlier = known[path], earlier.stamp == stamp { return (earlier.hash, earlier) }
            var one = FNV1a()
            one.add(path)
            one.add(root.read(path) ?? Data())
            return (one.state, stamp.map { StampedHash(stamp: $0, hash: one.state) })
        }
        files = Dictionary(uniqueKeysWithValues: zip(root.files, perFile.map(\.0)))
        var hashed: [String: StampedHash] = [:]
        for (path, entry) in zip(root.files, perFile) { hashed[path] = entry.1 }
        self.stamps = hashed
        var pages = shared
        for path in root.files {
            if path == "docfx.json" || path.hasSuffix("toc.yml") {
                pages.add(files[path] ?? 0)
            } else if path.hasSuffix(".md"), !ContentRoot.isInclude(path) {
                pages.add(path)
            }
        }
        salt = pages.state
        var all = shared
        for (fileHash, _) in perFile { all.add(fileHash) }
        value = String(all.state, radix: 16)
    }

    /// The content hash of a topic and of the files it includes (or tried to).
    public func key(of topic: String, includes: [String]) -> UInt64 {
        var hash = FNV1a()
        for path in [topic] + includes {
            hash.add(path)
            hash.add(files[path] ?? 0)
        }
        return hash.state
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
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    var state: UInt64 = Self.seed

    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// The hash of the bytes alone, without their count.
    static func bytes(_ text: String) -> UInt64 { text.utf8.reduce(seed, step) }

    mutating func add(_ data: Data) {
        var h = state
        data.withUnsafeBytes { buffer in
            for byte in buffer { h = Self.step(h, byte) }
        }
        state = h
        add(UInt64(data.count))
    }

    mutating func add(_ text: String) {
        state = text.utf8.reduce(state, Self.step)
        add(UInt64(text.utf8.count))
    }

    mutating func add(_ value: UInt64) {
        var h = state
        var v = value
        for _ in 0..<8 {
            h = Self.step(h, UInt8(v & 0xFF))
            v >>= 8
        }
        state = h
    }
}

/// What `stat` says of a file: when all of it is unchanged, so is the file.
public struct FileStamp: Sendable, Equatable {
    var size: Int
    var modified: Int
    var changed: Int
    var inode: UInt64

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of `name` in the open folder `folder`.
    init?(at folder: Int32, name: String) {
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        self.init(size: Int(info.st_size), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
                  changed: info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec, inode: UInt64(info.st_ino))
    }

    /// Size, modification time and inode: a file the site hard-links changes one of them when it changes.
    static func identity(_ stamp: FileStamp?) -> String {
        stamp.map { "\($0.size):\($0.modified):\($0.inode)" } ?? "missing"
    }

    init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }
}

/// A file's content hash with the stamp it had when it was read.
public struct StampedHash: Sendable {
    var stamp: FileStamp
    var hash: UInt64
}
