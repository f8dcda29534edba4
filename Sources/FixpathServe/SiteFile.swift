import FixpathCore
import Foundation

/// Reads a file of the preview site without following a symbolic link anywhere below the site
/// folder: the build writes none, so any link there was planted, and may point at anything.
enum SiteFile {
    /// The bytes of `relative` (a folder means its `index.html`), and the path they came from; nil
    /// for a missing file, a link, or anything but a regular file.
    static func read(_ relative: String, in site: String) -> (path: String, data: Data)? {
        var folder = open(site, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        defer { close(folder) }
        var parts = relative.split(separator: "/").map(String.init)
        var index = 0
        while true {
            let name = index < parts.count ? parts[index] : "index.html"
            let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var info = stat()
            guard fstat(fd, &info) == 0 else { close(fd); return nil }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard index < parts.count else { close(fd); return nil }
                close(folder)
                folder = fd
                index += 1
                continue
            }
            defer { close(fd) }
            if index >= parts.count { parts.append(name) }
            return FileDescriptorIO.readRegularFile(fd).map { (parts.joined(separator: "/"), $0) }
        }
    }
}
