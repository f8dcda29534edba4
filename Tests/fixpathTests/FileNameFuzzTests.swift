import Foundation
import Testing

/// Content whose files and folders have names with spaces, Unicode, quotes, `#`, `%`, `?`, a leading
/// dash, 200-byte parts, one character, line breaks and tabs, linked and shown by topics, then edited,
/// linked anew and dropped over several incremental and full builds. After each build: no crash, the
/// content folder byte for byte as it was, nothing outside the output folder changed, every link of
/// the site landing on a file of the site, and the site what a clean build makes. The seed is
/// printed; `FIXPATH_FUZZ_SEED=N` replays a run.
@Suite struct FileNameFuzzTests {
    /// xorshift64*, seeded: the same seed gives the same names and steps.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed | 1 }
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
    }

    static let pieces = [" ", "caf\u{E9}", "\u{65E5}\u{672C}", "\u{1F600}", "'", "\"", "#", "%", "%20", "?", "&", "<b>", "\\", "~", "\n", "\t",
                         "javascript:", ";", "(1)", "[x]", "a", "Q", "z9", "-"]

    static func name(_ rng: inout Generator) -> String {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return ["x", "q", "Z", "-", "#", "%", " ", "\u{E9}", "\n"].randomElement(using: &rng)!
        case 1: return String(String(repeating: "long name ", count: 20).utf8.prefix(200))!
        case 2: return "-" + pieces.randomElement(using: &rng)! + "dash"
        default: return (0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
    }

    /// The content as the test wrote it: topics link to files and other topics by path.
    struct Model {
        var topics: [String: [String]] = [:]
        var files: [String: String] = [:]
        /// How often each topic's text was edited.
        var edits: [String: Int] = [:]

        /// Every byte but unreserved ones percent-encoded, as an author who encodes everything writes it.
        static func encoded(_ path: String) -> String {
            let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
            return path.addingPercentEncoding(withAllowedCharacters: unreserved)!
        }

        static func relative(from topic: String, to target: String) -> String {
            var from = topic.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
            var to = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            while !from.isEmpty, to.count > 1, from[0] == to[0] { from.removeFirst(); to.removeFirst() }
            return String(repeating: "../", count: from.count) + to.joined(separator: "/")
        }

        func markdown(_ topic: String) -> String {
            var body = "---\ntitle: A topic\ndescription: Links to odd names.\n---\n# A topic\n\nEdited \(edits[topic] ?? 0) times.\n\n"
            for target in topics[topic] ?? [] {
                let link = Self.encoded(Self.relative(from: topic, to: target))
                body += target.hasSuffix(".png") ? "![An image](<\(link)>)\n\n" : "See [the file](<\(link)>).\n\n"
            }
            return body
        }

        /// Writes the files that changed and deletes those that went, as an editor would.
        func write(to content: String) throws {
            let wanted = files.merging(topics.keys.map { ($0, markdown($0)) }, uniquingKeysWith: { a, _ in a }).mapValues { Data($0.utf8) }
            let present = CLI.snapshot(content)
            for path in present.keys where wanted[path] == nil { try FileManager.default.removeItem(atPath: content + "/" + path) }
            for (path, data) in wanted where present[path] != data {
                let full = content + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: full))
            }
        }
    }

    static func path(_ rng: inout Generator, _ model: Model, suffix: String) -> String {
        while true {
            let folders = (0..<Int.random(in: 0...2, using: &rng)).map { _ in name(&rng) }
            let path = (folders + [name(&rng) + suffix]).joined(separator: "/")
            let taken = Set(model.topics.keys).union(model.files.keys)
            let clashes = taken.contains { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }
            let reserved = ["index.md", "guide.md", "search.md", "404.md"].contains(path) || path.hasSuffix(".guide.md")
            if !taken.contains(path), !clashes, !reserved { return path }
        }
    }

    @Test func oddFileNamesSurviveIncrementalAndFullBuilds() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["FIXPATH_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("file-name fuzz seed: \(seed) (replay with FIXPATH_FUZZ_SEED=\(seed))")
        var rng = Generator(seed: seed)
        let root = try CLI.folder("names", with: ["victim.txt": "precious\n", "q": "one letter\n", "zz/image.png": "beside the site\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var model = Model()
        for _ in 0..<6 { model.files[Self.path(&rng, model, suffix: [".png", ".txt"].randomElement(using: &rng)!)] = "bytes \(seed)" }
        for _ in 0..<5 {
            let topic = Self.path(&rng, model, suffix: ".md")
            model.topics[topic] = Array(model.files.keys.shuffled(using: &rng).prefix(3))
        }
        var kinds: [String] = []
        for step in 0..<8 {
            if step > 0 { Self.change(&model, &rng) }
            try model.write(to: root + "/content")
            let full = step > 0 && Int.random(in: 0..<4, using: &rng) == 0
            kinds.append(try Self.buildAndCheck(root, full: full, "seed \(seed), step \(step)\(full ? " (--full)" : "")"))
        }
        print("file-name fuzz builds: \(kinds.joined(separator: ", "))")
        #expect(kinds.contains("Updated"), "no build updated the site in place: \(kinds)")
    }

    /// One change an author might make: edit a topic, link a file anew, drop a link, delete, add or rewrite a file.
    static func change(_ model: inout Model, _ rng: inout Generator) {
        let topic = model.topics.keys.sorted().randomElement(using: &rng)!
        switch Int.random(in: 0..<7, using: &rng) {
        case 6: model.edits[topic, default: 0] += 1
        case 0: model.topics[topic, default: []].append(model.topics.keys.sorted().randomElement(using: &rng)!)
        case 1: model.topics[topic, default: []].append(model.files.keys.sorted().randomElement(using: &rng)!)
        case 2: model.topics[topic] = Array((model.topics[topic] ?? []).dropFirst())
        case 3:
            let gone = model.files.keys.sorted().randomElement(using: &rng)!
            model.files[gone] = nil
            for key in model.topics.keys { model.topics[key]?.removeAll { $0 == gone } }
        case 4:
            let added = path(&rng, model, suffix: ".png")
            model.files[added] = "new bytes"
            model.topics[topic, default: []].append(added)
        default:
            if let file = model.files.keys.sorted().randomElement(using: &rng) { model.files[file, default: ""] += " rewritten" }
        }
    }

    /// Builds and checks; returns how the build went: "Built", "Updated" or "Nothing".
    static func buildAndCheck(_ root: String, full: Bool, _ context: String) throws -> String {
        let content = CLI.snapshot(root + "/content")
        let outside = OutputHardeningTests.outside(root)
        let result = try CLI.run(["build", "--content", root + "/content", "--output", root + "/site"] + (full ? ["--full"] : []))
        #expect(result.status == 0, "\(context): \(result.stderr)")
        #expect(!result.stderr.contains("error:"), "\(context): \(result.stderr)")
        #expect(CLI.snapshot(root + "/content") == content, "\(context): the content folder changed")
        #expect(OutputHardeningTests.outside(root) == outside, "\(context): something outside the site changed")
        #expect(!FileManager.default.fileExists(atPath: root + "/.site.fixpath.commit"), "\(context): a journal was left")
        try OutputHardeningTests.expectSiteIsAClean(root, context)
        expectLinksLand(in: root + "/site", content: content, context)
        return String(result.stdout.prefix { $0 != " " })
    }

    /// Every relative `href` and `src` of every page, read back as a browser reads it, names a file of
    /// the site, unless it names a file the content does not have either (a link the author broke).
    static func expectLinksLand(in site: String, content: [String: Data], _ context: String) {
        let files = CLI.snapshot(site)
        let attribute = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        for (page, data) in files where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in attribute.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let value = String(html[Range(match.range(at: 1), in: html)!]).replacingOccurrences(of: "&quot;", with: "\"")
                    .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
                guard !value.isEmpty, !value.hasPrefix("#"), !value.hasPrefix("https:"), !value.hasPrefix("data:") else { continue }
                let path = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
                var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
                for raw in path.split(separator: "/", omittingEmptySubsequences: false) {
                    let part = String(raw).removingPercentEncoding ?? String(raw)
                    if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
                }
                let target = parts.joined(separator: "/")
                let source = target.hasSuffix(".html") ? String(target.dropLast(5)) + ".md" : target
                if files[target] == nil, content[source] != nil || content[target] != nil {
                    Issue.record("\(context): \(page) links to \(value.debugDescription), which is not in the site")
                }
            }
        }
    }
}
