import Foundation
import FixpathCore

/// Settings for one site build.
public struct SiteOptions: Sendable {
    public var title: String
    /// Where site-absolute links such as `/exchange/…` point.
    public var linkBaseURL: String
    /// Where the site itself is published; when set, `sitemap.xml` is written and notes link there.
    public var baseURL: String?
    /// Where a topic's source can be edited: the topic's path relative to the content folder is appended.
    public var editURL: String?

    public init(title: String = "Troubleshooting help", linkBaseURL: String = "https://learn.microsoft.com/en-us", baseURL: String? = nil,
                editURL: String? = nil) {
        self.title = title
        self.linkBaseURL = linkBaseURL.hasSuffix("/") ? String(linkBaseURL.dropLast()) : linkBaseURL
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.editURL = editURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }
}

/// Renders a project into a static HTML site: topic pages, guided fixes, home, search and assets.
///
/// With the cache of an earlier build, only the topics the project read again are rendered, and the
/// site is updated in place; without one, the whole site is built beside the old one and swapped in.
public struct SiteWriter: Sendable {
    public let project: Project
    public let theme: Theme
    public let options: SiteOptions
    /// Every topic, in path order: made from the topics read this time, or kept from the last build.
    let records: [PageRecord]
    /// For each topic read this time (in `project.topics` order), its place in `records`.
    let readRecords: [Int]
    /// Sections, reading order and navigation, from the table of contents: read when a page it
    /// shows may have changed (a first build, a new topic, a changed title, description or code).
    let sections: SiteSections?
    /// Topics not read this time whose pages show a neighbour's label that changed, read now.
    let relabeled: [(topic: Topic, tree: DecisionTree, record: Int)]
    let fingerprint: BuildFingerprint?
    let previous: BuildCache?
    /// A hash of what the home page, the section pages, the navigation script, the site-wide guide,
    /// `codes.js` and the sitemap show.
    let listing: UInt64
    /// The search terms that records refer to by place.
    let terms: [String]
    /// What claims each path of the site, and the content files it holds.
    let layout: SiteLayout

    /// The words search finds a topic by, those of its title and headings first (their count is
    /// `headings`), and the status codes its text mentions, such as `4.4.2`.
    static func searchTerms(of topic: Topic) -> (terms: [String], headings: Int) {
        let headings = topic.title + " " + topic.headings.map(\.text).joined(separator: " ")
        let body = PlainText.of(topic.body)
        let headed = SearchIndex.terms(in: headings) + SearchIndex.codes(in: headings)
        let codes = SearchIndex.codes(in: body).filter { !headed.contains($0) }
        return (headed + SearchIndex.terms(in: (topic.frontMatter.description ?? "") + " " + body, besides: headed) + codes, headed.count)
    }

