/// Escaping for text and attribute values in HTML.
public enum HTMLEscaping {
    public static func text(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    public static func attribute(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A URL that cannot run script: `javascript:`, `vbscript:` and `data:` (except images) become `#`.
    public static func safeURL(_ url: String, isImage: Bool = false) -> String {
        if let first = url.utf8.first, first == UInt8(ascii: "/") || first == UInt8(ascii: "#") || first == UInt8(ascii: ".") { return url }
        if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("media/") { return url }
        let scheme = url.prefix(16).unicodeScalars
            .filter { !$0.properties.isWhitespace && $0.value >= 0x20 }
            .map { Character($0) }
        let lower = String(scheme).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") { return "#" }
        if lower.hasPrefix("data:") {
            return isImage && lower.hasPrefix("data:image/") && !lower.hasPrefix("data:image/svg") ? url : "#"
        }
        return url
    }
}
