import Foundation
@testable import FixpathSite
import Testing

/// The official Mustache specification's tests, run through the theme's engine when `../shared/specs` is beside the checkout.
///
/// The required modules must pass. The optional ones (files starting with `~`: lambdas, inheritance and
/// dynamic names) are not supported, and a template that uses inheritance is refused when it is loaded.
@Suite(.enabled(if: Paths.mustacheSpecs != nil, "../shared/specs/mustache/specs is not beside this checkout"))
struct MustacheSpecTests {
    static let folder = Paths.mustacheSpecs

    static let requiredModules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// One test of the specification: a template, its data and partials, and what it must render.
    struct SpecCase: Decodable, Sendable, CustomTestStringConvertible {
        var module = ""
        var name: String
        var data: JSONValue
        var template: String
        var partials: [String: String]?
        var expected: String
        var testDescription: String { "\(module): \(name)" }

        enum CodingKeys: String, CodingKey { case name, data, template, partials, expected }
    }

    /// A JSON value as the specification writes data: numbers are shown as JSON shows them, and null is falsey and empty.
    enum JSONValue: Decodable, Sendable {
        case null, bool(Bool), number(String), string(String), array([JSONValue]), object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer()
            if value.decodeNil() { self = .null }
            else if let b = try? value.decode(Bool.self) { self = .bool(b) }
            else if let i = try? value.decode(Int.self) { self = .number(String(i)) }
            else if let d = try? value.decode(Double.self) { self = .number(String(d)) }
            else if let s = try? value.decode(String.self) { self = .string(s) }
            else if let a = try? value.decode([JSONValue].self) { self = .array(a) }
            else { self = .object(try value.decode([String: JSONValue].self)) }
        }

        var template: TemplateValue {
            switch self {
            case .null: return []
            case .bool(let b): return .flag(b)
            case .number(let n), .string(let n): return .text(n)
            case .array(let items): return .list(items.map(\.template))
            case .object(let fields): return .object(fields.mapValues(\.template))
            }
        }
    }

    struct SpecFile: Decodable { var tests: [SpecCase] }

    static let cases: [SpecCase] = {
        guard let folder else { return [] }
        return requiredModules.flatMap { module -> [SpecCase] in
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(module).json"),
                  let file = try? JSONDecoder().decode(SpecFile.self, from: data) else { return [] }
            return file.tests.map { var c = $0; c.module = module; return c }
        }
    }()

    @Test func everyRequiredModuleIsRead() {
        #expect(Set(Self.cases.map(\.module)) == Set(Self.requiredModules))
        #expect(Self.cases.count > 100)
    }

    @Test(arguments: cases) func requiredModulePasses(_ spec: SpecCase) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixpath-mustache-spec-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "spec-template"
        try spec.template.write(toFile: "\(folder)/\(name).mustache", atomically: true, encoding: .utf8)
        for (partial, text) in spec.partials ?? [:] {
            try text.write(toFile: "\(folder)/\(partial).mustache", atomically: true, encoding: .utf8)
        }
        let theme = try Theme(overrides: folder)
        #expect(theme.renderer.render(name, root: spec.data.template) == spec.expected)
    }
}
