import FixpathCore
import Foundation

/// Changes a built site in place through a journal beside it, for a rebuild that changes few files.
///
/// New and changed files are written to a pending folder beside the site, and the files to delete
/// are listed in it. Renaming that folder to `.NAME.fixpath.commit` is the commit point; its files
/// are then moved over the old ones. A build killed before the rename leaves the site as it was; one
/// killed after it leaves the journal, which the next build finishes before anything else.
struct SiteUpdate {
    static let removalsFile = ".fixpath-removals"

    let site: String
    let pending: String
    private(set) var removals: [String] = []
    private(set) var changed = 0

    init(site: String) throws {
        self.site = URL(fileURLWithPath: site).standardizedFileURL.path
        let parent = URL(fileURLWithPath: self.site).deletingLastPathComponent().path
        var template = Array("\(parent)/.\(URL(fileURLWithPath: self.site).lastPathComponent).fixpath-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw OutputFolder.Failure.io(parent, "cannot create a staging folder") }
        pending = String(cString: made)
    }

    static func journal(for site: String) -> String {
        let url = URL(fileURLWithPath: site).standardizedFileURL
        return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).fixpath.commit"
    }

    /// Stages `data` for `relative` unless the site already has exactly those bytes there.
    mutating func write(_ relative: String, _ data: Data) throws {
        if FileManager.default.contents(atPath: site + "/" + relative) == data { return }
        let full = pending + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: data) else {
            throw OutputFolder.Failure.io(full, "cannot write the file")
        }
        changed += 1
    }

    /// Stages a hard link to a content file that the site does not hold yet.
    mutating func place(_ relative: String, from root: ContentRoot) throws {
        let full = pending + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let source = try OutputFolder.source(relative, in: root)
        if link(source, full) != 0 {
            do {
                try FileManager.default.copyItem(atPath: source, toPath: full)
            } catch {
                throw OutputFolder.Failure.io(source, "cannot copy into the site: \(error.localizedDescription)")
            }
        }
        changed += 1
    }

    mutating func remove(_ relative: String) {
        removals.append(relative)
        changed += 1
    }

    /// Marks the update committed, then applies it.
    func commit() throws {
        let list = removals.joined(separator: "\n")
        guard FileManager.default.createFile(atPath: pending + "/" + Self.removalsFile, contents: Data(list.utf8)) else {
            throw OutputFolder.Failure.io(pending, "cannot write the list of removed files")
        }
        let journal = Self.journal(for: site)
        try? FileManager.default.removeItem(atPath: journal)
        guard rename(pending, journal) == 0 else { throw OutputFolder.Failure.io(journal, "cannot commit the update") }
        Self.apply(journal, to: site)
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: pending)
    }

    /// Finishes an update that a killed build committed but did not apply.
    static func finishInterrupted(site: String) {
        let journal = journal(for: site)
        guard FileManager.default.fileExists(atPath: journal) else { return }
        apply(journal, to: URL(fileURLWithPath: site).standardizedFileURL.path)
    }

    private static func apply(_ journal: String, to site: String) {
        let staged = (FileManager.default.enumerator(atPath: journal)?.allObjects as? [String]) ?? []
        for relative in staged where relative != removalsFile {
            let source = journal + "/" + relative
            var info = stat()
            guard lstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let target = site + "/" + relative
            if rename(source, target) != 0 {
                try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                _ = rename(source, target)
            }
        }
        let list = (try? String(contentsOfFile: journal + "/" + removalsFile, encoding: .utf8)) ?? ""
        for relative in list.split(separator: "\n") {
            unlink(site + "/" + relative)
            var folder = (String(relative) as NSString).deletingLastPathComponent
            while !folder.isEmpty, rmdir(site + "/" + folder) == 0 { folder = (folder as NSString).deletingLastPathComponent }
        }
        try? FileManager.default.removeItem(atPath: journal)
    }
}
