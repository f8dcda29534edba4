import Foundation
import FixpathCore
import Testing

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var valid: String { folder.appendingPathComponent("valid").path }
    static var invalid: String { folder.appendingPathComponent("invalid").path }

    /// The shared corpus, when this checkout sits beside it.
    static let corpus: String? = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/corpus/officedocs-support").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// The seed topics, when this checkout sits beside them.
    static let seeds: String? = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seeds").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static func project(_ path: String) throws -> Project { try Project(contentDirectory: path) }

    /// A fresh content folder holding the given files (path relative to the folder → text); the caller removes it.
    static func content(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "fixpath-content-\(UUID().uuidString.prefix(8))"
        for (path, text) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips a test (reported as skipped) when `../shared/corpus/officedocs-support` is not beside the checkout.
    static var needsSupportCorpus: Self {
        .enabled(if: Fixtures.corpus != nil, "../shared/corpus/officedocs-support is not beside this checkout")
    }

    /// Skips a test when `../shared/seeds` is not beside the checkout.
    static var needsSeeds: Self { .enabled(if: Fixtures.seeds != nil, "../shared/seeds is not beside this checkout") }
}
