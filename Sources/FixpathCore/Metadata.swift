import Yams

/// A front matter value kept as written, for templates and for keys fixpath does not type.
public indirect enum MetadataValue: Hashable, Sendable {
    case string(String)
    case list([MetadataValue])
    case map([(String, MetadataValue)])
    case null

    public static func == (a: MetadataValue, b: MetadataValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x), .list(let y)): return x == y
        case (.map(let x), .map(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        case (.null, .null): return true
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let s): hasher.combine(s)
        case .list(let l): hasher.combine(l)
        case .map(let m): for (k, v) in m { hasher.combine(k); hasher.combine(v) }
        case .null: hasher.combine(0)
        }
    }

    /// YAML 1.2's core schema reads these plain scalars as null.
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = scalar.style == .plain && Self.nullWords.contains(scalar.string) ? .null : .string(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(MetadataValue.init))
        case .mapping(let mapping):
            self = .map(mapping.map { (key, value) in (key.string ?? "", MetadataValue(value)) })
        case .alias:
            self = .null
        }
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A list's strings, or a single string as a list of one.
    public var strings: [String]? {
        switch self {
        case .string(let s): return [s]
        case .list(let items): return items.compactMap(\.string)
        case .null: return []
        case .map: return nil
        }
    }
}
