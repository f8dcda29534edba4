import FixpathCore
import Foundation

/// What the site keeps of one topic between builds.
struct PageRecord: Sendable {
    var topic: TopicSummary
    /// The content hash of the topic and its includes that the pages were built from.
    var key: UInt64
    /// The words search finds the topic by, as places in the cache's term table: those of its title
    /// and headings first.
    var terms: [Int32]
    /// How many of `terms` come from the title and headings.
    var headingTerms: Int
    /// Where the topic sits in the table of contents.
    var place: PagePlace
    /// Where the record sits in the bytes of the cache it was read from, which the next cache copies.
    var encoded: Range<Int>? = nil
}

/// Where a topic sits in the table of contents: what its breadcrumbs and previous and next links
/// show, kept so that a rebuild that changes no title does not read the table of contents again.
struct PagePlace: Sendable {
    /// The names of the groups that lead to the topic, outermost first.
    var trail: [String] = []
    /// The index pages of those groups, as name and page, name and page, …
    var crumbs: [String] = []
    /// The topic before it in reading order, as its path and label; empty for the first.
    var previous: [String] = []
    var next: [String] = []
}

/// Kept beside the site (`.site.fixpath.cache` for `site/`): what each page was built from, so the
/// next build reads and renders only the topics whose content, or whose includes' content, changed.
public struct BuildCache: Sendable {
    static let currentVersion = 6

    var version = Self.currentVersion
    /// The fingerprint of the build that wrote it; the cache counts only while the state file has the same.
    var fingerprint: String
    var salt: UInt64
    /// A hash of what the home page, the site-wide guide, `codes.js` and the sitemap show.
    var listing: UInt64
    /// The images and other files the site holds, besides pages, with the hash of each file's path
    /// and identity (size, time, inode) when it was linked: a file replaced since is linked again.
    var resources: [String: UInt64]
    /// Every search term of every page, once.
    var terms: [String]
    /// The content hash of each text file, with the stamp it had when read: a fingerprint reuses
    /// those whose stamp has not changed.
    public internal(set) var files: [String: StampedHash]
    var pages: [PageRecord]
    /// The bytes the cache was read from. A cache written after it keeps its term table's numbering
    /// and copies the records that did not change from here instead of encoding them again.
    var raw: [UInt8] = []

    /// The topics it describes, with what they were built from.
    public var topics: [(summary: TopicSummary, key: UInt64)] { pages.map { ($0.topic, $0.key) } }

    public static func file(for output: String) -> String {
        OutputFolder.beside(output, suffix: ".fixpath.cache")
    }

    /// The bytes of the cache kept beside `output`, read ahead of knowing whether the build needs them.
    public static func read(for output: String) -> [UInt8]? {
        let fd = open(file(for: output), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        // Straight into the array: the cache is a few megabytes, and each copy touches fresh pages.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
            if let filled = FileDescriptorIO.read(fd, into: UnsafeMutableRawBufferPointer(buffer)) { count = filled } else { failed = true }
        }
        return failed ? nil : bytes
    }

    /// The cache in `bytes`, when it belongs to the site at `output`; check `usable(salt:)` before reusing it.
    public static func decode(_ bytes: [UInt8], for output: String) -> BuildCache? {
        guard let recorded = BuildFingerprint.recorded(in: output), let cache = try? BuildCache(decoding: bytes),
              cache.fingerprint == recorded.fingerprint else { return nil }
        return cache
    }

    /// True when the pages it describes were built from the same binary, theme, options and TOC as these inputs.
    public func usable(salt: UInt64) -> Bool {
        version == Self.currentVersion && self.salt == salt
    }

    /// Writes the cache beside its final name; `BuildCache.publish` puts it in place once the site is.
    func stage(for output: String) -> Bool {
        let staged = Self.file(for: output) + ".tmp"
        unlink(staged)
        let fd = open(staged, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        let written = encoded().withUnsafeBytes { FileDescriptorIO.write(fd, $0) }
        close(fd)
        if !written { unlink(staged) }
        return written
    }

    static func publish(for output: String) {
        if rename(file(for: output) + ".tmp", file(for: output)) != 0 { remove(for: output) }
    }

    static func remove(for output: String) {
        // Files only: whatever else has the name is not fixpath's to remove.
        unlink(file(for: output))
        unlink(file(for: output) + ".tmp")
    }
}
