import FixpathCore

/// Rewrites a topic's links for the built site: `.md` to `.html`, site-absolute paths onto the base URL.
struct SiteLinks: LinkResolving {
    let topicPath: String
    /// Prepended to `/exchange/…` style links.
    let baseURL: String

    func href(for destination: String) -> String {
        switch LinkTarget(destination, from: topicPath) {
        case .anchor, .external, .outsideRoot:
            return destination
        case .siteAbsolute(let path):
            return baseURL + path
        case .file(let path, let anchor):
            guard !path.isEmpty else { return destination }
            var target = path
            if target.hasSuffix(".md") { target = String(target.dropLast(3)) + ".html" }
            return SitePaths.url(from: topicPath, to: target) + (anchor.map { "#" + $0 } ?? "")
        }
    }

    func src(for source: String) -> String {
        switch LinkTarget(source, from: topicPath) {
        case .siteAbsolute(let path): return baseURL + path
        case .file(let path, _) where !path.isEmpty: return SitePaths.url(from: topicPath, to: path)
        default: return source
        }
    }
}

/// Relative paths between files of the site, so pages work from file:// as well as from a server.
enum SitePaths {
    /// `../` once per folder of `page`.
    static func root(of page: String) -> String {
        String(repeating: "../", count: page.utf8.count { $0 == UInt8(ascii: "/") })
    }

    /// The relative URL from the page at `from` to the file at `to` (both site paths), its names
    /// percent-encoded (see `URLSyntax.relativeURL(path:)`).
    static func url(from: String, to target: String) -> String {
        URLSyntax.relativeURL(path: ContentRoot.relative(from: from, to: target))
    }

    /// A site path as a URL relative to the site's root.
    static func url(_ path: String) -> String {
        URLSyntax.relativeURL(path: path)
    }

    /// A topic's page: its path with `.md` replaced by `.html`.
    static func page(_ topic: String) -> String {
        (topic.hasSuffix(".md") ? String(topic.dropLast(3)) : topic) + ".html"
    }
}
