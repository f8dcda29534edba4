import FixpathCore
import Foundation

/// Changes a built site in place through a journal beside it, for a rebuild that changes few files.
///
/// New and changed files are written under `site/` in a pending folder beside the site, and the
/// files to delete are listed in its `.fixpath-journal`, NUL-separated (no path holds a NUL, while
/// any may hold a line break). Renaming that folder to `.NAME.fixpath.commit` is the commit point;
/// the listed files are then removed and the new ones moved over the old ones. A build killed
/// before the rename leaves the site as it was; one killed after it leaves the journal, which the
/// next build finishes before anything else. Every path is checked and applied through
/// `ConfinedFolder`, so nothing outside the site is ever touched.
struct SiteUpdate {
    /// The journal's list of removals, and the mark that a folder beside the site is fixpath's.
    static let manifestName = ".fixpath-journal"
    static let header = Array("fixpath journal 2\n".utf8)
    /// The journal's marks: this version's list of removals, and the one earlier versions wrote.
    static let marks = [manifestName, ".fixpath-removals"]

    let site: String
    let pending: String
    private(set) var removals: [String] = []
    private(set) var changed = 0

    init(site: String) throws {
        self.site = URL(fileURLWithPath: site).standardizedFileURL.path
        pending = try OutputFolder.makeFolder(beside: self.site)
        guard Self.writeManifest(Self.header, in: pending) else { throw OutputFolder.Failure.system(pending, "cannot write the journal") }
    }

    static func journal(for site: String) -> String {
        OutputFolder.beside(site, suffix: ".fixpath.commit")
    }

    /// Stages `data` for `relative` unless the site already has exactly those bytes there.
    mutating func write(_ relative: String, _ data: Data) throws {
        guard ContentRoot.isPlain(relative) else { throw OutputFolder.Failure.io(relative, "refusing a path that leaves the site") }
        if FileManager.default.contents(atPath: site + "/" + relative) == data { return }
        try data.withUnsafeBytes { try OutputFolder.create(pending + "/site/" + relative, $0) }
        changed += 1
    }

    /// Stages a hard link to a content file that the site does not hold yet.
    mutating func place(_ relative: String, from root: ContentRoot) throws {
        guard ContentRoot.isPlain(relative) else { throw OutputFolder.Failure.io(relative, "refusing a path that leaves the site") }
        try OutputFolder.link(OutputFolder.source(relative, in: root), to: pending + "/site/" + relative)
        changed += 1
    }

    mutating func remove(_ relative: String) {
        removals.append(relative)
        changed += 1
    }

    /// Marks the update committed, then applies it; a failure while applying discards the journal.
    func commit() throws {
        var manifest = Self.header
        for path in removals { manifest += Array(path.utf8) + [0] }
        guard Self.writeManifest(manifest, in: pending) else { throw OutputFolder.Failure.system(pending, "cannot write the journal") }
        let journal = Self.journal(for: site)
        var info = stat()
        if lstat(journal, &info) == 0 {
            guard Self.isJournal(journal) else { throw OutputFolder.Failure.io(journal, "this is not fixpath's journal but it is in its way; move it away") }
            try? FileManager.default.removeItem(atPath: journal)
        }
        guard rename(pending, journal) == 0 else { throw OutputFolder.Failure.system(journal, "cannot commit the update") }
        if let problem = Self.apply(journal, to: site) {
            try? FileManager.default.removeItem(atPath: journal)
            throw OutputFolder.Failure.io(journal, "the update was committed but could not be applied (\(problem)); the next build rebuilds the whole site")
        }
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: pending)
    }

    /// True when `path` is a folder (not a link) with a journal's mark: nothing else at the
    /// journal's path is ever removed.
    static func isJournal(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && marks.contains { FileManager.default.fileExists(atPath: path + "/" + $0) }
    }

    /// Finishes an update that a killed build committed but did not apply. A journal that cannot be
    /// applied (from another version of fixpath, damaged, or naming a path outside the site) is
    /// removed, something else at its path is left alone, and the warning says which; the caller
    /// must then build the whole site.
    static func finishInterrupted(site: String) -> Diagnostic? {
        let journal = journal(for: site)
        var info = stat()
        guard lstat(journal, &info) == 0 else { return nil }
        guard isJournal(journal) else {
            return Diagnostic(path: journal, severity: .warning, code: DiagnosticCode.journalDiscarded,
                              message: "this is not an update fixpath left, but fixpath keeps its journal here; it is left as it is, and the whole site is built again",
                              hint: "move it away, or the next update of the site cannot be committed")
        }
        guard let problem = apply(journal, to: URL(fileURLWithPath: site).standardizedFileURL.path) else { return nil }
        try? FileManager.default.removeItem(atPath: journal)
        return Diagnostic(path: journal, severity: .warning, code: DiagnosticCode.journalDiscarded,
                          message: "the update a stopped build left here cannot be applied (\(problem)); it was discarded, and the whole site is built again",
                          hint: "nothing to do; if it happens again, remove the site folder")
    }

    /// Applies the journal: every path is checked first, then the removals, then the moves. Returns
    /// what went wrong, or nil; the journal is removed only on success.
    private static func apply(_ journal: String, to site: String) -> String? {
        guard let manifest = try? Data(contentsOf: URL(fileURLWithPath: journal + "/" + manifestName)), manifest.starts(with: header) else {
            return "it is not a journal this version of fixpath wrote"
        }
        let removals = manifest.dropFirst(header.count).split(separator: 0, omittingEmptySubsequences: false).dropLast()
            .map { String(decoding: $0, as: UTF8.self) }
        guard manifest.last == 0 || manifest.count == header.count else { return "its list of removals is cut short" }
        let staged = journal + "/site"
        var moves: [String] = []
        files(in: staged, prefix: "", into: &moves)
        if let bad = (removals + moves).first(where: { !ContentRoot.isPlain($0) }) {
            return "it names '\(ControlCharacters.escaped(bad))', which is not a path inside the site"
        }
        let folder = ConfinedFolder(path: site)
        do {
            for relative in removals { try folder.remove(relative) }
            for relative in moves { try folder.move(staged + "/" + relative, to: relative) }
        } catch {
            return "\(error)"
        }
        try? FileManager.default.removeItem(atPath: journal)
        return nil
    }

    /// Everything but folders below `folder`, relative to it, without following symbolic links into folders.
    private static func files(in folder: String, prefix: String, into found: inout [String]) {
        guard let listing = opendir(folder) else { return }
        defer { closedir(listing) }
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var info = stat()
            guard lstat(folder + "/" + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files(in: folder + "/" + name, prefix: relative, into: &found)
            } else {
                found.append(relative)
            }
        }
    }

    private static func writeManifest(_ bytes: [UInt8], in folder: String) -> Bool {
        FileManager.default.createFile(atPath: folder + "/" + manifestName, contents: Data(bytes))
    }
}
