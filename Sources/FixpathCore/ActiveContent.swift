import Foundation

/// Files a browser runs script in when the site serves them: HTML and XML documents, and SVG images
/// with script in them. The site copies files as they are, so such a file would run a contributor's
/// script on the site's origin, which the Markdown they write never can.
public enum ActiveContent {
    /// Document types whose script runs when they are opened; SVGZ is compressed, so it cannot be looked into.
    static let documentExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "xml", "xsl", "xslt", "svgz"]
    /// An SVG larger than this is not read through, and is reported as if it had script.
    static let maxScannedBytes = 4 * 1024 * 1024
    /// What makes an SVG able to run script, looked for after character references are decoded, case
    /// folded, and (for URL schemes, which browsers read that way) whitespace dropped.
    static let tags = ["<script", "<foreignobject", "<iframe", "<embed", "<object", "<handler", "<!entity", "<?xml-stylesheet"]
    static let schemes = ["javascript:", "vbscript:", "attributename=\"on", "attributename='on"]

    /// Why the file could run script when the site serves it, or nil for a file that cannot.
    public static func reason(_ path: String, root: ContentRoot) -> String? {
        let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")).map { path.utf8.index(after: $0) }
        let ext = dot.map { path[$0...].lowercased() } ?? ""
        if documentExtensions.contains(ext) { return "is \(ext == "svgz" ? "a compressed SVG" : "an \(ext.uppercased()) document")" }
        guard ext == "svg", let data = root.read(path) else { return nil }
        if data.count > maxScannedBytes { return "is an SVG image too large to check for script" }
        return marker(in: data).map { "is an SVG image with script in it (\($0))" }
    }

    /// The first sign of script in SVG bytes.
    static func marker(in data: Data) -> String? {
        let text = folded(data)
        if let tag = tags.first(where: { contains($0, in: text) }) { return tag }
        if let handler = eventAttribute(in: text) { return handler }
        let compact = text.filter { $0 != 0x20 }
        return schemes.first { contains($0, in: compact) }
    }

    /// A plain search: the needles are a few bytes long, so this stays linear in the file.
    private static func contains(_ needle: String, in bytes: [UInt8]) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == first {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Lowercased bytes with `&#…;` references decoded and every kind of whitespace a space.
    private static func folded(_ data: Data) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var i = data.startIndex
        while i < data.endIndex {
            var byte = data[i]
            i += 1
            if byte == UInt8(ascii: "&"), i < data.endIndex, data[i] == UInt8(ascii: "#") {
                var j = i + 1, value = 0, digits = 0
                let hex = j < data.endIndex && (data[j] | 0x20) == UInt8(ascii: "x")
                if hex { j += 1 }
                while j < data.endIndex, digits < 8, let digit = Self.digit(data[j], hex: hex) {
                    value = value * (hex ? 16 : 10) + digit
                    digits += 1
                    j += 1
                }
                if digits > 0 {
                    if j < data.endIndex, data[j] == UInt8(ascii: ";") { j += 1 }
                    i = j
                    byte = value < 0x80 ? UInt8(value) : UInt8(ascii: "?")
                }
            }
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D: out.append(0x20)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte | 0x20)
            default: out.append(byte)
            }
        }
        return out
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex, UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return Int((byte | 0x20) - UInt8(ascii: "a")) + 10
        default: return nil
        }
    }

    /// An event handler attribute such as ` onload=`: `on` and letters after a space, `/` or quote, then `=`.
    private static func eventAttribute(in bytes: [UInt8]) -> String? {
        var i = 1
        while i + 2 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "o"), bytes[i + 1] == UInt8(ascii: "n"),
                  [UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(bytes[i - 1]) else { continue }
            var j = i + 2
            while j < bytes.count, bytes[j] >= UInt8(ascii: "a"), bytes[j] <= UInt8(ascii: "z") { j += 1 }
            guard j > i + 2 else { continue }
            let name = String(decoding: bytes[i..<j], as: UTF8.self)
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "=") { return name + "=" }
        }
        return nil
    }
}

/// ``ActiveContent/reason(_:root:)`` for each file once, shared by the threads that check links.
final class ActiveContentCache: @unchecked Sendable {
    private let root: ContentRoot
    private let lock = NSLock()
    private var reasons: [String: String?] = [:]

    init(root: ContentRoot) {
        self.root = root
    }

    func reason(_ path: String) -> String? {
        // Only an SVG is read; the extension settles every other file.
        guard path.lowercased().hasSuffix(".svg") else { return ActiveContent.reason(path, root: root) }
        if let known = lock.withLock({ reasons[path] }) { return known }
        let reason = ActiveContent.reason(path, root: root)
        lock.withLock { reasons[path] = reason }
        return reason
    }
}
