/// How browsers read a URL's scheme, and how file paths are written as URLs.
public enum URLSyntax {
    /// The scheme of `url`, lowercased, read as the URL standard reads it: leading C0 controls and
    /// spaces skipped, tabs and newlines ignored anywhere, then a letter followed by letters, digits,
    /// `+`, `-` or `.` up to a `:`. Nil for a relative URL.
    public static func scheme(of url: String) -> String? {
        var start: String.UTF8View.Index?
        var index = url.utf8.startIndex
        while index < url.utf8.endIndex {
            let byte = url.utf8[index]
            defer { index = url.utf8.index(after: index) }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            guard let first = start else {
                if byte <= 0x20 { continue }
                guard isLetter(byte) else { return nil }
                start = index
                continue
            }
            if byte == UInt8(ascii: ":") {
                let bytes = url.utf8[first..<index].filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
                return String(decoding: bytes.map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else {
                return nil
            }
        }
        return nil
    }

    /// What follows the scheme's `:`, read as `scheme(of:)` reads it (tabs and newlines removed), lowercased.
    static func lowercasedRest(of url: String) -> String {
        var rest: [UInt8] = []
        var afterColon = false
        for byte in url.utf8 where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            if afterColon {
                rest.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            } else if byte == UInt8(ascii: ":") {
                afterColon = true
            }
        }
        return String(decoding: rest, as: UTF8.self)
    }

    /// A relative file path (`/`-separated, as the file system spells it) as a relative URL: every
    /// byte that is not allowed in a path segment is percent-encoded (`#`, `?`, `%`, `\`, spaces,
    /// controls, non-ASCII…), and `./` goes in front when the first segment holds a `:`, which a
    /// browser would read as a scheme. Plain paths come back as they are.
    public static func relativeURL(path: String) -> String {
        var firstSegmentHasColon = false, needsEncoding = false, inFirstSegment = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") { inFirstSegment = false; continue }
            if byte == UInt8(ascii: ":"), inFirstSegment { firstSegmentHasColon = true }
            if !allowedInSegment(byte) { needsEncoding = true }
        }
        let prefix = firstSegmentHasColon ? "./" : ""
        guard needsEncoding else { return prefix + path }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = Array(prefix.utf8)
        out.reserveCapacity(path.utf8.count + 16)
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") || allowedInSegment(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986 `pchar` without `%`: unreserved characters, sub-delimiters, `:` and `@`.
    private static func allowedInSegment(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
            return true
        default: return false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
}
