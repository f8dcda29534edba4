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
                return "\(ControlCharacters.escaped(path)): error: output folder is not empty and was not made by fixpath; choose another --output or empty it"
            case .unsafe(let path, let why): return "\(ControlCharacters.escaped(path)): error: refusing to write the site here: \(why)"
            case .io(let path, let why): return "\(ControlCharacters.escaped(path)): error: \(ControlCharacters.escaped(why))"
            }
        }

        /// `what` failed, with the reason `errno` holds now.
        static func system(_ path: String, _ what: String) -> Failure {
            let reason = errno == ENOSPC || errno == EDQUOT ? "the disk is full" : String(cString: strerror(errno))
            return .io(path, "\(what): \(reason)")
        }
    }

    let path: String
    let staging: String

    /// Checks that `path` may be replaced, and makes an empty staging folder beside it.
    init(_ path: String, contentRoot: String) throws {
        let resolved = try Self.checked(path, contentRoot: contentRoot)
        self.path = resolved
        let parent = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure.io(parent, "cannot create the folder: \(error.localizedDescription)")
        }
        staging = try Self.makeFolder(beside: resolved)
        try Data("made by fixpath build\n".utf8).withUnsafeBytes { try Self.create(staging + "/" + Self.marker, $0) }
    }

    /// `.NAME` + `suffix` in the folder that holds `output`: where fixpath keeps what belongs beside a site.
    static func beside(_ output: String, suffix: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent)\(suffix)"
    }

    /// A new, empty folder `.NAME.fixpath-XXXXXXXX` beside `output`, with the permissions the umask
    /// gives any new folder (`mkdtemp` would make it private, and the swapped-in site with it).
    static func makeFolder(beside output: String) throws -> String {
        let prefix = beside(output, suffix: ".fixpath-")
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let name = prefix + String(decoding: (0..<8).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }, as: UTF8.self)
            if mkdir(name, 0o777) == 0 { return name }
            if errno != EEXIST { break }
        }
        throw Failure.system(prefix, "cannot create a staging folder")
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
        guard ContentRoot.isPlain(relative) else { throw Failure.io(relative, "refusing a path that leaves the site") }
        let full = staging + "/" + relative
        if reuse(relative, bytes, at: full) { return }
        try Self.create(full, bytes)
    }

    /// Writes `bytes` to a new file at `full`, never into an existing one: whatever is at that name
    /// (such as a content file linked there) is unlinked first, so the bytes cannot reach another
    /// file through a hard or symbolic link.
    static func create(_ full: String, _ bytes: UnsafeRawBufferPointer) throws {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var fd = open(full, flags, 0o666)
        if fd < 0, errno == ENOENT {
            try makeFolders(for: full)
            fd = open(full, flags, 0o666)
        }
        if fd < 0, errno == EEXIST, unlink(full) == 0 { fd = open(full, flags, 0o666) }
        guard fd >= 0 else { throw Failure.system(full, "cannot write the file") }
        defer { close(fd) }
        guard FileDescriptorIO.write(fd, bytes) else { throw Failure.system(full, "cannot write the file") }
    }

    private static func makeFolders(for full: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw Failure.io(full, "cannot create the folder: \(error.localizedDescription)")
        }
    }

    /// Links the previous site's file when it has the same bytes. Only a file no other name shares:
    /// a file linked in from the content folder is never made part of a page.
    private func reuse(_ relative: String, _ bytes: UnsafeRawBufferPointer, at full: String) -> Bool {
        let previous = path + "/" + relative
        var info = stat()
        guard lstat(previous, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1, Int(info.st_size) == bytes.count,
              let old = FileManager.default.contents(atPath: previous), old.elementsEqual(bytes) else { return false }
        if Glibc.link(previous, full) == 0 { return true }
        guard errno == ENOENT else { return false }
        try? Self.makeFolders(for: full)
        return Glibc.link(previous, full) == 0
    }

    /// Hard-links a file of the content root into the site at the same path, copying when a link is not
    /// possible. Safe to call from several threads, and for a file already placed.
    func place(_ relative: String, from root: ContentRoot) throws {
        guard ContentRoot.isPlain(relative) else { throw Failure.io(relative, "refusing a path that leaves the site") }
        try Self.link(Self.source(relative, in: root), to: staging + "/" + relative)
    }

    /// Hard-links `source` at `full`, or copies its bytes when a link is not possible (another file
    /// system). Nothing happens when `full` is already there.
    static func link(_ source: String, to full: String) throws {
        if Glibc.link(source, full) == 0 || errno == EEXIST { return }
        if errno == ENOENT {
            try makeFolders(for: full)
            if Glibc.link(source, full) == 0 || errno == EEXIST { return }
        }
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure.system(source, "cannot copy into the site") }
        defer { close(input) }
        let output = open(full, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        if output < 0, errno == EEXIST { return }
        guard output >= 0 else { throw Failure.system(full, "cannot copy into the site") }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { FileDescriptorIO.read(input, into: $0) }
            guard let count else { throw Failure.system(source, "cannot copy into the site") }
            guard buffer.withUnsafeBytes({ FileDescriptorIO.write(output, UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }) else {
                throw Failure.system(full, "cannot copy into the site")
            }
            if count < buffer.count { return }
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
        beside(output, suffix: ".fixpath.state")
    }

    /// Removes staging folders that a killed build left beside the output: only folders (not links)
    /// named as fixpath names them that hold fixpath's mark, and never the content folder.
    static func removeLeftovers(beside path: String, contentRoot: String) {
        let prefix = beside(path, suffix: ".fixpath-")
        let parent = (prefix as NSString).deletingLastPathComponent
        let start = prefix.lastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(start) {
            let folder = parent + "/" + name
            var info = stat()
            guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
                  [marker, SiteUpdate.manifestName].contains(where: { FileManager.default.fileExists(atPath: folder + "/" + $0) }) else { continue }
            let real = realPath(folder)
            guard real != contentRoot, !contentRoot.hasPrefix(real + "/") else { continue }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
