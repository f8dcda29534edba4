import Foundation
import Yams

/// A topic's YAML front matter: the typed Learn fields, and every other key as written.
public struct FrontMatter: Sendable {
    public var title: String?
    public var description: String?
    /// `ms.date`, read from MM/DD/YYYY.
    public var date: LearnDate?
    public var topicType: String?
    public var custom: [String] = []
    public var author: String?
    public var msAuthor: String?
    public var audience: String?
    public var appliesTo: [String] = []
    public var searchAppVerID: [String] = []
    public var assetID: String?
    /// Every key, typed or not, in file order.
    public var fields: [(key: String, value: MetadataValue)] = []
    /// The line of each key in the topic file.
    public var keyLines: [String: Int] = [:]
    /// The `fixpath:` block that steers the decision tree.
    public var treeDirectives = TreeDirectives()

    public init() {}

    public subscript(key: String) -> MetadataValue? {
        fields.first { $0.key == key }?.value
    }
}

/// A calendar date as Learn writes it in `ms.date`.
public struct LearnDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `MM/DD/YYYY` (one-digit month and day allowed).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]),
              parts[2].count == 4, (1...12).contains(m), (1...31).contains(d) else { return nil }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[m - 1] else { return nil }
        year = y
        month = m
        day = d
    }

    public static func < (a: LearnDate, b: LearnDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// ISO 8601, `2024-01-24`.
    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `January 24, 2024`.
    public var long: String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(names[month - 1]) \(day), \(year)"
    }
}

/// Splits a topic into front matter and body and reads the front matter.
enum FrontMatterReader {
    struct Result {
        var frontMatter: FrontMatter?
        /// The Markdown after the closing fence.
        var body: Substring
        /// The line in the file where `body` starts.
        var bodyLine: Int
        var diagnostics: [Diagnostic]
    }

