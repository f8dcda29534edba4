import Foundation

/// A content folder: where topics, include files and resources are, confined to one real path.
public struct ContentRoot: Sendable {
    /// The real absolute path of the folder, symlinks resolved.
    public let directory: String
    /// Every regular file under the root, relative, with `/` separators, sorted.
    public let files: [String]
    /// The same paths, for lookups.
    public let fileSet: Set<String>
    /// The paths among `files` that are symbolic links; only these need resolving to stay confined,
    /// since the walk does not follow links into folders.
    let symlinks: Set<String>
    /// Names the listing skipped (not UTF-8) or kept with a warning (control characters), sorted.
    public let nameDiagnostics: [Diagnostic]

    public enum LoadError: Error, CustomStringConvertible {
        case notADirectory(String)

        public var description: String {
            switch self {
            case .notADirectory(let path): return "\(path): error: content folder does not exist or is not a folder"
            }
        }
    }

    public init(_ path: String) throws {
        guard let real = realpath(path, nil) else { throw LoadError.notADirectory(path) }
        directory = String(cString: real)
        free(real)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError.notADirectory(path)
        }
        var top = Listing()
        var folders: [Folder] = []
        Self.walk(directory, prefix: "", into: &top, folders: &folders)
        // The top folders are listed on all cores.
        for listing in folders.parallelMap({ folder -> Listing in
            var listing = Listing()
            var deeper: [Folder] = []
            Self.walk(folder.absolute, prefix: folder.relative, into: &listing, folders: &deeper, descending: true)
            return listing
        }) {
            top.files += listing.files
            top.symlinks.formUnion(listing.symlinks)
            top.problems += listing.problems
        }
        files = top.files.sorted()
        fileSet = Set(top.files)
        symlinks = top.symlinks
        nameDiagnostics = top.problems.sorted()
    }

    private struct Folder: Sendable {
        var absolute: String
        var relative: String
    }

    /// What one walk found.
    private struct Listing: Sendable {
        var files: [String] = []
        var symlinks: Set<String> = []
        var problems: [Diagnostic] = []
    }

    /// Lists a folder with `readdir`, whose entry types save a `stat` per file on most file systems;
    /// its subfolders are listed too when `descending`, or else added to `folders`.
    private static func walk(_ absolute: String, prefix: String, into found: inout Listing, folders: inout [Folder], descending: Bool = false) {
        guard let folder = opendir(absolute) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let (decoded, bytes) = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (String?, [UInt8]) in
                let name = raw.prefix { $0 != 0 }
                if let valid = String(validating: name, as: UTF8.self) { return (valid, []) }
                return (nil, Array(name))
            }
            guard let name = decoded else {
                guard bytes.first != UInt8(ascii: ".") else { continue }
                let shown = (prefix.isEmpty ? "" : prefix + "/") + ControlCharacters.escaped(bytes: bytes)
                found.problems.append(Diagnostic(path: shown, severity: .warning, code: DiagnosticCode.nameNotUTF8,
                                                 message: "the name is not valid UTF-8; this file or folder is skipped",
                                                 hint: "rename it with a UTF-8 name"))
                continue
            }
            guard !name.hasPrefix(".") else { continue }
            let full = absolute + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            if ControlCharacters.contains(name) {
                found.problems.append(Diagnostic(path: relative, severity: .warning, code: DiagnosticCode.controlCharacterInName,
                                                 message: "the name holds a control character (shown escaped); links to it must percent-encode it, as %0A for a line break",
                                                 hint: "rename it without tabs, line breaks or other control characters"))
            }
            var kind = mode_t(0)
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = S_IFDIR
            case Int32(DT_REG): kind = S_IFREG
            case Int32(DT_LNK): kind = S_IFLNK
            default:
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                kind = info.st_mode & S_IFMT
            }
            switch kind {
            case S_IFDIR:
                if descending {
                    walk(full, prefix: relative, into: &found, folders: &folders, descending: true)
                } else {
                    folders.append(Folder(absolute: full, relative: relative))
                }
            case S_IFREG: found.files.append(relative)
            case S_IFLNK:
                found.files.append(relative)
                found.symlinks.insert(relative)
            default: continue
            }
        }
    }

    /// Topic files: Markdown files outside `includes/` folders.
    public var topicPaths: [String] {
        files.filter { $0.hasSuffix(".md") && !Self.isInclude($0) }
    }

    public static func isInclude(_ path: String) -> Bool {
        path.hasBytePrefix("includes/") || path.utf8.containsBytes("/includes/")
    }

    public func absolute(_ relative: String) -> String { directory + "/" + relative }

    /// Resolves `reference` written in the file at `from` to a root-relative path, or nil when it leaves the root.
    public static func resolve(_ reference: String, from: String) -> String? {
        if reference.utf8.first == UInt8(ascii: "/") { return nil }
        // Most references are plain `a/b.png`: nothing to climb or collapse, just the folder in front.
        if isPlain(reference), isPlain(from) {
            guard let slash = from.utf8.lastIndex(of: UInt8(ascii: "/")) else { return reference }
            return from[..<slash] + "/" + reference
        }
        // The folder parts of `from`, then each part of `reference`, as byte ranges of the two strings.
        var parts: [Substring] = []
        let folder = from.utf8.lastIndex(of: UInt8(ascii: "/")).map { from[..<$0] } ?? ""
        for part in Self.parts(of: folder) { parts.append(part) }
        for part in Self.parts(of: Substring(reference)) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The non-empty `/`-separated parts of `path`.
    private static func parts(of path: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = path.utf8.startIndex
        var i = start
        while i < path.utf8.endIndex {
            if path.utf8[i] == UInt8(ascii: "/") {
                if i > start { result.append(path[start..<i]) }
                start = path.utf8.index(after: i)
            }
            i = path.utf8.index(after: i)
        }
        if i > start { result.append(path[start..<i]) }
        return result
    }

    /// True when every `/`-separated part of `path` is a name: none is empty, `.` or `..`, and no
    /// byte is NUL. Such a path, joined to a folder, names something inside that folder.
    public static func isPlain(_ path: String) -> Bool {
        var partLength = 0, dots = 0
        for byte in path.utf8 {
            if byte == 0 { return false }
            if byte == UInt8(ascii: "/") {
                if partLength == 0 || partLength == dots && dots <= 2 { return false }
                partLength = 0
                dots = 0
            } else {
                partLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return partLength > 0 && !(partLength == dots && dots <= 2)
    }

    /// The relative path from the file `from` to the file `to`, both root-relative: `../media/a.png`.
    public static func relative(from: String, to target: String) -> String {
        if isPlain(from), isPlain(target) {
            // The folders both paths start with end at the last `/` of their common bytes.
            let f = from.utf8, t = target.utf8
            var fi = f.startIndex, ti = t.startIndex
            var shared = 0, sharedEnd = t.startIndex
            while fi < f.endIndex, ti < t.endIndex, f[fi] == t[ti] {
                if f[fi] == UInt8(ascii: "/") {
                    shared += 1
                    sharedEnd = t.index(after: ti)
                }
                fi = f.index(after: fi)
                ti = t.index(after: ti)
            }
            let folders = f.count { $0 == UInt8(ascii: "/") }
            return String(repeating: "../", count: folders - shared) + target[sharedEnd...]
        }
        let fromParts = from.utf8.split(separator: UInt8(ascii: "/")).dropLast()
        let toParts = target.utf8.split(separator: UInt8(ascii: "/"))
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common].elementsEqual(toParts[common]) { common += 1 }
        return String(repeating: "../", count: fromParts.count - common) + toParts[common...].map(Substring.init).joined(separator: "/")
    }

    /// True when the file exists and its real path, after symlinks, is inside the root.
    public func containsReal(_ relative: String) -> Bool {
        guard fileSet.contains(relative) else { return false }
        guard symlinks.contains(relative) else { return true }
        guard let real = realpath(absolute(relative), nil) else { return false }
        defer { free(real) }
        let resolved = String(cString: real)
        return resolved.hasPrefix(directory + "/")
    }

    /// The real absolute path of a regular file inside the root, symlinks followed, or nil: for a
    /// link that leaves the root, or one to a FIFO, a device or a socket, which the site must not hold.
    public func realFile(_ relative: String) -> String? {
        guard fileSet.contains(relative) else { return nil }
        // The listing keeps only regular files and links, so only links need a look.
        guard symlinks.contains(relative) else { return absolute(relative) }
        guard let real = realpath(absolute(relative), nil) else { return nil }
        defer { free(real) }
        let resolved = String(cString: real)
        var info = stat()
        guard resolved.hasPrefix(directory + "/"), lstat(resolved, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return resolved
    }

    /// True when the file is inside the root but is not a regular file (a link to a FIFO, device or socket).
    public func isSpecial(_ relative: String) -> Bool {
        containsReal(relative) && realFile(relative) == nil
    }

    /// The bytes of a file that is inside the root, or nil.
    public func read(_ relative: String) -> Data? {
        guard containsReal(relative) else { return nil }
        // A file that was not a link when the folder was listed must not have become one since; and
        // opening a FIFO must not wait for a writer: its type is checked before anything is read.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (symlinks.contains(relative) ? 0 : O_NOFOLLOW)
        let fd = open(absolute(relative), flags)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return FileDescriptorIO.readRegularFile(fd)
    }
}
