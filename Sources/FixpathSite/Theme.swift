import Foundation
import Mustache

/// The Mustache templates and assets a site is rendered with: the built-in theme, overridden file by file.
public struct Theme: Sendable {
    /// Every theme file by its path relative to the theme folder.
    public private(set) var files: [String: Data]
    let library: MustacheLibrary

    public enum LoadError: Error, CustomStringConvertible {
        case template(path: String, message: String)

        public var description: String {
            switch self {
            case .template(let path, let message): return "\(path):1:1: error: template does not parse: \(message)"
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
        var library = MustacheLibrary()
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: String(path.dropLast(9)))
            } catch {
                throw LoadError.template(path: origin[path] ?? "templates/" + path, message: "\(error)")
            }
        }
        self.files = files
        self.library = library
    }

    /// Files copied as they are into the site, such as `assets/fixpath.css`.
    public var assets: [(path: String, data: Data)] {
        files.filter { !$0.key.hasSuffix(".mustache") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
