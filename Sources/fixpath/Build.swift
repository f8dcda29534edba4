import ArgumentParser
import FixpathCore
import FixpathSite
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the static help site.")

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Where to write the site.")
    var output: String = "site"

    @Option(name: .long, help: "A folder of templates that override the built-in theme file by file.")
    var templates: String = "templates"

    @Option(name: .customLong("link-base-url"), help: "Where site-absolute links such as /exchange/… point.")
    var linkBaseURL: String = "https://learn.microsoft.com/en-us"

    @Option(name: .long, help: "The site's title.")
    var title: String = "Troubleshooting help"

    func run() throws {
        let project = try options.loadProject()
        options.report(project.diagnostics)
        if options.failed(project) {
            Console.error("fixpath: \(project.errorCount) error(s), \(project.warningCount) warning(s); the site was not written\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        let theme: Theme
        do {
            theme = try Theme(overrides: FileManager.default.fileExists(atPath: templates) ? templates : nil)
        } catch {
            Console.error("\(error)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        let writer = SiteWriter(project: project, theme: theme, options: SiteOptions(title: title, linkBaseURL: linkBaseURL))
        do {
            let summary = try writer.write(to: output)
            Console.out("Built \(summary.pages) pages and copied \(summary.files) files into \(output)/ (\(project.warningCount) warning(s)).\nOpen \(output)/index.html in a browser.\n")
        } catch {
            Console.error("\(error)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
    }
}
