/// Reads the front matter most topics have, `key: value` lines and `- item` lists, without a YAML
/// library. Anything outside that plain shape (block scalars, flow collections, anchors, escapes,
/// comments after values, nested maps, repeated keys, the `fixpath:` block) returns nil, and the
/// caller reads the text with Yams, which also reports the errors.
enum SimpleFrontMatter {
    struct Field {
        var key: String
        var value: MetadataValue
        /// The line of the key, counted from the first line of the YAML.
        var line: Int
    }

    static func read(_ yaml: String) -> [Field]? {
        var yaml = yaml
        return yaml.withUTF8 { all in
            var fields: [Field] = []
            var keys = Set<String>()
            var listKey: Int?
            var listIndent: Int?
            // The open list's items, stored into its field when the list ends: appending to the
            // field's own array would copy it once per item.
            var items: [MetadataValue] = []
            func closeList() {
                if let open = listKey, !items.isEmpty { fields[open].value = .list(items) }
                items = []
            }
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= all.count {
                let lineEnd = all[lineStart...].firstIndex(of: 0x0A) ?? all.count
                defer { lineStart = lineEnd + 1 }
                lineNumber += 1
                let bytes = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                if bytes.allSatisfy({ $0 == 0x20 }) { continue }
                if bytes[0] == UInt8(ascii: "#") { continue }
                if bytes[0] == 0x20 || bytes[0] == UInt8(ascii: "-") {
                    var i = 0
                    while bytes[i] == 0x20 { i += 1 }
                    guard listKey != nil, listIndent == nil || listIndent == i, bytes[i] == UInt8(ascii: "-"),
                          i + 1 < bytes.count, bytes[i + 1] == 0x20, let item = scalar(bytes[(i + 2)...]) else { return nil }
                    listIndent = i
                    items.append(item)
                    continue
                }
                guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
                let keyBytes = bytes[..<colon]
                guard keyBytes.allSatisfy(isKeyByte) else { return nil }
                let key = String(decoding: keyBytes, as: UTF8.self)
                guard key != "fixpath", keys.insert(key).inserted else { return nil }
                closeList()
                let rest = bytes[(colon + 1)...]
                if rest.allSatisfy({ $0 == 0x20 }) {
                    fields.append(Field(key: key, value: .null, line: lineNumber))
                    listKey = fields.count - 1
                    listIndent = nil
                    continue
                }
                guard rest.first == 0x20, let value = scalar(rest.dropFirst()) else { return nil }
                fields.append(Field(key: key, value: value, line: lineNumber))
                listKey = nil
            }
            closeList()
            return fields
        }
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// A value on one line: plain, or quoted without escapes. Nil for anything YAML would read differently.
    private static func scalar(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> MetadataValue? {
        var value = raw
        while value.first == 0x20 { value = value.dropFirst() }
        while value.last == 0x20 { value = value.dropLast() }
        guard let first = value.first, !value.contains(0x09), !value.contains(0x0D) else { return nil }
        if first == UInt8(ascii: "'") {
            guard value.count >= 2, value.last == UInt8(ascii: "'") else { return nil }
            let inner = Array(value.dropFirst().dropLast())
            var out: [UInt8] = []
            var i = 0
            while i < inner.count {
                if inner[i] == UInt8(ascii: "'") {
                    guard i + 1 < inner.count, inner[i + 1] == UInt8(ascii: "'") else { return nil }
                    i += 1
                }
                out.append(inner[i])
                i += 1
            }
            return .string(String(decoding: out, as: UTF8.self))
        }
        if first == UInt8(ascii: "\"") {
            guard value.count >= 2, value.last == UInt8(ascii: "\"") else { return nil }
            let inner = value.dropFirst().dropLast()
            guard !inner.contains(UInt8(ascii: "\"")), !inner.contains(UInt8(ascii: "\\")) else { return nil }
            return .string(String(decoding: inner, as: UTF8.self))
        }
        guard !"[]{}>|*&!%@`#,?-:'\"".utf8.contains(first), value.last != UInt8(ascii: ":") else { return nil }
        let bytes = UnsafeBufferPointer(rebasing: value)
        for i in bytes.indices.dropLast() {
            if bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == 0x20 { return nil }
            if bytes[i] == 0x20, bytes[i + 1] == UInt8(ascii: "#") { return nil }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return MetadataValue.nullWords.contains(text) ? .null : .string(text)
    }
}
