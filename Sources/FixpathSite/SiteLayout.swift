import FixpathCore

/// Every path a build writes into the site, and what claims it: a topic's page or guided fix, one of
/// the site's own pages and scripts, a theme asset, or a content file (an image, a download) that
/// topics link to. Nothing may be written over anything else: a content file at a path the site
/// generates (or where it needs a folder) is left out with a warning, the generated file winning,
/// and a topic whose page lands where another generated file goes is an error.
///
/// Topic `a.md` claims `a.html` and `a.guide.html`, so two topics meet only as `a.md` and
/// `a.guide.md`; a topic meets the site's own files only beside them. The checks look for those
/// shapes, not at every path, so they cost next to nothing for a docset of thousands of topics.
public struct SiteLayout: Sendable {
    /// The site's own pages and scripts, besides the theme's assets and the topics' pages.
    static let sitePages = ["index.html", "guide.html", "search.html", "404.html",
                            "assets/search-index.js", "assets/search-docs.js", "assets/codes.js", "assets/toc.js"]

    /// The content files the site holds, sorted: those topics reach and `docfx.json`'s resources,
    /// without those a generated file displaces.
    public let resources: [String]
    public let diagnostics: [Diagnostic]

    /// What claims a path: the site itself, or a topic's page or guided fix.
    private enum Claim {
        case site
        case page(of: String)
        case guide(of: String)

        var description: String {
            switch self {
            case .site: return "one of the site's own files"
            case .page(let topic): return "the page of \(topic)"
            case .guide(let topic): return "the guided fix of \(topic)"
            }
        }
    }

    /// The site's own files, the folders they need, and the topics, for finding what claims a path.
    private struct Claims {
        var site: Set<String> = []
        /// The site's own files and the folders they are in.
        var siteEntries: Set<String> = []
        /// The folders (`""` for the top) of the site's own files named `*.html`, where a topic's page could land on one.
        var pageFolders: [String] = []
        /// True when a site file has no `.` in its name: then every folder of a path is looked up, not only dotted ones.
        var dotless = false
        let topics: [TopicSummary]

        /// True when `path` is a topic, found by binary search: `topics` is sorted by path.
        func isTopic(_ path: String) -> Bool {
            var low = 0, high = topics.count
            while low < high {
                let middle = (low + high) / 2
                if topics[middle].path < path { low = middle + 1 } else { high = middle }
            }
            return low < topics.count && topics[low].path == path
        }

        /// What generates a file at `path`, when something does.
        func claim(_ path: String) -> Claim? {
            if site.contains(path) { return .site }
            guard Self.hasSuffix(path, ".html") else { return nil }
            let stem = String(path.dropLast(5))
            if stem.hasSuffix(".guide"), isTopic(String(stem.dropLast(6)) + ".md") { return .guide(of: String(stem.dropLast(6)) + ".md") }
            return isTopic(stem + ".md") ? .page(of: stem + ".md") : nil
        }

        /// What generates a file at one of the folders of `path`. Only folders with a `.` in their
        /// name are looked up, as every generated file has one (unless `dotless`).
        func claimOnFolder(of path: String) -> Claim? {
            var path = path
            // The ends of the folders worth looking up, found in the bytes; most paths have none.
            let ends = path.withUTF8 { bytes -> [Int] in
                var ends: [Int] = []
                var dotted = false
                for (i, byte) in bytes.enumerated() {
                    if byte == UInt8(ascii: "/") {
                        if dotted || dotless { ends.append(i) }
                        dotted = false
                    } else if byte == UInt8(ascii: ".") {
                        dotted = true
                    }
                }
                return ends
            }
            for end in ends {
                if let taken = claim(String(decoding: path.utf8.prefix(end), as: UTF8.self)) { return taken }
            }
            return nil
        }

        /// A byte comparison: `String.hasSuffix` compares characters.
        static func hasSuffix(_ path: String, _ suffix: String) -> Bool {
            path.utf8.count >= suffix.utf8.count && path.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
        }

