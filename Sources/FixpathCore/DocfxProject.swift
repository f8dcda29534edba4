import Foundation
import Yams

/// The parts of a DocFX `docfx.json` that decide which files are topics and what metadata they get,
/// so an existing DocFX project builds as it is.
public struct DocfxProject: Sendable {
    struct FileSet: Sendable {
        var src: String
        var files: [Glob]
        var exclude: [Glob]

        func matches(_ path: String) -> Bool {
            let prefix = src.isEmpty || src == "." ? "" : src + "/"
            guard prefix.isEmpty || path.hasPrefix(prefix) else { return false }
            let relative = String(path.dropFirst(prefix.count))
            return files.contains { $0.matches(relative) } && !exclude.contains { $0.matches(relative) }
        }
    }

    var content: [FileSet]
    /// `build.resource`: files copied into the site whether or not a topic links to them.
    var resource: [FileSet]
    /// `globalMetadata`, for every topic that does not set the key itself.
    public var globalMetadata: [(String, MetadataValue)]
    /// `fileMetadata`: per key, globs (relative to the root) and the value for matching topics.
    var fileMetadata: [(String, [(Glob, MetadataValue)])]

    /// Reads `docfx.json` at the content root; nil when there is none or it does not parse.
    /// It is read as YAML (JSON is a subset), which keeps `fileMetadata` patterns in file order: the last match wins.
    public init?(root: ContentRoot) {
        var ignored: [Diagnostic] = []
        self.init(root: root, diagnostics: &ignored)
    }

    /// Like `init?(root:)`, and reports a `docfx.json` whose YAML aliases go past ``SafeYAML``'s limits.
    public init?(root: ContentRoot, diagnostics: inout [Diagnostic]) {
        guard root.fileSet.contains("docfx.json"), let data = root.read("docfx.json") else { return nil }
        let parsed: Node?
        do {
            parsed = try SafeYAML.compose(String(decoding: data, as: UTF8.self))
        } catch let excess as SafeYAML.Excess {
            diagnostics.append(excess.diagnostic(path: "docfx.json", naming: "docfx.json"))
            return nil
        } catch {
            return nil
        }
        guard case .mapping(let top)? = parsed, case .mapping(let build)? = top["build"] else { return nil }
        func strings(_ n: Node?) -> [String] {
            switch n {
            case .scalar(let s)?: return [s.string]
            case .sequence(let seq)?: return seq.compactMap(\.string)
            default: return []
            }
        }
        func pairs(_ n: Node?) -> [(String, Node)] {
            guard case .mapping(let m)? = n else { return [] }
            return m.map { ($0.key.string ?? "", $0.value) }
        }
        func fileSets(_ key: String) -> [FileSet] {
            guard case .sequence(let entries)? = build[key] else { return [] }
            return entries.compactMap { node in
                guard case .mapping(let entry) = node else { return nil }
                return FileSet(src: (entry["src"]?.string ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/")),
                               files: strings(entry["files"]).map(Glob.init), exclude: strings(entry["exclude"]).map(Glob.init))
            }
        }
        content = fileSets("content")
        resource = fileSets("resource")
        globalMetadata = pairs(build["globalMetadata"]).map { ($0.0, MetadataValue($0.1)) }
        fileMetadata = pairs(build["fileMetadata"]).map { key, rules in (key, pairs(rules).map { (Glob($0.0), MetadataValue($0.1)) }) }
    }

    /// True when a content entry lists the file (and no exclude removes it).
    public func isTopic(_ path: String) -> Bool {
        content.isEmpty || content.contains { $0.matches(path) }
    }

    /// True when a `build.resource` entry lists the file.
    public func isResource(_ path: String) -> Bool {
        resource.contains { $0.matches(path) }
    }

    /// Metadata that DocFX would add to the topic at `path`: file metadata first, then global.
    public func metadata(for path: String) -> [(String, MetadataValue)] {
        var result: [(String, MetadataValue)] = []
        for (key, rules) in fileMetadata {
            if let value = rules.last(where: { $0.0.matches(path) })?.1 { result.append((key, value)) }
        }
        for (key, value) in globalMetadata where !result.contains(where: { $0.0 == key }) { result.append((key, value)) }
        return result
    }
}