    /// Works out each topic's search terms (unless `numbered` has them, as places in its table, in
    /// `project.topics` order) and the sections of the table of contents. A `previous` cache must be the
    /// one `project` reused summaries from, and the one a `SearchTermNumbering` continued.
    public init(project: Project, theme: Theme, options: SiteOptions, fingerprint: BuildFingerprint? = nil, reusing previous: BuildCache? = nil,
                numbered: (table: [String], ids: [TermIDs])? = nil, layout: SiteLayout? = nil) {
        self.project = project
        self.theme = theme
        self.options = options
        let layout = layout ?? SiteLayout(project: project, theme: theme, options: options)
        self.layout = layout
        self.fingerprint = fingerprint
        self.previous = previous
        // Pages by place, not by copy: a record holds a whole topic summary.
        let pages = previous?.pages ?? []
        let keptPlace = Dictionary(pages.indices.map { (pages[$0].topic.path, $0) }, uniquingKeysWith: { first, _ in first })
        func kept(_ path: String) -> PageRecord? { keptPlace[path].map { pages[$0] } }
        let position = Dictionary(uniqueKeysWithValues: project.summaries.enumerated().map { ($1.path, $0) })
        let listing = Self.listing(project.summaries)
        let numbered = numbered ?? {
            let numbering = SearchTermNumbering(continuing: previous)
            let ids = project.topics.parallelMap(numbering.number)
            return (numbering.table, ids)
        }()
        let needsSections = previous == nil || previous?.listing != listing || project.topics.contains { keptPlace[$0.path] == nil }
        let contents = needsSections ? project.contents ?? TableOfContents(root: project.root, topics: project.summaries.map(\.path)) : nil
        let sections = contents.map { contents in
            SiteSections(contents: contents, topics: Dictionary(project.summaries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
                         resources: layout.resources)
        }
        var records = project.summaries.map { summary in
            kept(summary.path) ?? PageRecord(topic: summary, key: 0, terms: [], headingTerms: 0, place: PagePlace())
        }
        for (i, topic) in project.topics.enumerated() {
            let at = position[topic.path]!
            records[at] = PageRecord(topic: project.summaries[at], key: fingerprint?.key(of: topic.path, includes: topic.includes) ?? 0,
                                     terms: numbered.ids[i].ids, headingTerms: numbered.ids[i].headings, place: records[at].place)
        }
        if let contents, let sections {
            for i in records.indices { records[i].place = sections.place(of: records[i].topic.path, trail: contents.trail(to: records[i].topic.path)) }
        }
        self.terms = numbered.table
        self.records = records
        readRecords = project.topics.map { position[$0.path]! }
        self.sections = sections
        self.listing = listing
        relabeled = sections.map { Self.relabeled(project: project, sections: $0, kept: kept, position: position) } ?? []
    }

    /// A page shows its neighbours' labels under previous and next; a label taken from a title that
    /// changed makes the neighbours that were not read this time be read and rendered again.
    private static func relabeled(project: Project, sections: SiteSections, kept: (String) -> PageRecord?,
                                  position: [String: Int]) -> [(topic: Topic, tree: DecisionTree, record: Int)] {
        let read = Set(project.topics.map(\.path))
        var stale = Set<String>()
        for topic in project.topics {
            guard let old = kept(topic.path), old.topic.title != topic.title, sections.label(of: topic.path) == topic.title else { continue }
            let (previous, next) = sections.neighbours(of: topic.path)
            for neighbour in [previous, next].compactMap({ $0?.path }) where !read.contains(neighbour) { stale.insert(neighbour) }
        }
        let loader = TopicLoader(root: project.root)
        return stale.sorted().compactMap { path in
            guard let record = position[path] else { return nil }
            let topic = loader.load(path)
            return (topic, TreeBuilder.build(topic).tree, record)
        }
    }

    private static func listing(_ topics: [TopicSummary]) -> UInt64 {
        var hash = FNV1a()
        for topic in topics {
            hash.add(topic.path)
            hash.add(topic.title)
            hash.add(topic.description ?? "")
            hash.add(topic.date.map { UInt64($0.year * 10000 + $0.month * 100 + $0.day) } ?? 0)
            hash.add(UInt64(topic.codes.count))
            hash.add(topic.isGuided ? 1 : 0)
            for code in topic.codes { hash.add(code) }
        }
        return hash.state
    }

    public struct Summary: Sendable {
        /// Pages in the site.
        public var pages: Int
        /// Images and other files linked into the site.
        public var files: Int
        /// Files written, replaced or removed: everything for a full build, the changes for an update.
        public var changed: Int
        public var updatedInPlace: Bool
    }

    /// Finishes or discards what a stopped build left beside `output`, once the output is known to be
    /// safe to write (see `OutputFolder.checked`): an update's journal is applied, staging folders are
    /// removed. Returns a warning when the journal could not be applied; the build must then build the
    /// whole site.
    public static func recover(_ output: String, contentRoot: String) throws -> Diagnostic? {
        _ = try OutputFolder.checked(output, contentRoot: contentRoot)
        let discarded = SiteUpdate.finishInterrupted(site: output)
        OutputFolder.removeLeftovers(beside: output, contentRoot: contentRoot)
        if discarded != nil {
            unlink(OutputFolder.stateFile(for: output))
            BuildCache.remove(for: output)
        }
        return discarded
    }

    /// Writes the site: updated in place from the previous build's cache, or built whole beside the
    /// old one and swapped in. On any failure the old site stays as it was.
    public func write(to output: String, timings: BuildTimings? = nil) throws -> Summary {
        guard !layout.hasErrors else {
            throw OutputFolder.Failure.io(output, "two generated files claim one path (FP091); the site was not written")
        }
        if let discarded = try Self.recover(output, contentRoot: project.root.directory), previous != nil {
            throw OutputFolder.Failure.io(output, "\(discarded.message); build again")
        }
        let state = OutputFolder.stateFile(for: output)
        unlink(state)
        BuildCache.remove(for: output)
        let summary: Summary
        if let previous {
            summary = try update(output, from: previous, timings: timings)
        } else {
            let folder = try OutputFolder(output, contentRoot: project.root.directory)
            do {
                summary = try writeAll(into: folder, cacheFor: output, timings: timings)
                try folder.commit()
                timings?.lap("swap in the new site")
            } catch {
                folder.discard()
                BuildCache.remove(for: output)
                throw error
            }
        }
        if let fingerprint {
            let note = "inputs: \(fingerprint.value)\nwarnings: \(project.warningCount)\n"
            _ = FileManager.default.createFile(atPath: state, contents: Data(note.utf8))
            BuildCache.publish(for: output)
        }
        return summary
    }

    /// Writes what this build knows beside the output, for the next build; only with a fingerprint.
    private func stageCache(for output: String, resources: [String]) -> Bool {
        guard let fingerprint else { return false }
        let hashed = Dictionary(resources.map { ($0, fingerprint.files[$0] ?? 0) }, uniquingKeysWith: { first, _ in first })
        return BuildCache(fingerprint: fingerprint.value, salt: fingerprint.salt, listing: listing, resources: hashed, terms: terms,
                          files: fingerprint.stamps, pages: records, raw: previous?.raw ?? []).stage(for: output)
    }

    /// The site-wide files, each with what renders it; the long search index first. The others show
    /// only what the listing hash covers.
    private func siteFiles(listingChanged: Bool) -> [(path: String, render: @Sendable () -> String)] {
        let documents = records.map { SearchIndex.Document(href: SitePaths.url($0.topic.outputPath), title: $0.topic.title,
                                                           description: $0.topic.description ?? "", codes: $0.topic.codes,
                                                           isGuided: $0.topic.isGuided, terms: $0.terms,
                                                           headingTerms: $0.headingTerms, section: $0.place.trail.joined(separator: " › ")) }
        let table = terms
        var files: [(path: String, render: @Sendable () -> String)] = [("assets/search-index.js", { @Sendable in SearchIndex.script(documents, table: table) })]
        guard listingChanged, let sections else { return files }
        let home = HomePage(writer: self, sections: sections)
        files += [
            ("assets/search-docs.js", { @Sendable in SearchIndex.docsScript(documents) }),
            ("index.html", { @Sendable in home.render() }),
            ("guide.html", { @Sendable in home.renderGuide() }),
            ("assets/codes.js", { @Sendable in SearchIndex.codesScript(documents) }),
            ("assets/toc.js", { @Sendable in sections.script() }),
        ]
        files += home.sectionPages()
        if let baseURL = options.baseURL { files.append(("sitemap.xml", { @Sendable in sitemap(baseURL) })) }
        return files
    }

    /// One unit of the parallel write: a topic's two pages, a site-wide file, the images and other files, or the cache.
    private enum Job: Sendable {
        case topic(Int)
        case file(String, @Sendable () -> String)
        case resources([String])
        /// The next build's cache, which lists the site's files.
        case cache(String, resources: [String])
    }

    private func writeAll(into folder: OutputFolder, cacheFor output: String, timings: BuildTimings?) throws -> Summary {
        let resources = layout.resources
        var jobs = siteFiles(listingChanged: true).map { Job.file($0.path, $0.render) }
        jobs += [
            .file("search.html", { @Sendable in theme.render("search", base(pageTitle: "Search | " + options.title, root: "")) }),
            .file("404.html", { @Sendable in theme.render("404", notFoundContext()) }),
            .resources(resources),
            .cache(output, resources: resources),
        ]
        // Neighbouring jobs run at the same time; taking topics alternately from the two halves of the
        // list keeps the workers in different folders, where creating files does not contend for one folder's lock.
        let half = (project.topics.count + 1) / 2
        jobs += (0..<project.topics.count).map { n in Job.topic(n % 2 == 0 ? n / 2 : half + n / 2) }
        let results = jobs.parallelMap { job -> OutputFolder.Failure? in
            do {
                switch job {
                case .topic(let i):
                    let topic = project.topics[i], record = records[readRecords[i]]
                    for (path, html) in self.pages(for: topic, tree: project.trees[i], place: record.place) { try folder.write(path, html) }
                case .file(let path, let render):
                    try folder.write(path, render())
                case .resources(let files):
                    for file in files { try folder.place(file, from: project.root) }
                case .cache(let output, let files):
                    _ = stageCache(for: output, resources: files)
                }
                return nil
            } catch let failure as OutputFolder.Failure {
                return failure
            } catch {
                return .io(folder.path, "\(error)")
            }
        }
        if let failure = results.compactMap({ $0 }).first { throw failure }
        for asset in theme.assets { try folder.write(asset.path, asset.data) }
        timings?.lap("pages, search index, images and assets")
        let pages = pageCount
        return Summary(pages: pages, files: resources.count, changed: pages + resources.count, updatedInPlace: false)
    }

    /// Renders the topics read this time and the site-wide files their changes reach, and changes the
    /// site in place through a journal.
    private func update(_ output: String, from previous: BuildCache, timings: BuildTimings?) throws -> Summary {
        var update = try SiteUpdate(site: output)
        do {
            let files = siteFiles(listingChanged: listing != previous.listing)
            // Finding the site's files and writing the next build's cache is one more job beside the pages.
            let pages = project.topics.indices.map { (project.topics[$0], project.trees[$0], readRecords[$0]) } + relabeled
            let jobs: [Int] = files.indices.map { -$0 - 1 } + Array(pages.indices)
            let (rendered, resources) = jobs.parallelMap({ i -> [(String, Data)] in
                if i < 0 { return [(files[-i - 1].path, Data(files[-i - 1].render().utf8))] }
                let (topic, tree, record) = pages[i]
                return self.pages(for: topic, tree: tree, place: records[record].place).map { ($0.path, Data($0.html.utf8)) }
            }, besides: {
                let found = layout.resources
                _ = stageCache(for: output, resources: found)
                return found
            })
            for (path, data) in rendered.flatMap({ $0 }) { try update.write(path, data) }
            // A topic that became a page to read loses the guided fix it had.
            let wasGuided = Set(previous.pages.filter(\.topic.isGuided).map(\.topic.path))
            for (i, topic) in project.topics.enumerated() where !project.trees[i].isGuided && wasGuided.contains(topic.path) {
                update.remove(Self.guidePath(topic))
            }
            let has = Set(resources)
            for path in resources where previous.resources[path] == nil || previous.resources[path] != fingerprint?.files[path] {
                try update.place(path, from: project.root)
            }
            for path in previous.resources.keys.sorted() where !has.contains(path) { update.remove(path) }
            timings?.lap("render the changed pages")
            if update.changed > 0 { try update.commit() } else { update.discard() }
            timings?.lap("update the site in place")
            return Summary(pages: pageCount, files: resources.count, changed: update.changed, updatedInPlace: true)
        } catch {
            update.discard()
            BuildCache.remove(for: output)
            throw error
        }
    }

    /// Topic pages, the guided fixes of decision topics, the four site-wide pages and the section pages.
    private var pageCount: Int { records.count + records.count(where: \.topic.isGuided) + 4 + (sections?.sections.count ?? 0) }

    /// A server shows `404.html` for a missing page at any depth, so its links and assets start from
    /// the site's root: the path of `base_url`, or the server's root. Opened from a folder, it stays relative.
    private func notFoundContext() -> [String: TemplateValue] {
        var context = base(pageTitle: "Page not found", root: "")
        let path = options.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        context["baseScript"] = .text("<script>if (location.protocol !== \"file:\") { document.write(\"<base href=\\\"\" + \(ScriptJSON.quoted(path)) + \"\\\">\"); }</script>\n")
        return context
    }

    private func sitemap(_ baseURL: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        out += "<url><loc>\(HTMLEscaping.text(baseURL))index.html</loc></url>\n"
        for record in records {
            out += "<url><loc>\(HTMLEscaping.text(baseURL + SitePaths.url(record.topic.outputPath)))</loc>"
            if let date = record.topic.date { out += "<lastmod>\(date.iso)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}
