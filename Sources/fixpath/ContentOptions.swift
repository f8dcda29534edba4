import ArgumentParser
import FixpathCore
import Foundation

/// Options every subcommand that reads topics shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: "The folder of Markdown topics (default: fixpath.yml's content, or content).")
    var contentOption: String?

    @Option(name: .long, help: "A fixpath.yml with project settings (default: ./fixpath.yml when present).")
    var config: String?

    /// Settings from fixpath.yml, read once per process.
    var settings: FixpathConfig {
        SettingsCache.shared.settings(at: config ?? "fixpath.yml")
    }

    var content: String { contentOption ?? settings.content ?? "content" }

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func loadProject(timings: BuildTimings? = nil) throws -> Project {
        do {
            return try Project(contentDirectory: content, timings: timings)
        } catch let error as ContentRoot.LoadError {
            throw ValidationError(error.description)
        }
    }

    /// Loads one topic file: from the content folder when it is inside it, otherwise from the highest
    /// folder above it (within its repository) that has a `docfx.json`, a `toc.yml` or an `includes/`
    /// folder, or else from its own folder.
    /// Content roots already listed, by folder, so many topics under one root list it once.
    struct RootCache {
        var roots: [String: ContentRoot] = [:]
    }

    func loadTopic(_ file: String, roots: inout RootCache) throws -> (topic: Topic, root: String) {
        guard FileManager.default.isReadableFile(atPath: file), let real = realpath(file, nil) else {
            throw CommandError(status: ExitStatus.usage, message: "\(ControlCharacters.escaped(file)): error: no such file")
        }
        let absolute = String(cString: real)
        free(real)
        var info = stat()
        guard stat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw CommandError(status: ExitStatus.usage, message: "\(ControlCharacters.escaped(file)): error: not a regular file; give a topic's Markdown file")
        }
        var rootPath = (absolute as NSString).deletingLastPathComponent
        if let content = realpath(content, nil).map({ p in defer { free(p) }; return String(cString: p) }),
           absolute.hasPrefix(content + "/") {
            rootPath = content
        } else {
            var folder = rootPath
            let files = FileManager.default
            while folder != "/" && !folder.isEmpty {
                if ["docfx.json", "toc.yml", "includes"].contains(where: { files.fileExists(atPath: folder + "/" + $0) }) { rootPath = folder }
                if files.fileExists(atPath: folder + "/.git") { break }
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        let root: ContentRoot
        if let cached = roots.roots[rootPath] {
            root = cached
        } else {
            do {
                root = try ContentRoot(rootPath)
            } catch {
                throw ValidationError("\(error)")
            }
            roots.roots[rootPath] = root
        }
        let relative = String(absolute.dropFirst(root.directory.count + 1))
        return (TopicLoader(root: root).load(relative), root.directory)
    }

    /// A diagnostic's path as the user can open it: the content folder joined with the topic path.
    func displayPath(_ path: String, root: String? = nil) -> String {
        let given = content.hasSuffix("/") ? String(content.dropLast()) : content
        let folder = root.map { Self.relativeToCurrentDirectory($0) } ?? given
        return folder == "." ? path : folder + "/" + path
    }

    private static func relativeToCurrentDirectory(_ absolute: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if absolute == cwd { return "." }
        if absolute.hasPrefix(cwd + "/") { return String(absolute.dropFirst(cwd.count + 1)) }
        return absolute
    }

    func report(_ diagnostics: [Diagnostic], root: String? = nil) {
        var text = ""
        for d in diagnostics {
            var shown = d
            shown.path = displayPath(d.path, root: root)
            text += Self.lines(shown)
        }
        Console.error(text)
    }

    /// A diagnostic and its hint as printed, its path as it is.
    static func lines(_ d: Diagnostic) -> String {
        d.formatted + "\n" + (d.hint.map { "    hint: \(ControlCharacters.escaped($0))\n" } ?? "")
    }

    func failed(_ project: Project) -> Bool {
        project.errorCount > 0 || (strict && project.warningCount > 0)
    }
}

/// fixpath.yml as read the first time, so options that consult it often do not parse it again.
final class SettingsCache: @unchecked Sendable {
    static let shared = SettingsCache()
    private var loaded: [String: FixpathConfig] = [:]
    private let lock = NSLock()

    func settings(at path: String) -> FixpathConfig {
        lock.lock()
        defer { lock.unlock() }
        if let known = loaded[path] { return known }
        var ignored: [Diagnostic] = []
        let read = FixpathConfig.load(path, diagnostics: &ignored) ?? FixpathConfig()
        loaded[path] = read
        return read
    }
}

enum Console {
    static func error(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
