import FixpathCore
import Foundation

/// A folder that renames and removals cannot leave. A relative path is checked before anything is
/// touched (`ContentRoot.isPlain`: no empty part, no `.` or `..`, no NUL, not absolute), and every
/// folder on the way is opened without following symbolic links, so neither a name nor a link found
/// inside the folder can carry an operation outside it.
public struct ConfinedFolder: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The folders from the root down to the one that holds `relative`, opened in turn, and the last name.
    private struct Chain {
        var folders: [Int32]
        var parts: [String]

        func close() { for fd in folders { Glibc.close(fd) } }
    }

    /// Opens each folder of `relative` below the root without following links; missing ones are made
    /// when `creating`, or else nil is returned.
    private func open(_ relative: String, creating: Bool) throws -> Chain? {
        guard ContentRoot.isPlain(relative) else { throw OutputFolder.Failure.io(path + "/" + relative, "refusing a path that leaves the site") }
        let parts = relative.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
        let root = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw OutputFolder.Failure.system(path, "cannot open the folder") }
        var chain = Chain(folders: [root], parts: parts)
        for part in parts.dropLast() {
            let parent = chain.folders[chain.folders.count - 1]
            var next = openat(parent, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0, errno == ENOENT {
                guard creating else {
                    chain.close()
                    return nil
                }
                if mkdirat(parent, part, 0o777) != 0, errno != EEXIST {
                    let failure = OutputFolder.Failure.system(path + "/" + relative, "cannot create the folder")
                    chain.close()
                    throw failure
                }
                next = openat(parent, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            guard next >= 0 else {
                let failure = OutputFolder.Failure.system(path + "/" + relative, "cannot open a folder on the way (a file or a link is in its place)")
                chain.close()
                throw failure
            }
            chain.folders.append(next)
        }
        return chain
    }

    /// Moves the file at the absolute path `source` to `relative`, replacing what is there.
    func move(_ source: String, to relative: String) throws {
        guard let chain = try open(relative, creating: true) else { return }
        defer { chain.close() }
        guard renameat(AT_FDCWD, source, chain.folders[chain.folders.count - 1], chain.parts[chain.parts.count - 1]) == 0 else {
            throw OutputFolder.Failure.system(path + "/" + relative, "cannot move the new file into place")
        }
    }

    /// Writes a new file at `relative`, making the folders on the way; false, and nothing written,
    /// when something is already there.
    public func create(_ relative: String, contents: Data) throws -> Bool {
        guard let chain = try open(relative, creating: true) else { return false }
        defer { chain.close() }
        let fd = openat(chain.folders[chain.folders.count - 1], chain.parts[chain.parts.count - 1],
                        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        if fd < 0, errno == EEXIST { return false }
        guard fd >= 0 else { throw OutputFolder.Failure.system(path + "/" + relative, "cannot write the file") }
        defer { close(fd) }
        guard contents.withUnsafeBytes({ FileDescriptorIO.write(fd, $0) }) else {
            throw OutputFolder.Failure.system(path + "/" + relative, "cannot write the file")
        }
        return true
    }

    /// Removes the file at `relative`, if it is there, then the folders it leaves empty.
    func remove(_ relative: String) throws {
        guard let chain = try open(relative, creating: false) else { return }
        defer { chain.close() }
        var level = chain.folders.count - 1
        guard unlinkat(chain.folders[level], chain.parts[level], 0) == 0 || errno == ENOENT else {
            throw OutputFolder.Failure.system(path + "/" + relative, "cannot remove the file")
        }
        while level > 0, unlinkat(chain.folders[level - 1], chain.parts[level - 1], AT_REMOVEDIR) == 0 { level -= 1 }
    }
}
