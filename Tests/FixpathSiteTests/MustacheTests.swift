import Foundation
import FixpathSite
import Testing

/// The theme's Mustache engine, through `Theme`: templates in an override folder, rendered by name.
@Suite struct MustacheTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var templates: [String: String]
        var expected: String
        var testDescription: String { name }
    }

    static let context: [String: TemplateValue] = [
        "name": "Ann & <Bob>",
        "quote": "\"it's\"",
        "yes": true,
        "no": false,
        "empty": "",
        "none": [],
        "people": [["name": "Cy"], ["name": "Di"]],
        "words": ["a", "b"],
        "person": ["name": "Ed", "address": ["city": "Oslo"]],
        "tree": ["label": "root", "children": [["label": "leaf", "children": []]]],
    ]

    static let cases: [Case] = [
        Case(name: "escaped", templates: ["t": "{{name}}"], expected: "Ann &amp; &lt;Bob&gt;"),
        Case(name: "triple", templates: ["t": "{{{name}}}"], expected: "Ann & <Bob>"),
        Case(name: "ampersand", templates: ["t": "{{& name}}"], expected: "Ann & <Bob>"),
        Case(name: "quotes are escaped", templates: ["t": "{{quote}}"], expected: "&quot;it&#39;s&quot;"),
        Case(name: "missing is empty", templates: ["t": "[{{missing}}]"], expected: "[]"),
        Case(name: "dotted", templates: ["t": "{{person.address.city}}"], expected: "Oslo"),
        Case(name: "dotted miss does not climb", templates: ["t": "{{#person}}{{address.name}}{{/person}}"], expected: ""),
        Case(name: "list", templates: ["t": "{{#people}}<{{name}}>{{/people}}"], expected: "<Cy><Di>"),
        Case(name: "implicit iterator", templates: ["t": "{{#words}}({{.}}){{/words}}"], expected: "(a)(b)"),
        Case(name: "true flag", templates: ["t": "{{#yes}}on{{/yes}}{{#no}}off{{/no}}"], expected: "on"),
        Case(name: "empty list is false", templates: ["t": "{{#none}}x{{/none}}{{^none}}nothing{{/none}}"], expected: "nothing"),
        Case(name: "empty text is true", templates: ["t": "{{#empty}}shown{{/empty}}"], expected: "shown"),
        Case(name: "inverted missing", templates: ["t": "{{^missing}}default{{/missing}}"], expected: "default"),
        Case(name: "object section", templates: ["t": "{{#person}}{{name}} in {{address.city}}, {{yes}}{{/person}}"], expected: "Ed in Oslo, true"),
        Case(name: "outer names from inside", templates: ["t": "{{#people}}{{name}}/{{person.name}} {{/people}}"], expected: "Cy/Ed Di/Ed "),
        Case(name: "comment", templates: ["t": "a{{! not shown }}b"], expected: "ab"),
        Case(name: "standalone lines vanish", templates: ["t": "<ul>\n  {{#words}}\n  <li>{{.}}</li>\n  {{/words}}\n</ul>\n"],
             expected: "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n"),
        Case(name: "standalone comment with CRLF", templates: ["t": "a\r\n {{! c }} \r\nb"], expected: "a\r\nb"),
        Case(name: "inline tags keep their line", templates: ["t": " {{#yes}}x{{/yes}} \n"], expected: " x \n"),
        Case(name: "partial", templates: ["t": "[{{> p}}]", "p": "{{name}}"], expected: "[Ann &amp; &lt;Bob&gt;]"),
        Case(name: "standalone partial is indented", templates: ["t": "<div>\n  {{> p}}\n</div>\n", "p": "<p>\n{{{name}}}\n</p>\n"],
             expected: "<div>\n  <p>\n  Ann & <Bob>\n  </p>\n</div>\n"),
        Case(name: "recursive partial", templates: ["t": "{{#tree}}{{> node}}{{/tree}}", "node": "({{label}}{{#children}}{{> node}}{{/children}})"],
             expected: "(root(leaf))"),
        Case(name: "missing partial is empty", templates: ["t": "a{{> nowhere}}b"], expected: "ab"),
        Case(name: "set delimiters", templates: ["t": "{{=<% %>=}}<% name %> {{name}} <%={{ }}=%>{{yes}}"], expected: "Ann &amp; &lt;Bob&gt; {{name}} true"),
    ]

    static func theme(_ templates: [String: String]) throws -> (Theme, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixpath-mustache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in templates { try text.write(toFile: folder + "/" + name + ".mustache", atomically: true, encoding: .utf8) }
        return (try Theme(overrides: folder), folder)
    }

    @Test(arguments: cases) func renders(_ example: Case) throws {
        let (theme, folder) = try Self.theme(example.templates)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(theme.render("t", Self.context) == example.expected)
    }

    @Test(arguments: [
        ("{{#open}}never closed", "1:1", "section 'open' is never closed"),
        ("line\n  {{/stray}}", "2:3", "closes a section that is not open"),
        ("{{#a}}\n{{/b}}", "2:1", "the open one is 'a'"),
        ("ok {{name", "1:4", "tag is never closed"),
        ("{{% PRAGMA }}", "1:1", "not supported"),
        ("{{a..b}}", "1:1", "is not a name"),
    ])
    func reportsWhereATemplateIsWrong(_ source: String, _ at: String, _ message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixpath-mustache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try source.write(toFile: folder + "/bad.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: Theme.LoadError.self) { try Theme(overrides: folder) }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.hasPrefix(folder + "/bad.mustache:" + at + ": error: template does not parse: "), "\(text)")
        #expect(text.contains(message), "\(text)")
    }
}
