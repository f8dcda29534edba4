import Foundation
import Testing

/// The theme compiled into the binary must equal `templates/`. `FIXPATH_RECORD=1` regenerates it.
@Suite struct BuiltinThemeTests {
    static let generated = Paths.package.appendingPathComponent("Sources/FixpathSite/BuiltinTheme.swift").path

    static func source() throws -> String {
        let root = Paths.templates
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            .sorted()
        var out = "// Generated from templates/ by `FIXPATH_RECORD=1 swift test --filter BuiltinTheme`. Do not edit.\n\n"
        out += "/// The theme compiled into the binary, so it works from any folder.\nenum BuiltinTheme {\n    static let files: [String: String] = [\n"
        for path in files {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            out += "        \"\(path)\": ###\"\"\"\n\(text)\n\"\"\"###,\n"
        }
        return out + "    ]\n}\n"
    }

    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        let expected = try Self.source()
        if ProcessInfo.processInfo.environment["FIXPATH_RECORD"] != nil {
            try expected.write(toFile: Self.generated, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOfFile: Self.generated, encoding: .utf8)
        #expect(actual == expected, "templates/ changed: run FIXPATH_RECORD=1 swift test --filter BuiltinTheme")
    }
}
