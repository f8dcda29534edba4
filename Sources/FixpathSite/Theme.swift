import FixpathCore
import Foundation

/// The Mustache templates and assets a site is rendered with: the built-in theme, overridden file by file.
public struct Theme: Sendable {
    /// Every theme file by its path relative to the theme folder.
    public private(set) var files: [String: Data]
    let renderer: MustacheRenderer

    public enum LoadError: Error, CustomStringConvertible {
        case template(path: String, line: Int, column: Int, message: String)

        public var description: String {
            switch self {
            case .template(let path, let line, let column, let message):
                return "\(path):\(line):\(column): error: template does not parse: \(message)"
            }
        }
    }

    /// The built-in theme with each file found in `overrides` (a folder laid out like `templates/`) replacing its own.
    public init(overrides: String? = nil) throws {
        var files = BuiltinTheme.files.mapValues { Data($0.utf8) }
        var origin: [String: String] = [:]
        if let overrides, let found = FileManager.default.enumerator(atPath: overrides) {
            for case let relative as String in found {
                let full = overrides + "/" + relative
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                      !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      let data = FileManager.default.contents(atPath: full) else { continue }
                files[relative] = data
                origin[relative] = full
            }
        }
        var sources: [String: (path: String, text: String)] = [:]
        for (path, data) in files where path.hasSuffix(".mustache") {
            sources[String(path.dropLast(9))] = (origin[path] ?? "templates/" + path, String(decoding: data, as: UTF8.self))
        }
        var templates: [String: MustacheTemplate] = [:]
        var pending = sources.keys.sorted().map { (key: $0, name: $0, indentation: "") }
        while let next = pending.popLast() {
            guard templates[next.key] == nil, let source = sources[next.name] else { continue }
            let text = next.indentation.isEmpty ? source.text : MustacheTemplate.indent(source.text, by: next.indentation)
            do {
                let template = try MustacheTemplate(text)
                templates[next.key] = template
                for partial in template.partials where !partial.indentation.isEmpty {
                    pending.append((MustacheRenderer.indentedKey(partial.name, partial.indentation), partial.name, partial.indentation))
                }
            } catch {
                throw LoadError.template(path: source.path, line: error.line, column: error.column, message: error.message)
            }
        }
        self.files = files
        renderer = MustacheRenderer(templates: templates)
    }

    /// Files copied as they are into the site, such as `assets/fixpath.css`.
    public var assets: [(path: String, data: Data)] {
        files.filter { !$0.key.hasSuffix(".mustache") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func render(_ template: String, _ context: [String: TemplateValue]) -> String {
        renderer.render(template, context)
    }
}
