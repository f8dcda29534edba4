import ArgumentParser
import FixpathCore
import FixpathSite
import Foundation

/// How `check` prints diagnostics.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json, github
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every topic: links, anchors, images, includes, front matter, raw HTML and decision trees."
    )

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "human, json (a documented array) or github (Actions annotations).")
    var format: DiagnosticFormat = .human

    func run() throws {
        var project = try options.loadProject()
        // Where the site would put each file: what `build` with the same settings reports.
        let settings = options.settings
        let templates = settings.templates ?? "templates"
        if let theme = try? Theme(overrides: FileManager.default.fileExists(atPath: templates) ? templates : nil) {
            project.add(SiteLayout(project: project, theme: theme, options: SiteOptions(baseURL: settings.baseURL)).diagnostics)
        }
        switch format {
        case .human:
            options.report(project.diagnostics)
            let summary = "\(project.topics.count) topic(s) checked: \(project.errorCount) error(s), \(project.warningCount) warning(s)\n"
            Console.error(summary)
        case .json:
            let array = project.diagnostics.map { d -> [String: Any] in
                var entry: [String: Any] = [
                    "path": options.displayPath(d.path), "line": d.location.line, "column": d.location.column,
                    "severity": d.severity.rawValue, "code": d.code, "message": d.message,
                ]
                if let hint = d.hint { entry["hint"] = hint }
                return entry
            }
            Console.out(TreeJSON.string(array))
        case .github:
            var out = ""
            for d in project.diagnostics {
                let kind = d.severity == .error ? "error" : "warning"
                let message = ControlCharacters.escaped(d.message + (d.hint.map { " (\($0))" } ?? "")).githubEscaped
                out += "::\(kind) file=\(ControlCharacters.escaped(options.displayPath(d.path)).githubPropertyEscaped),line=\(d.location.line),col=\(d.location.column),title=\(d.code)::\(message)\n"
            }
            Console.out(out)
        }
        if options.failed(project) { throw ExitCode(ExitStatus.contentErrors) }
    }
}

extension String {
    /// GitHub workflow commands escape `%`, CR and LF in messages.
    var githubEscaped: String {
        replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also escape `:` and `,`.
    var githubPropertyEscaped: String {
        githubEscaped.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
