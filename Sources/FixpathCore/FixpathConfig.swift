import Foundation
import Yams

/// `fixpath.yml`: project settings, each overridden by the matching command-line option.
public struct FixpathConfig: Sendable {
    public var title: String?
    /// Where the built site is published; enables `sitemap.xml`.
    public var baseURL: String?
    public var content: String?
    public var output: String?
    public var templates: String?
    /// Where site-absolute links such as `/exchange/…` point.
    public var linkBaseURL: String?
    /// Where topics can be edited; a page's "Edit this page" link is this with the topic's path appended.
    public var editURL: String?

    public static let keys: Set<String> = ["title", "base_url", "content", "output", "templates", "link_base_url", "edit_url"]

    public init() {}

    /// Reads the file; an unknown key or a bad value is a diagnostic, and the file's folder anchors relative paths.
    public static func load(_ path: String, diagnostics: inout [Diagnostic]) -> FixpathConfig? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var config = FixpathConfig()
        let node: Node?
        do {
            node = try SafeYAML.compose(String(decoding: data, as: UTF8.self))
        } catch let excess as SafeYAML.Excess {
            diagnostics.append(excess.diagnostic(path: path, naming: "fixpath.yml"))
            return nil
        } catch {
            diagnostics.append(Diagnostic(path: path, severity: .error, code: DiagnosticCode.invalidYAML, message: "fixpath.yml is not valid YAML: \(error)"))
            return nil
        }
        guard case .mapping(let mapping)? = node else { return config }
        let folder = (path as NSString).deletingLastPathComponent
        func resolved(_ value: String) -> String {
            value.hasPrefix("/") || folder.isEmpty ? value : folder + "/" + value
        }
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = (keyNode.mark?.line ?? 1)
            guard let value = valueNode.string else {
                diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: 1), severity: .error,
                                              code: DiagnosticCode.badFieldType, message: "'\(key)' must be a single value"))
                continue
            }
            switch key {
            case "title": config.title = value
            case "base_url": config.baseURL = value
            case "content": config.content = resolved(value)
            case "output": config.output = resolved(value)
            case "templates": config.templates = resolved(value)
            case "link_base_url": config.linkBaseURL = value
            case "edit_url": config.editURL = value
            default:
                diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: 1), severity: .warning,
                                              code: DiagnosticCode.treeUnknownKey, message: "unknown key '\(key)' in fixpath.yml",
                                              hint: "use one of: \(keys.sorted().joined(separator: ", "))"))
            }
        }
        return config
    }
}
