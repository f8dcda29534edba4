import Foundation
import Testing
@testable import FixpathCore

/// The quick reader of plain front matter must read exactly what Yams reads, or step aside.
@Suite struct SimpleFrontMatterTests {
    static func fieldsAgree(_ yaml: String) -> Bool {
        let quick = FrontMatterReader.parse(yaml, path: "t.md")
        let full = FrontMatterReader.parseYAML(yaml, path: "t.md")
        guard let a = quick.frontMatter, let b = full.frontMatter else { return quick.frontMatter == nil && full.frontMatter == nil }
        return a.fields.map(\.key) == b.fields.map(\.key) && a.fields.map(\.value) == b.fields.map(\.value)
            && a.keyLines == b.keyLines && quick.diagnostics == full.diagnostics
    }

    @Test(arguments: [
        "title: Plain title\ndescription: Ratio 1:2, a:b and 50% off\n",
        "title: 'It''s quoted'\nms.date: 01/24/2024\n",
        "title: \"Double quoted\"\nempty:\nnull: ~\n",
        "ms.custom:\n- one\n- two\nappliesto:\n  - Exchange Online\n  - Outlook\n",
        "# a comment line\ntitle: x\n\nauthor: someone\n",
        "title: ends with space   \nms.date: 1/5/2023\n",
    ])
    func plainShapesAreReadAsYAMLReadsThem(_ yaml: String) throws {
        #expect(SimpleFrontMatter.read(yaml) != nil, "expected the quick reader to take this")
        #expect(Self.fieldsAgree(yaml))
    }

    @Test(arguments: [
        "title: a # comment\n",
        "title: a: b\n",
        "title: >\n  folded\n",
        "list: [a, b]\n",
        "title: one\ntitle: two\n",
        "title: \"escaped \\\" quote\"\n",
        "title: 'open\n  continued'\n",
        "fixpath:\n  codes: 5.7.124\n",
        "items:\n  - a\n    - b\n",
        "title: first line\n  second line\n",
        "key with space: x\n",
        "anchor: &a x\n",
    ])
    func otherShapesGoToYams(_ yaml: String) throws {
        #expect(SimpleFrontMatter.read(yaml) == nil)
        #expect(Self.fieldsAgree(yaml))
    }

    @Test(.needsSupportCorpus) func everyCorpusTopicReadsTheSameEitherWay() throws {
        let corpus = try #require(Fixtures.corpus)
        let root = try ContentRoot(corpus)
        var quick = 0
        for path in root.topicPaths {
            let text = String(decoding: root.read(path) ?? Data(), as: UTF8.self)
            guard text.hasPrefix("---\n"), let end = text.range(of: "\n---") else { continue }
            let yaml = String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]) + "\n"
            if SimpleFrontMatter.read(yaml) != nil { quick += 1 }
            #expect(Self.fieldsAgree(yaml), "\(path)")
        }
        print("simple front matter: \(quick) of \(root.topicPaths.count) corpus topics")
        #expect(quick > 0)
    }
}
