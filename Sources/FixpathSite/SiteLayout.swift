import FixpathCore

/// Every path a build writes into the site, and what claims it: a topic's page or guided fix, one of
/// the site's own pages and scripts, a theme asset, or a content file (an image, a download) that
/// topics link to. Nothing may be written over anything else: a content file at a path the site
/// generates is left out with a warning (the generated file wins), and a topic whose page lands
/// where another generated page goes is an error.
public struct SiteLayout: Sendable {
    /// The site's own pages and scripts, besides the theme's assets and the topics' pages.
    static let sitePages = ["index.html", "guide.html", "search.html", "404.html",
                            "assets/search-index.js", "assets/search-docs.js", "assets/codes.js"]

    /// The content files the site holds, sorted: those topics reach and `docfx.json`'s resources,
    /// without those a generated file displaces.
    public let resources: [String]
    public let diagnostics: [Diagnostic]

    private enum Claim {
        case site
        case page(String)
        case guide(String)

        var description: String {
            switch self {
            case .site: return "one of the site's own files"
            case .page(let topic): return "the page of \(topic)"
            case .guide(let topic): return "the guided fix of \(topic)"
            }
        }
    }

    public init(project: Project, theme: Theme, options: SiteOptions) {
        var claims: [String: Claim] = [:]
        for path in Self.sitePages + theme.assets.map(\.path) + (options.baseURL == nil ? [] : ["sitemap.xml"]) { claims[path] = .site }
        var found: [Diagnostic] = []
        for topic in project.summaries {
            let page = topic.outputPath
            for (path, claim) in [(page, Claim.page(topic.path)), (SiteWriter.guidePath(page), .guide(topic.path))] {
                let taken = claims[path] ?? Self.folders(of: path).lazy.compactMap { claims[$0] }.first
                if let taken {
                    let what = if case .page = claim { "its page" } else { "its guided fix" }
                    found.append(Diagnostic(path: topic.path, severity: .error, code: DiagnosticCode.pageOnGeneratedPath,
                                            message: "\(what) would be written to '\(path)', the path of \(taken.description)",
                                            hint: "rename the file; fixpath writes TOPIC.html and TOPIC.guide.html for each topic"))
                } else {
                    claims[path] = claim
                }
            }
        }
        // A content file displaced by a generated one, or standing where a generated file needs a folder.
        var siteFolders: Set<String> = []
        for (path, claim) in claims { if case .site = claim { siteFolders.formUnion(Self.folders(of: path)) } }
        var displaced: [String: Claim] = [:]
        var kept: [String] = []
        let docfx = DocfxProject(root: project.root)
        let fromDocfx = docfx.map { docfx in
            project.root.files.filter { !$0.hasSuffix(".md") && docfx.isResource($0) && project.root.containsReal($0) }
        } ?? []
        for file in Set(project.referencedFiles + fromDocfx).sorted() {
            if let claim = claims[file] ?? (siteFolders.contains(file) ? .site : nil) ?? Self.folders(of: file).lazy.compactMap({ claims[$0] }).first {
                displaced[file] = claim
            } else {
                kept.append(file)
            }
        }
        resources = kept
        if !displaced.isEmpty { found += Self.report(displaced, in: project) }
        diagnostics = found.sorted()
    }

    /// True when two generated pages claim one path: the site cannot be written.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// `a`, `a/b` for `a/b/c.png`.
    private static func folders(of path: String) -> [String] {
        var result: [String] = []
        var index = path.utf8.startIndex
        while index < path.utf8.endIndex {
            if path.utf8[index] == UInt8(ascii: "/") { result.append(String(path[..<index])) }
            index = path.utf8.index(after: index)
        }
        return result
    }

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