        /// True when the file `path` sits in one of `pageFolders`.
        func inPageFolder(_ path: String) -> Bool {
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            return pageFolders.contains { folder in
                guard let slash else { return folder.isEmpty }
                return !folder.isEmpty && path[..<slash] == folder
            }
        }
    }

    public init(project: Project, theme: Theme, options: SiteOptions) {
        var claims = Claims(topics: project.summaries)
        for path in Self.sitePages + theme.assets.map(\.path) + (options.baseURL == nil ? [] : ["sitemap.xml"]) {
            claims.site.insert(path)
            claims.siteEntries.insert(path)
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
            if path.hasSuffix(".html"), !claims.pageFolders.contains(folder) { claims.pageFolders.append(folder) }
            if !path.lastPathComponent.utf8.contains(UInt8(ascii: ".")) { claims.dotless = true }
            var index = path.utf8.startIndex
            while index < path.utf8.endIndex {
                if path.utf8[index] == UInt8(ascii: "/") { claims.siteEntries.insert(String(path[..<index])) }
                index = path.utf8.index(after: index)
            }
        }
        var found: [Diagnostic] = []
        // By place: copying each summary out of the array would retain and release all it holds.
        for i in project.summaries.indices {
            let path = project.summaries[i].path, stem = path.dropLast(3)
            var taken: [(what: String, path: String, claim: Claim)] = []
            // `a.guide.md` has the page `a.guide.html`, the guided fix of `a.md`.
            if Claims.hasSuffix(path, ".guide.md"), claims.isTopic(String(stem.dropLast(6)) + ".md") {
                taken.append(("its page", String(stem) + ".html", .guide(of: String(stem.dropLast(6)) + ".md")))
            }
            if let claim = claims.claimOnFolder(of: path) { taken.append(("its page", String(stem) + ".html", claim)) }
            if claims.inPageFolder(path) {
                for (what, path) in [("its page", String(stem) + ".html"), ("its guided fix", String(stem) + ".guide.html")] where claims.site.contains(path) {
                    taken.append((what, path, .site))
                }
            }
            found += taken.map { what, page, claim in
                Diagnostic(path: path, severity: .error, code: DiagnosticCode.pageOnGeneratedPath,
                           message: "\(what) would be written to '\(page)', the path of \(claim.description)",
                           hint: "rename the file; fixpath writes TOPIC.html and TOPIC.guide.html for each topic")
            }
        }
        var displaced: [String: Claim] = [:]
        var kept: [String] = []
        let files = project.resourceFiles.isEmpty ? project.referencedFiles : Set(project.referencedFiles + project.resourceFiles).sorted()
        for file in files {
            if let claim = claims.siteEntries.contains(file) ? .site : claims.claim(file) ?? claims.claimOnFolder(of: file) {
                displaced[file] = claim
            } else {
                kept.append(file)
            }
        }
        resources = kept
        if !displaced.isEmpty { found += Self.report(displaced, in: project) }
        diagnostics = found.sorted()
    }

    /// True when two generated files claim one path: the site cannot be written.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// A warning at every link or image that reaches a displaced file, or at the file itself when
    /// only `docfx.json` lists it.
    private static func report(_ displaced: [String: Claim], in project: Project) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var reached: Set<String> = []
        func warning(_ path: String, _ at: SourceLocation, _ file: String, _ claim: Claim) -> Diagnostic {
            Diagnostic(path: path, location: at, severity: .warning, code: DiagnosticCode.fileOnGeneratedPath,
                       message: "'\(file)' is a content file at the path of \(claim.description); the site holds that, and this file is not copied",
                       hint: "rename the file; the site writes TOPIC.html and TOPIC.guide.html for each topic, and its own files in assets/")
        }
        for topic in project.summaries {
            for reference in topic.references {
                guard case .file(let path, _) = LinkTarget(reference.destination, from: topic.path), let claim = displaced[path] else { continue }
                result.append(warning(topic.path, reference.location, path, claim))
                reached.insert(path)
            }
        }
        for (file, claim) in displaced where !reached.contains(file) { result.append(warning(file, SourceLocation(line: 1, column: 1), file, claim)) }
        return result
    }
}
