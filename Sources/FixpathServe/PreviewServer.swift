import FixpathCore
import FixpathSite
import FlyingFox
import Foundation

/// The live preview behind `fixpath serve`: builds the site, serves it on 127.0.0.1, rebuilds
/// when content or templates change, and reloads open pages.
public actor PreviewServer {
    public struct Settings: Sendable {
        public var content: String
        public var templates: String?
        public var port: UInt16
        public var site: SiteOptions

        public init(content: String, templates: String?, port: UInt16, site: SiteOptions) {
            self.content = content
            self.templates = templates
            self.port = port
            self.site = site
        }
    }

    let settings: Settings
    /// Where the preview site is built: `site` in a fresh folder only this user can open (made by
    /// `mkdtemp`, mode 0700), never the project's own output, and never a folder someone else made.
    let output: String
    private(set) var version = 0
    private(set) var errors: [Diagnostic] = []
    private var signature = ""
    private let cache = TopicCache()
    private let report: @Sendable (String) -> Void

    public init(settings: Settings, report: @escaping @Sendable (String) -> Void) throws {
        self.settings = settings
        self.report = report
        var template = Array((NSTemporaryDirectory() + "fixpath-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot create a private folder for the preview site"])
        }
        output = String(cString: made) + "/site"
    }

    /// Builds once, then serves and watches until the task is cancelled.
    public func run() async throws {
        rebuildIfChanged()
        var routes = RoutedHTTPHandler()
        routes.appendRoute("GET /__fixpath/live.js") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: Data(LiveReload.script.utf8))
        }
        routes.appendRoute("GET /__fixpath/status") { [self] request in
            let since = Int(request.query.first { $0.name == "since" }?.value ?? "") ?? -1
            return await self.status(waitingPast: since)
        }
        routes.appendRoute("GET *") { [self] request in await self.file(for: request) }
        let server = BoundedHTTPServer(port: settings.port, limits: .init(), handler: routes)
        let watcher = Task { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 200_000_000)
                await self.rebuildIfChanged()
            }
        }
        defer {
            watcher.cancel()
            try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent)
        }
        report("Serving \(settings.content) at http://127.0.0.1:\(settings.port)/ (Ctrl-C stops)\n")
        try await server.run()
    }

    /// A cheap fingerprint of every watched file: path, size and modification time.
    private func currentSignature() -> String {
        var parts: [String] = []
        for folder in [settings.content, settings.templates].compactMap({ $0 }) {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in walker {
                var info = stat()
                guard stat(folder + "/" + relative, &info) == 0 else { continue }
                parts.append("\(folder)/\(relative):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
            }
        }
        return parts.sorted().joined(separator: "\n")
    }

    func rebuildIfChanged() {
        let now = currentSignature()
        guard now != signature else { return }
        signature = now
        let started = Date()
        do {
            var project = try Project(contentDirectory: settings.content, cache: cache)
            let theme = try Theme(overrides: settings.templates)
            let layout = SiteLayout(project: project, theme: theme, options: settings.site)
            project.add(layout.diagnostics)
            errors = project.diagnostics.filter { $0.severity == .error }
            for d in project.diagnostics { report(d.formatted + "\n") }
            if errors.isEmpty {
                _ = try SiteWriter(project: project, theme: theme, options: settings.site, layout: layout).write(to: output)
            }
        } catch {
            errors = [Diagnostic(path: settings.content, severity: .error, code: DiagnosticCode.unreadable, message: "\(error)")]
            report("\(error)\n")
        }
        version += 1
        let ms = Int(Date().timeIntervalSince(started) * 1000)
        let parsed = "\(cache.lastParsed) topic(s) read"
        report(errors.isEmpty ? "Rebuilt in \(ms) ms (\(parsed)).\n" : "Build failed with \(errors.count) error(s); the page shows them.\n")
    }

    /// Answers when the site changes (or after 20 s), so open pages can reload at once.
    func status(waitingPast since: Int) async -> HTTPResponse {
        var waited = 0
        while version <= since, waited < 200, !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 100_000_000)
            waited += 1
        }
        let object: [String: Any] = ["version": version, "errors": errors.map { "\($0.formatted)" }]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"], body: data)
    }

    func file(for request: HTTPRequest) -> HTTPResponse {
        guard let relative = SafePath.relative(rawPath: request.target.path(percentEncoded: true)) else {
            return HTTPResponse(statusCode: .forbidden, body: Data("Refused: the path leaves the site.\n".utf8))
        }
        guard let found = SiteFile.read(relative, in: output) else {
            let notFound = SiteFile.read("404.html", in: output).map { LiveReload.inject(into: $0.data) } ?? Data("Not found\n".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: notFound)
        }
        var data = found.data
        let type = ContentTypes.forPath(found.path)
        if type.hasPrefix("text/html") { data = LiveReload.inject(into: data) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }
}

/// Turns a raw request path into a site-relative one, or refuses it: `..`, `%2e%2e`, encoded
/// slashes, backslash traversal (`..%5c..`), NUL and absolute paths never reach the file system.
/// The path is split at its slashes before each part is decoded, so a file name that holds `%`,
/// `#`, `?`, `\`, `~` or a line break (which the site writes percent-encoded) is found.
public enum SafePath {
    public static func relative(rawPath: String) -> String? {
        if rawPath.hasPrefix("//") || rawPath.contains("\\") { return nil }
        var parts: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let part = String(raw).removingPercentEncoding, !part.contains("/"), !part.contains("\0") else { return nil }
            // Read as Windows would, too: no part between backslashes may be `.` or `..`.
            if part.split(separator: "\\", omittingEmptySubsequences: false).contains(where: { $0 == "." || $0 == ".." }) { return nil }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }
}

enum ContentTypes {
    static func forPath(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "xml": return "application/xml"
        default: return "application/octet-stream"
        }
    }
}

/// The script `serve` adds to every page it serves (never to the built site): it reloads the page
/// when the site is rebuilt and shows build errors over the page.
enum LiveReload {
    static let tag = "<script src=\"/__fixpath/live.js\"></script>"

    static func inject(into html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let close = text.range(of: "</body>", options: .backwards) else { return Data((text + tag).utf8) }
        return Data(text.replacingCharacters(in: close, with: tag + "</body>").utf8)
    }

    static let script = """
    (function () {
      "use strict";
      var version = -1;
      function overlay(errors) {
        var box = document.getElementById("fixpath-errors");
        if (!errors.length) { if (box) { box.remove(); } return; }
        if (!box) {
          box = document.createElement("div");
          box.id = "fixpath-errors";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;background:#3a0d12;color:#fff;font:14px/1.5 monospace;padding:1rem;z-index:99999;white-space:pre-wrap";
          document.body.appendChild(box);
        }
        box.textContent = "fixpath: the last build failed\\n\\n" + errors.join("\\n");
      }
      function poll() {
        fetch("/__fixpath/status?since=" + version, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
          if (version >= 0 && s.version !== version && !s.errors.length) { window.location.reload(); return; }
          version = s.version;
          overlay(s.errors);
          poll();
        }, function () { setTimeout(poll, 1000); });
      }
      poll();
    })();
    """
}
