import FixpathCore
import Foundation

/// Writes a site into a fresh folder beside the output, then swaps it in, so a failed build leaves the old site whole.
struct OutputFolder {
    static let marker = ".fixpath-site"

    enum Failure: Error, CustomStringConvertible {
        case notOurs(String)
        case unsafe(String, String)
        case io(String, String)

        var description: String {
            switch self {
            case .notOurs(let path):
                return "\(path): error: output folder is not empty and was not made by fixpath; choose another --output or empty it"
            case .unsafe(let path, let why): return "\(path): error: refusing to write the site here: \(why)"
            case .io(let path, let why): return "\(path): error: \(why)"
            }
        }
    }

    let path: String
    let staging: String

    /// Checks that `path` may be replaced, and makes an empty staging folder beside it.
    init(_ path: String, contentRoot: String) throws {
        let resolved = try Self.checked(path, contentRoot: contentRoot)
        self.path = resolved
        let parent = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: resolved).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure.io(parent, "cannot create the folder: \(error.localizedDescription)")
        }
        var template = Array("\(parent)/.\(name).fixpath-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure.io(parent, "cannot create a staging folder") }
        staging = String(cString: made)
        _ = FileManager.default.createFile(atPath: staging + "/" + Self.marker, contents: Data("made by fixpath build\n".utf8))
    }

    /// The real path of the output folder, once it is known to be safe to write: not `/`, the home
    /// folder, the content folder or anything inside it (through symbolic links too: real paths are
    /// compared), nor a file or a folder that fixpath did not make.
    static func checked(_ path: String, contentRoot: String) throws -> String {
        let resolved = realPath(path)
        let home = realPath(FileManager.default.homeDirectoryForCurrentUser.path)
        if resolved == "/" || resolved == home { throw Failure.unsafe(path, "it is / or your home folder") }
        if resolved == contentRoot || resolved.hasPrefix(contentRoot + "/") {
            throw Failure.unsafe(path, "it is inside the content folder")
        }
        if contentRoot.hasPrefix(resolved + "/") { throw Failure.unsafe(path, "it contains the content folder") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure.unsafe(path, "it is a file") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
            if !entries.isEmpty, !entries.contains(Self.marker) { throw Failure.notOurs(path) }
        }
        return resolved
    }

    /// `path` with every symbolic link in the part that exists resolved, and the rest as written.
    static func realPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while true {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return rest.reversed().reduce(base) { ($0 == "/" ? "" : $0) + "/" + $1 }
            }
            guard existing.path != "/" else { return URL(fileURLWithPath: path).standardizedFileURL.path }
            rest.append(existing.lastPathComponent)
            existing = existing.deletingLastPathComponent()
        }
    }

    /// Writes a file into the staging folder. When the current site already has the same bytes at
    /// that path, the file is hard-linked from it instead: no new inode, and unchanged pages are not rewritten.
    func write(_ relative: String, _ data: Data) throws {
        try data.withUnsafeBytes { try write(relative, bytes: $0) }
    }

    /// Writes the text's UTF-8 bytes as they are kept, without copying them into a `Data` first.
    func write(_ relative: String, _ text: String) throws {
        var text = text
        try text.withUTF8 { try write(relative, bytes: UnsafeRawBufferPointer($0)) }
    }

    private func write(_ relative: String, bytes: UnsafeRawBufferPointer) throws {
        let full = staging + "/" + relative
        if reuse(relative, bytes, at: full) { return }
        var fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0, errno == ENOENT {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw Failure.io(full, "cannot write the file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard FileDescriptorIO.write(fd, bytes) else { throw Failure.io(full, "cannot write the file: \(String(cString: strerror(errno)))") }
    }

    private func reuse(_ relative: String, _ bytes: UnsafeRawBufferPointer, at full: String) -> Bool {
        let previous = path + "/" + relative
        var info = stat()
        guard lstat(previous, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let old = FileManager.default.contents(atPath: previous), old.elementsEqual(bytes) else { return false }
        if link(previous, full) == 0 { return true }
        guard errno == ENOENT else { return false }
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return link(previous, full) == 0
    }

    /// Hard-links a file of the content root into the site at the same path, copying when a link is not
    /// possible. Safe to call from several threads, and for a file already placed.
    func place(_ relative: String, from root: ContentRoot) throws {
        let source = try Self.source(relative, in: root), full = staging + "/" + relative
        if link(source, full) == 0 || errno == EEXIST { return }
        if errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if link(source, full) == 0 || errno == EEXIST { return }
        }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: full)
        } catch CocoaError.fileWriteFileExists {
            return
        } catch {
            throw Failure.io(source, "cannot copy into the site: \(error.localizedDescription)")
        }
    }

    /// The file a site file is linked or copied from: the regular file inside the root that the
    /// content file is, or that its symbolic link points to, never the link itself.
    static func source(_ relative: String, in root: ContentRoot) throws -> String {
        guard let source = root.realFile(relative) else {
            throw Failure.io(root.absolute(relative), "cannot copy into the site: not a regular file inside the content folder")
        }
        return source
    }

    /// Puts the staged site in place of the old one in one atomic exchange, then removes the old one.
    func commit() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            if rename(staging, path) != 0 { throw Failure.io(path, "cannot move the new site into place") }
            return
        }
        if let exchange = Self.renameExchange, exchange(AT_FDCWD, staging, AT_FDCWD, path, 2) == 0 {
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        let old = staging + ".old"
        if rename(path, old) != 0 { throw Failure.io(path, "cannot move the old site aside") }
        if rename(staging, path) != 0 {
            _ = rename(old, path)
            throw Failure.io(path, "cannot move the new site into place")
        }
        try? FileManager.default.removeItem(atPath: old)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's `renameat2` with `RENAME_EXCHANGE` (2) swaps two folders atomically; Swift's Glibc module does not export it.
    private static let renameExchange: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// The file beside the output that records what the site was built from (kept out of the site,
    /// so the site stays byte for byte the same whichever fixpath binary built it).
    static func stateFile(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).fixpath.state"
    }

    /// Removes staging folders that a killed build left beside the output.
    static func removeLeftovers(beside path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).fixpath-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
