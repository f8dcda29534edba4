/// Escaping for text and attribute values in HTML.
public enum HTMLEscaping {
    public static func text(_ s: String) -> String {
        escape(s, quotes: false)
    }

    public static func attribute(_ s: String) -> String {
        escape(s, quotes: true)
    }

    private static func escape(_ s: String, quotes: Bool) -> String {
        func special(_ b: UInt8) -> Bool {
            b == 0x26 || b == 0x3C || b == 0x3E || (quotes && (b == 0x22 || b == 0x27))
        }
        var s = s
        let clean = s.withUTF8 { bytes in
            for b in bytes where b <= 0x3E && special(b) { return false }
            return true
        }
        if clean { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for b in s.utf8 {
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22 where quotes: out.append(contentsOf: "&quot;".utf8)
            case 0x27 where quotes: out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A URL that cannot run script: `javascript:`, `vbscript:` and `data:` (except images) become `#`.
    /// The scheme is read as browsers read it (see `URLSyntax.scheme(of:)`), so leading spaces or
    /// control characters and tabs inside the scheme do not hide it.
    public static func safeURL(_ url: String, isImage: Bool = false) -> String {
        switch URLSyntax.scheme(of: url) {
        case "javascript", "vbscript": return "#"
        case "data":
            let rest = URLSyntax.lowercasedRest(of: url)
            return isImage && rest.hasPrefix("image/") && !rest.hasPrefix("image/svg") ? url : "#"
        default: return url
        }
    }
}
