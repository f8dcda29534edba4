import Foundation
import Testing

@Suite struct ConfigTests {
    static func project(_ files: [String: String]) throws -> String {
        try CLI.folder("config", with: files)
    }

    @Test func fixpathYmlSetsTitleFoldersAndSitemap() throws {
        let folder = try Self.project([
            "fixpath.yml": "title: Contoso Mail Help\nbase_url: https://help.contoso.example/mail/\ncontent: docs\noutput: public\n",
            "docs/a.md": "---\ntitle: Topic A\ndescription: A.\nms.date: 03/04/2025\n---\n\n# Topic A\n\nText.\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let index = try String(contentsOfFile: folder + "/public/index.html", encoding: .utf8)
        #expect(index.contains("<title>Contoso Mail Help</title>"))
        let sitemap = try String(contentsOfFile: folder + "/public/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<loc>https://help.contoso.example/mail/a.html</loc><lastmod>2025-03-04</lastmod>"))
        let override = try CLI.run(["build", "--title", "Other", "--output", "out2"], in: folder)
        #expect(override.status == 0)
        #expect(try String(contentsOfFile: folder + "/out2/index.html", encoding: .utf8).contains("<title>Other</title>"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out2/sitemap.xml"))
    }

    @Test func unknownConfigKeyIsReported() throws {
        let folder = try Self.project(["fixpath.yml": "titel: Typo\n", "content/a.md": "---\ntitle: A\ndescription: A.\n---\n# A\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["build"], in: folder)
        #expect(result.stderr.contains("fixpath.yml:1:1: warning: unknown key 'titel' in fixpath.yml"))
    }

    @Test func docfxJsonNarrowsTopicsAndAddsMetadata() throws {
        let docfx = """
        {"build": {"content": [{"files": ["**/*.md"], "src": "Online", "exclude": ["**/includes/**", "README.md"]}],
         "resource": [{"files": ["**/*.png"], "exclude": ["**/obj/**"]}],
         "globalMetadata": {"titleSuffix": "Mail"}, "fileMetadata": {"feedback_system": {"Online/**/*.md": "Standard", "**/*.md": "None"}}}}
        """
        let folder = try Self.project([
            "content/docfx.json": docfx,
            "content/Online/a.md": "---\ntitle: A\ndescription: A.\n---\n# A\n",
            "content/Other/b.md": "---\ntitle: B\ndescription: B.\n---\n# B\n",
            "content/Online/media/unlinked.png": "png",
            "content/Online/obj/skipped.png": "png",
            "templates/topic.mustache": "{{heading}}|{{meta.feedback_system}}|{{meta.titleSuffix}}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/site/Online/a.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/Other/b.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/site/Online/media/unlinked.png"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/Online/obj/skipped.png"))
        let page = try String(contentsOfFile: folder + "/site/Online/a.html", encoding: .utf8)
        #expect(page == "A|None|Mail\n", "\(page)")
    }
}
