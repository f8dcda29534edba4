internal import CYaml
import Yams

/// Composes YAML with Yams after a first pass over libyaml's events (the same libyaml that Yams
/// bundles) has bounded what anchors and aliases expand to.
///
/// Yams shares an aliased value rather than copying it, but anything that walks the result, or
/// hashes a mapping key, pays for every copy: 400 bytes of nested aliases made gigabytes. The first
/// pass counts each alias at the size of what it names, so it stops at the first alias past a
/// limit, in time linear in the text.
public enum SafeYAML {
    /// The most aliases a YAML text may use.
    public static let maxAliases = 1_000
    /// The most values (scalars, lists and mappings) that its aliases may add, all told.
    public static let maxAliasedValues = 100_000

    /// YAML whose aliases go past a limit, with where the alias that went past it is (1-based).
    public struct Excess: Error, Sendable {
        public var message: String
        public var line: Int
        public var column: Int

        /// The error for the file at `path`, whose YAML (called `what`) starts `lineOffset` lines into it.
        func diagnostic(path: String, naming what: String, lineOffset: Int = 0) -> Diagnostic {
            Diagnostic(path: path, location: SourceLocation(line: line + lineOffset, column: column), severity: .error,
                       code: DiagnosticCode.yamlAliasLimit, message: what + " " + message,
                       hint: "write the values out instead of nesting aliases")
        }
    }

    /// The text's single document; throws ``Excess`` before composing when its aliases go past a
    /// limit, or Yams's own errors when it does not parse.
    public static func compose(_ yaml: String, _ resolver: Resolver = .default) throws -> Node? {
        if let excess = aliasExcess(in: yaml) { throw excess }
        return try Yams.compose(yaml: yaml, resolver, .default, .utf8)
    }

    /// The first alias past a limit, or nil; nil too when the text does not parse (Yams reports that).
    public static func aliasExcess(in yaml: String) -> Excess? {
        // Without a `*` there is no alias, and nothing to expand.
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var text = yaml
        return text.withUTF8 { bytes -> Excess? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var sizes = ExpansionCount()
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_SCALAR_EVENT: sizes.finish(1, anchor: name(event.data.scalar.anchor))
                case YAML_SEQUENCE_START_EVENT: sizes.open(anchor: name(event.data.sequence_start.anchor))
                case YAML_MAPPING_START_EVENT: sizes.open(anchor: name(event.data.mapping_start.anchor))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: sizes.close()
                case YAML_ALIAS_EVENT:
                    if let over = sizes.alias(name(event.data.alias.anchor)) {
                        return Excess(message: over, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                    }
                default: continue
                }
            }
            return nil
        }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}

/// How many values each anchored node stands for, and how many the aliases have added so far.
private struct ExpansionCount {
    /// The values of each open list or mapping so far, and its anchor.
    private var open: [(count: Int, anchor: String?)] = []
    private var anchored: [String: Int] = [:]
    private var aliases = 0
    private var added = 0

    mutating func open(anchor: String?) {
        open.append((1, anchor))
    }

    mutating func close() {
        guard let done = open.popLast() else { return }
        finish(done.count, anchor: done.anchor)
    }

    mutating func alias(_ name: String?) -> String? {
        aliases += 1
        if aliases > SafeYAML.maxAliases {
            return "uses more than \(SafeYAML.maxAliases) aliases; fixpath reads at most \(SafeYAML.maxAliases)"
        }
        let size = name.flatMap { anchored[$0] } ?? 1
        added += size
        if added > SafeYAML.maxAliasedValues {
            return "has aliases that expand to more than \(SafeYAML.maxAliasedValues) values; fixpath reads at most \(SafeYAML.maxAliasedValues)"
        }
        finish(size, anchor: nil)
        return nil
    }

    /// Adds a finished value of `count` values to the list or mapping around it.
    mutating func finish(_ count: Int, anchor: String?) {
        if let anchor { anchored[anchor] = count }
        if !open.isEmpty { open[open.count - 1].count += count }
    }
}
