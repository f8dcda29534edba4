import Foundation
import FixpathCore
import FixpathSite
import Testing

enum Paths {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var fixtures: String { package.appendingPathComponent("Tests/FixpathCoreTests/Fixtures/valid").path }
    static var templates: String { package.appendingPathComponent("templates").path }
    static let corpus: String? = {
        let path = package.appendingPathComponent("../shared/corpus/officedocs-support").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// The official Mustache specification's test files, when this checkout sits beside them.
    static let mustacheSpecs: String? = {
        let path = package.appendingPathComponent("../shared/specs/mustache/specs").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Where the corpus site is built; it is removed when its suite has run.
    static let corpusSite = temporary("corpus")

    static func temporary(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "fixpath-tests-\(getpid())-\(name)-\(UUID().uuidString.prefix(8))"
        return path
    }
}

func buildSite(content: String, output: String, options: SiteOptions = SiteOptions()) throws -> Project {
    let project = try Project(contentDirectory: content)
    _ = try SiteWriter(project: project, theme: try Theme(), options: options).write(to: output)
    return project
}

func read(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// Every file under `folder`, relative, sorted, with its bytes.
func snapshot(_ folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
    for case let relative as String in walker {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
        }
    }
    return result
}

extension Trait where Self == ConditionTrait {
    /// Skips a test (reported as skipped) when `../shared/corpus/officedocs-support` is not beside the checkout.
    static var needsSupportCorpus: Self {
        .enabled(if: Paths.corpus != nil, "../shared/corpus/officedocs-support is not beside this checkout")
    }
}

/// Removes a folder once the suite or test it is attached to has run.
struct RemovesFolderAfterwards: SuiteTrait, TestTrait, TestScoping {
    let path: @Sendable () -> String

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: path()) }
        try await function()
    }
}
