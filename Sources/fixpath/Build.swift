import ArgumentParser
import FixpathCore
import FixpathSite
import Foundation

/// Holds what a build made until the process exits, which returns all its memory at once; releasing
/// every topic's syntax tree one node at a time took a tenth of a second for the corpus.
enum ExitArena {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) { kept.append(value) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the static help site.")

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "Where to write the site (default: site).")
    var output: String?

    @Option(name: .long, help: "A folder of templates that override the built-in theme file by file (default: templates).")
    var templates: String?

    @Option(name: .customLong("link-base-url"), help: "Where site-absolute links such as /exchange/… point (default: https://learn.microsoft.com/en-us).")
    var linkBaseURL: String?

    @Option(name: .customLong("base-url"), help: "Where the site is published; writes sitemap.xml.")
    var baseURL: String?

    @Option(name: .long, help: "The site's title (default: Troubleshooting help).")
    var title: String?

    @Option(name: .customLong("edit-url"), help: "Where topics can be edited; pages link to it with the topic's path appended.")
    var editURL: String?

    @Flag(name: .long, help: "Print how long each stage of the build took, on standard error.")
    var timings = false

    @Flag(name: .long, help: "Read and render every topic and replace the whole site, ignoring what the last build kept.")
    var full = false

    func run() throws {
        let clock = timings ? BuildTimings() : nil
        defer { if let clock { Console.error("fixpath: build stages\n" + clock.report) } }
        var configDiagnostics: [Diagnostic] = []
        let settings = FixpathConfig.load(options.config ?? "fixpath.yml", diagnostics: &configDiagnostics) ?? FixpathConfig()
        if options.config != nil, !FileManager.default.fileExists(atPath: options.config!) {
            throw CommandError(status: ExitStatus.usage, message: "\(options.config!): error: no such file")
        }
        options.report(configDiagnostics, root: ".")
        let output = self.output ?? settings.output ?? "site"
        let templates = self.templates ?? settings.templates ?? "templates"
        let siteOptions = SiteOptions(title: title ?? settings.title ?? "Troubleshooting help",
                                      linkBaseURL: linkBaseURL ?? settings.linkBaseURL ?? "https://learn.microsoft.com/en-us",
                                      baseURL: baseURL ?? settings.baseURL, editURL: editURL ?? settings.editURL)
        let theme: Theme
        do {
            theme = try Theme(overrides: FileManager.default.fileExists(atPath: templates) ? templates : nil)
        } catch {
            Console.error("\(error)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        clock?.lap("settings and theme")
        guard let root = try? ContentRoot(options.content) else { _ = try options.loadProject(); return }
        clock?.lap("list the content folder")
        // A journal that cannot be applied leaves the site in doubt: the whole site is built again.
        let discarded: Diagnostic?
        do {
            discarded = try SiteWriter.recover(output, contentRoot: root.directory)
        } catch {
            Console.error("\(error)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        if let discarded { Console.error(ContentOptions.lines(discarded)) }
        let full = self.full || discarded != nil
        let (cache, stamps) = concurrently({ full ? nil : BuildCache.read(for: output).flatMap { BuildCache.decode($0, for: output) } },
                                           { BuildFingerprint.Stamps(root) })
        let fingerprint = BuildFingerprint(root: root, theme: theme, options: siteOptions, stamps: stamps, known: cache?.files ?? [:])
        clock?.lap("read the build cache, fingerprint inputs")
        if !full, let recorded = BuildFingerprint.recorded(in: output), recorded.fingerprint == fingerprint.value,
           !(options.strict && recorded.warnings > 0) {
            Console.out("Nothing changed since \(output)/ was built; it is up to date (\(recorded.warnings) warning(s), listed by fixpath check).\nOpen \(output)/index.html in a browser.\n")
            return
        }
        var previous = cache.flatMap { $0.usable(salt: fingerprint.salt) ? $0 : nil }
        var reusing: [String: TopicSummary] = [:]
        let cached = previous?.topics ?? []
        for (summary, key) in cached where fingerprint.key(of: summary.path, includes: summary.includes) == key {
            reusing[summary.path] = summary
        }
        // When most topics changed, building the whole site beside the old one is as quick, and swaps in at once.
        if reusing.count * 2 < cached.count {
            previous = nil
            reusing = [:]
        }
        let numbering = SearchTermNumbering(continuing: previous)
        var (project, terms) = Project.load(root: root, reusing: reusing, timings: clock, readingContents: previous == nil,
                                            alongside: numbering.number)
        let layout = SiteLayout(project: project, theme: theme, options: siteOptions)
        project.add(layout.diagnostics)
        options.report(project.diagnostics)
        clock?.lap("report diagnostics")
        if options.failed(project) {
            Console.error("fixpath: \(project.errorCount) error(s), \(project.warningCount) warning(s); the site was not written\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
        let writer = SiteWriter(project: project, theme: theme, options: siteOptions, fingerprint: fingerprint, reusing: previous,
                                numbered: (numbering.table, terms), layout: layout)
        ExitArena.keep(writer)
        clock?.lap("table of contents and search terms")
        do {
            let summary = try writer.write(to: output, timings: clock)
            if summary.updatedInPlace {
                Console.out("Updated \(output)/: read \(project.topics.count) changed topic(s) again and changed \(summary.changed) file(s) (\(summary.pages) pages, \(project.warningCount) warning(s)).\nOpen \(output)/index.html in a browser.\n")
            } else {
                Console.out("Built \(summary.pages) pages and copied \(summary.files) files into \(output)/ (\(project.warningCount) warning(s)).\nOpen \(output)/index.html in a browser.\n")
            }
        } catch {
            Console.error("\(error)\n")
            throw ExitCode(ExitStatus.contentErrors)
        }
    }
}
