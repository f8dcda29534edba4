import Foundation
import FixpathCore

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

    static func project(_ path: String) throws -> Project { try Project(contentDirectory: path) }
}
