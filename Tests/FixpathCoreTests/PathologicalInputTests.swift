import Foundation
import Testing
import FixpathCore

/// Shapes that older cmark-gfm parses in quadratic time: each must end in a page or a diagnostic, never a hang or crash.
/// Their timings are measured by `scripts/bench-pathological`, not here.
@Suite struct PathologicalInputTests {
    static let shapes: [(String, @Sendable (Int) -> String)] = [
        ("deep-quotes", { String(repeating: ">", count: $0) }),
        ("deep-lists", { n in (0..<min(n / 64, 2000)).map { String(repeating: "  ", count: $0) + "- a\n" }.joined() }),
        ("brackets", { String(repeating: "[", count: $0) }),
        ("emphasis-runs", { String(repeating: "*a_", count: $0 / 3) }),
        ("nested-emphasis", { String(repeating: "*a ", count: $0 / 6) + "x" + String(repeating: " a*", count: $0 / 6) }),
        ("wide-table", { "|" + String(repeating: "a|", count: $0 / 4) + "\n|" + String(repeating: "-|", count: $0 / 4) + "\n" }),
        ("long-table", { "|a|b|\n|-|-|\n" + String(repeating: "|x|y|\n", count: $0 / 6) }),
        ("less-than", { String(repeating: "<", count: $0) }),
        ("backticks", { (1..<300).map { String(repeating: "`", count: $0) + "a" }.joined() + String(repeating: "`", count: max(0, $0 - 45000)) }),
        ("reference-chain", { n in (0..<(n / 24)).map { "[a\($0)]: /u\n" }.joined() + String(repeating: "[a1]", count: n / 8) }),
        ("long-line", { String(repeating: "word ", count: $0 / 5) }),
    ]

    static func root(with text: String) throws -> (ContentRoot, String) {
        let folder = NSTemporaryDirectory() + "fixpath-patho-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/topic.md", atomically: true, encoding: .utf8)
        return (try ContentRoot(folder), folder)
    }

    @Test(arguments: shapes.map(\.0), [100 * 1024, 1024 * 1024])
    func shapeEndsInAPageOrADiagnostic(name: String, size: Int) throws {
        let make = try #require(Self.shapes.first { $0.0 == name }?.1)
        let (root, folder) = try Self.root(with: make(size))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: root).load("topic.md")
        _ = TreeBuilder.build(topic)
        var renderer = HTMLRenderer()
        let html = renderer.render(topic.body)
        #expect(!html.isEmpty || topic.diagnostics.contains { $0.severity == .error })
        if size > InputGuard.maxBytes {
            #expect(topic.diagnostics.contains { $0.code == "FP006" })
        }
        if name == "wide-table" {
            #expect(topic.diagnostics.contains { $0.code == "FP007" || $0.code == "FP006" })
        }
    }

    @Test func deepNestingIsFlattenedWithAWarning() throws {
        let (root, folder) = try Self.root(with: String(repeating: ">", count: 400_000) + " deep text")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let topic = TopicLoader(root: root).load("topic.md")
        #expect(topic.diagnostics.contains { $0.code == "FP008" })
        #expect(PlainText.of(topic.blocks).contains("deep text"))
    }
}
