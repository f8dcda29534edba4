import Foundation
import Testing
import FixpathCore
import FixpathSite

/// Builds the whole shared corpus, when it is beside the checkout, and removes the site afterwards.
@Suite(.serialized, .needsSupportCorpus, RemovesFolderAfterwards { Paths.corpusSite }) struct CorpusTests {
    static let output = Paths.corpusSite
    static let build: Result<Project, any Error>? = Paths.corpus.map { corpus in
        Result { try buildSite(content: corpus, output: output) }
    }

    @Test func everyTopicIsRenderedWithoutErrors() throws {
        let build = try #require(Self.build)
        let project = try build.get()
        #expect(project.topics.count > 2400)
        #expect(project.errorCount == 0, "\(project.diagnostics.filter { $0.severity == .error }.prefix(5).map(\.formatted))")
        for topic in project.topics {
            #expect(FileManager.default.fileExists(atPath: Self.output + "/" + topic.outputPath), "\(topic.path) has no page")
        }
    }

    @Test func noLearnSyntaxIsLeftAsText() throws {
        let build = try #require(Self.build)
        let project = try build.get()
        var leftovers: [String] = []
        for topic in project.topics {
            let page = read(Self.output + "/" + topic.outputPath)
            let body = page.components(separatedBy: "<code>").enumerated().map { i, part in
                i == 0 ? part : (part.components(separatedBy: "</code>").dropFirst().joined())
            }.joined()
            for marker in [":::image", "[!NOTE]", "[!INCLUDE", "[!div", "[!note]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]"]
            where body.contains(marker) {
                leftovers.append("\(topic.path): \(marker)")
            }
        }
        #expect(leftovers == [])
    }

    @Test func inPageAnchorsOfNDRTopicsResolve() throws {
        let build = try #require(Self.build)
        let project = try build.get()
        let ndr = project.topics.filter { $0.path.hasPrefix("Exchange/ExchangeOnline/email-delivery/ndr/") }
        #expect(ndr.count >= 20)
        var checked = 0
        for topic in ndr {
            let page = read(Self.output + "/" + topic.outputPath)
            let ids = Set(matches(of: #" id="([^"]+)""#, in: page))
            for anchor in matches(of: ##"href="#([^"]+)""##, in: page) where anchor != "main" {
                checked += 1
                #expect(ids.contains(anchor), "\(topic.path): #\(anchor) lands nowhere")
            }
        }
        #expect(checked > 20)
    }

    @Test func seedTopicShowsTableAlertsAndImages() throws {
        let build = try #require(Self.build)
        _ = try build.get()
        let page = read(Self.output + "/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-7-124-in-exchange-online.html")
        #expect(page.contains("<table>"))
        #expect(page.contains(##"<a href="#im-the-group-owner-or-email-admin-how-do-i-fix-this-issue">"##))
        #expect(page.contains(#"<div class="alert alert-note" role="note">"#))
        let source = read(Paths.corpus! + "/Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-7-124-in-exchange-online.md")
        let altTexts = matches(of: #"type="content"[^\n]*alt-text="([^"]+)""#, in: source)
        #expect(altTexts.count >= 5)
        for alt in altTexts { #expect(page.contains("alt=\"\(alt)\""), "no <img> with alt \(alt)") }
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
