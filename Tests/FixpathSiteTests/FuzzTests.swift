import Foundation
import Testing
import FixpathCore

/// Mutates real topics, builds a site from them, and checks what must hold whatever the bytes: each topic
/// has content or a diagnostic with a line, and each page is UTF-8 with balanced tags and no Learn syntax as text.
/// The seed is printed; set FIXPATH_FUZZ_SEED to replay a run.
@Suite struct FuzzTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let mutations = ["flip", "truncate", "invalid-utf8", "nul", "long-line", "unclosed-fence"]

    static func mutate(_ bytes: [UInt8], _ kind: String, _ rng: inout Generator) -> [UInt8] {
        var b = bytes
        switch kind {
        case "flip":
            for _ in 0..<max(1, b.count / 200) where !b.isEmpty { b[Int.random(in: 0..<b.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng) }
        case "truncate":
            b = Array(b.prefix(Int.random(in: 0...max(0, b.count), using: &rng)))
        case "invalid-utf8":
            b.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xE2, 0x82], at: Int.random(in: 0...b.count, using: &rng))
        case "nul":
            b.insert(contentsOf: [0, 0, 0], at: Int.random(in: 0...b.count, using: &rng))
        case "long-line":
            b.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20), at: Int.random(in: 0...b.count, using: &rng))
        default:
            var text = String(decoding: b, as: UTF8.self)
            if text.hasPrefix("---\n"), let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
                text.replaceSubrange(close, with: "\n\n")
            } else {
                text = "---\ntitle: open\n" + text
            }
            b = Array(text.utf8)
        }
        return b
    }

    @Test(.needsSupportCorpus) func mutatedTopicsBuildIntoSoundPages() throws {
        let corpus = try #require(Paths.corpus)
        let seed = UInt64(ProcessInfo.processInfo.environment["FIXPATH_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("fuzz seed: \(seed) (replay with FIXPATH_FUZZ_SEED=\(seed))")
        var rng = Generator(state: seed)
        let sources = TopicLoader(root: try ContentRoot(corpus)).topicPaths
        let folder = NSTemporaryDirectory() + "fixpath-fuzz-\(seed)"
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written: [String: String] = [:]
        for i in 0..<48 {
            let source = sources[Int.random(in: 0..<sources.count, using: &rng)]
            let kind = Self.mutations[i % Self.mutations.count]
            let bytes = [UInt8](FileManager.default.contents(atPath: corpus + "/" + source) ?? Data())
            let name = "t\(i)-\(kind).md"
            try Data(Self.mutate(bytes, kind, &rng)).write(to: URL(fileURLWithPath: folder + "/" + name))
            written[name] = "\(source) (\(kind))"
        }
        let site = folder + ".site"
        defer { try? FileManager.default.removeItem(atPath: site) }
        let project = try buildSite(content: folder, output: site)
        #expect(project.topics.count == written.count)
        for diagnostic in project.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(diagnostic.formatted) has no line")
        }
        for topic in project.topics {
            let origin = "\(topic.path) from \(written[topic.path] ?? "?")"
            let reported = project.diagnostics.contains { $0.path == topic.path }
            #expect(!topic.blocks.isEmpty || reported, "\(origin) has neither content nor a diagnostic")
            let bytes = try #require(FileManager.default.contents(atPath: site + "/" + topic.outputPath), "\(origin) has no page")
            let page = try #require(String(data: bytes, encoding: .utf8), "\(origin): the page is not UTF-8")
            #expect(PageChecks.unbalancedTag(in: page) == nil, "\(origin): \(PageChecks.unbalancedTag(in: page) ?? "")")
            let leftovers = PageChecks.learnSyntaxLeftAsText(in: page)
            #expect(leftovers.isEmpty || reported, "\(origin): \(leftovers) left as text with no diagnostic")
        }
        for (name, origin) in written where name.contains("invalid-utf8") || name.contains("nul") || name.contains("long-line") {
            let topic = try #require(project.topics.first { $0.path == name })
            #expect(!topic.diagnostics.isEmpty, "\(name) from \(origin) got no diagnostic")
        }
    }
}
