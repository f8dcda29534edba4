import FixpathCore
import Foundation

/// Finds the topic `fixpath wizard` starts from: a file, a status code, or the code in pasted bounce text.
struct TopicPicker {
    var options: ContentOptions
    /// Where questions about the topic are printed.
    var say: (String) -> Void

    struct Picked {
        var tree: DecisionTree
        /// The code the reader gave, when they gave one.
        var code: StatusCode?
        /// The real path of the content folder the topic is in.
        var root: String

        /// Opens links the way the reader can follow them: site-absolute ones on `base`, relative ones
        /// as paths (read as the site reads them: percent-decoded, without a query); links that could
        /// run script are dropped.
        func linkResolver(base: String) -> (String) -> String? {
            let (topic, root) = (tree.topic, root)
            return { href in
                switch LinkTarget(href, from: topic) {
                case .anchor: return nil
                case .external(let url): return HTMLEscaping.safeURL(url) == "#" ? nil : url
                case .siteAbsolute(let path): return (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
                case .outsideRoot(let raw): return raw
                case .file(let path, let anchor):
                    let full = root + "/" + path, cwd = FileManager.default.currentDirectoryPath + "/"
                    return (full.hasPrefix(cwd) ? String(full.dropFirst(cwd.count)) : full) + (anchor.map { "#" + $0 } ?? "")
                }
            }
        }
    }

    func pick(_ start: String?) throws -> Picked {
        var text = start?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if text.isEmpty {
            say("Type the status code from the bounce message (such as 5.7.124), or paste the message: ")
            text = readLine()?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !text.isEmpty else { throw CommandError(status: ExitStatus.contentErrors, message: "fixpath: no status code was given") }
        }
        if let file = topicFile(text) {
            var roots = ContentOptions.RootCache()
            let (topic, root) = try options.loadTopic(file, roots: &roots)
            return Picked(tree: TreeBuilder.build(topic).tree, code: nil, root: root)
        }
        return try byCode(text)
    }

    /// The file `text` names, as given or inside the content folder; nil when it is not a topic path.
    private func topicFile(_ text: String) -> String? {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: text, isDirectory: &isFolder), !isFolder.boolValue { return text }
        guard text.hasSuffix(".md") else { return nil }
        let inContent = (options.content as NSString).appendingPathComponent(text)
        return files.fileExists(atPath: inContent) ? inContent : text
    }

    private func byCode(_ text: String) throws -> Picked {
        guard let first = StatusCodeScanner.ranges(in: text).first else {
            throw CommandError(status: ExitStatus.contentErrors,
                               message: "fixpath: no status code in '\(ControlCharacters.escaped(text))'; give a code such as 5.7.124, the bounce text, or a topic file")
        }
        let root: ContentRoot
        do {
            root = try ContentRoot(options.content)
        } catch {
            throw CommandError(status: ExitStatus.usage, message: "\(error)")
        }
        let trees = TopicLoader(root: root).loadAll().map { TreeBuilder.build($0).tree }
        let matches = StatusCodeIndex(trees: trees).topics(forText: text)
        guard !matches.isEmpty else {
            throw CommandError(status: ExitStatus.contentErrors, message: "fixpath: no topic in \(options.content) covers status code \(first)")
        }
        let entry = matches.count == 1 ? matches[0] : try choose(among: matches, code: first)
        let tree = trees.first { $0.topic == entry.topic }!
        return Picked(tree: tree, code: first.count == 1 ? first.low : nil, root: root.directory)
    }

    private func choose(among matches: [StatusCodeIndex.Entry], code: StatusCodeRange) throws -> StatusCodeIndex.Entry {
        say("Several topics cover \(code):\n")
        for (i, entry) in matches.enumerated() {
            say("\(i + 1). \(ControlCharacters.escaped(entry.title)) (\(entry.ranges.map(\.description).joined(separator: ", ")))\n")
        }
        while true {
            say("Which one? Type a number: ")
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else {
                throw CommandError(status: ExitStatus.contentErrors, message: "fixpath: the input ended before a topic was chosen")
            }
            if let n = Int(line), matches.indices.contains(n - 1) { return matches[n - 1] }
            let named = matches.filter { $0.title.lowercased().hasPrefix(line.lowercased()) || $0.topic == line }
            if !line.isEmpty, named.count == 1 { return named[0] }
            say("There is no topic '\(line)'. Type a number from 1 to \(matches.count).\n")
        }
    }
}
