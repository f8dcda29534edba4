import Foundation

/// Topics kept between builds in one process (`fixpath serve`), so a rebuild reads and parses
/// only the topics whose file, or one of whose include files, changed since the last build.
public final class TopicCache: @unchecked Sendable {
    private struct Entry {
        var fingerprint: String
        var topic: Topic
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    /// How many topics the last `loadAll` parsed anew.
    public private(set) var lastParsed = 0

    public init() {}

    /// Size and modification time of the topic, of every file it included (or tried to) last time,
    /// and of `docfx.json`, whose metadata it takes.
    static func fingerprint(_ root: ContentRoot, _ path: String, includes: [String]) -> String {
        ([path, "docfx.json"] + includes).map { file -> String in
            var info = stat()
            guard stat(root.absolute(file), &info) == 0 else { return file + ":missing" }
            return "\(file):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }.joined(separator: "|")
    }

    func topic(_ path: String, root: ContentRoot) -> Topic? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path] else { return nil }
        return Self.fingerprint(root, path, includes: entry.topic.includes) == entry.fingerprint ? entry.topic : nil
    }

    func store(_ topic: Topic, root: ContentRoot) {
        let fingerprint = Self.fingerprint(root, topic.path, includes: topic.includes)
        lock.lock()
        entries[topic.path] = Entry(fingerprint: fingerprint, topic: topic)
        lock.unlock()
    }

    func finish(keeping paths: [String], parsed: Int) {
        lock.lock()
        let keep = Set(paths)
        entries = entries.filter { keep.contains($0.key) }
        lastParsed = parsed
        lock.unlock()
    }
}
