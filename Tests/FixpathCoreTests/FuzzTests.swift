import Foundation
import Testing
import FixpathCore

/// Mutates real topics and checks that each still becomes a topic with content or a diagnostic.
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

    @Test func mutatedTopicsAlwaysGetContentOrADiagnostic() throws {
        guard let corpus = Fixtures.corpus else {
            print("skipped: ../shared/corpus/officedocs-support is not beside this checkout")
            return
        }
        let seed = UInt64(ProcessInfo.processInfo.environment["FIXPATH_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("fuzz seed: \(seed) (replay with FIXPATH_FUZZ_SEED=\(seed))")
        var rng = Generator(state: seed)
        let sources = TopicLoader(root: try CorpusRoot.shared(corpus)).topicPaths
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
        let project = try Project(contentDirectory: folder)
        #expect(project.topics.count == written.count)
        for topic in project.topics {
            let hasContent = !topic.blocks.isEmpty
            #expect(hasContent || !topic.diagnostics.isEmpty,
                    "\(topic.path) from \(written[topic.path] ?? "?") has neither content nor a diagnostic")
        }
        for (name, origin) in written where name.contains("invalid-utf8") || name.contains("nul") || name.contains("long-line") {
            let topic = try #require(project.topics.first { $0.path == name })
            #expect(!topic.diagnostics.isEmpty, "\(name) from \(origin) got no diagnostic")
        }
    }
}