    static func read(_ text: String, path: String) -> Result {
        guard text.hasPrefix("---\n") || text == "---" else {
            return Result(frontMatter: nil, body: Substring(text), bodyLine: 1, diagnostics: [])
        }
        var lineNumber = 1
        let utf8 = text.utf8
        var cursor = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        let yamlStart = cursor
        while cursor < utf8.endIndex {
            let lineEnd = utf8[cursor...].firstIndex(of: 0x0A) ?? utf8.endIndex
            lineNumber += 1
            let line = utf8[cursor..<lineEnd]
            if line.elementsEqual("...".utf8) || (line.starts(with: "---".utf8) && line.dropFirst(3).allSatisfy { $0 == 0x20 }) {
                let yaml = String(text[yamlStart..<cursor])
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                var result = parse(yaml, path: path)
                result.body = text[bodyStart...]
                result.bodyLine = lineNumber + 1
                return result
            }
            cursor = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        let diagnostic = Diagnostic(path: path, severity: .error, code: DiagnosticCode.unclosedFrontMatter,
                                    message: "front matter starts with '---' but is never closed",
                                    hint: "add a line with '---' after the last front matter key")
        return Result(frontMatter: nil, body: Substring(text), bodyLine: 1, diagnostics: [diagnostic])
    }

    static func parse(_ yaml: String, path: String) -> Result {
        var result = Result(frontMatter: FrontMatter(), body: "", bodyLine: 1, diagnostics: [])
        if let fields = SimpleFrontMatter.read(yaml) {
            var fm = FrontMatter()
            for field in fields {
                fm.fields.append((field.key, field.value))
                fm.keyLines[field.key] = field.line + 1
                assign(field.key, field.value, line: field.line + 1, to: &fm, path: path, diagnostics: &result.diagnostics)
            }
            result.frontMatter = fm
            return result
        }
        return parseYAML(yaml, path: path)
    }

    /// Reads front matter with Yams: every YAML construct, and its errors with line and column.
    static func parseYAML(_ yaml: String, path: String) -> Result {
        var result = Result(frontMatter: FrontMatter(), body: "", bodyLine: 1, diagnostics: [])
        let node: Node?
        do {
            // Front matter values stay strings, so the basic resolver (no per-scalar regular expressions) is enough.
            node = try SafeYAML.compose(yaml, .basic)
        } catch let excess as SafeYAML.Excess {
            result.frontMatter = nil
            result.diagnostics.append(excess.diagnostic(path: path, naming: "front matter", lineOffset: 1))
            return result
        } catch let error as YamlError {
            result.frontMatter = nil
            result.diagnostics.append(diagnostic(for: error, path: path))
            return result
        } catch {
            result.frontMatter = nil
            result.diagnostics.append(Diagnostic(path: path, severity: .error, code: DiagnosticCode.invalidYAML,
                                                 message: "front matter is not valid YAML"))
            return result
        }
        guard let node else { return result }
        guard case .mapping(let mapping) = node else {
            result.frontMatter = nil
            result.diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: (node.mark?.line ?? 0) + 1, column: 1),
                                                 severity: .error, code: DiagnosticCode.frontMatterNotMapping,
                                                 message: "front matter must be a list of 'key: value' lines",
                                                 hint: "write each field as 'key: value'"))
            return result
        }
        var fm = FrontMatter()
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let value = MetadataValue(valueNode)
            fm.fields.append((key, value))
            let line = (keyNode.mark?.line ?? 0) + 1
            fm.keyLines[key] = line
            if key == "fixpath" {
                fm.treeDirectives = TreeDirectives.parse(valueNode, path: path, lineOffset: 1, diagnostics: &result.diagnostics)
                continue
            }
            assign(key, value, line: line, to: &fm, path: path, diagnostics: &result.diagnostics)
        }
        result.frontMatter = fm
        return result
    }

    private static func assign(_ key: String, _ value: MetadataValue, line: Int, to fm: inout FrontMatter,
                               path: String, diagnostics: inout [Diagnostic]) {
        func single() -> String? {
            if let s = value.string { return s }
            if case .null = value { return nil }
            diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: 1), severity: .warning,
                                          code: DiagnosticCode.badFieldType, message: "'\(key)' should be a single value",
                                          hint: "write '\(key): value' on one line"))
            return nil
        }
        func list() -> [String] {
            if let s = value.strings { return s }
            diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: 1), severity: .warning,
                                          code: DiagnosticCode.badFieldType, message: "'\(key)' should be a list",
                                          hint: "write each entry on its own '- value' line"))
            return []
        }
        switch key {
        case "title": fm.title = single()
        case "description": fm.description = single()
        case "ms.date":
            guard let text = single() else { return }
            fm.date = LearnDate(text.trimmingCharacters(in: .whitespaces))
            if fm.date == nil {
                diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: 1), severity: .warning,
                                              code: DiagnosticCode.badDate, message: "'ms.date' value '\(text)' is not a date in MM/DD/YYYY form",
                                              hint: "write the date as MM/DD/YYYY, for example 01/24/2024"))
            }
        case "ms.topic": fm.topicType = single()
        case "ms.custom": fm.custom = list()
        case "author": fm.author = single()
        case "ms.author": fm.msAuthor = single()
        case "audience": fm.audience = single()
        case "appliesto": fm.appliesTo = list()
        case "search.appverid": fm.searchAppVerID = list()
        case "ms.assetid": fm.assetID = single()
        default: break
        }
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        // The YAML starts on line 2 of the file, after the opening fence.
        // libyaml often points just past the end of the YAML; the last line is more helpful.
        func at(_ mark: Mark, _ yaml: String) -> SourceLocation {
            let lines = max(1, yaml.split(separator: "\n", omittingEmptySubsequences: false).count - (yaml.hasSuffix("\n") ? 1 : 0))
            return mark.line > lines ? SourceLocation(line: lines + 1, column: 1) : SourceLocation(line: mark.line + 1, column: mark.column)
        }
        switch error {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml), .composer(_, let problem, let mark, let yaml):
            return Diagnostic(path: path, location: at(mark, yaml), severity: .error, code: DiagnosticCode.invalidYAML,
                              message: "front matter is not valid YAML: \(problem)",
                              hint: "quote values that contain ':' or start with a special character")
        default:
            return Diagnostic(path: path, severity: .error, code: DiagnosticCode.invalidYAML,
                              message: "front matter is not valid YAML: \(error)")
        }
    }
}
