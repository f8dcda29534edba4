import Foundation

/// Checks a generated page must pass whatever its content: tags balanced, no Learn syntax left as text.
enum PageChecks {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// The first tag that closes nothing open or leaves its element open, or nil when every tag is balanced.
    static func unbalancedTag(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var open: [String] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if bytes[i...].starts(with: "<!--".utf8) {
                i = find("-->", in: bytes, from: i + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "!") {
                i = find(">", in: bytes, from: i).map { $0 + 1 } ?? bytes.count
                continue
            }
            let closing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
            var j = i + (closing ? 2 : 1)
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart else { i += 1; continue }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            var quote: UInt8?
            while j < bytes.count {
                let b = bytes[j]
                if let q = quote { if b == q { quote = nil } } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b } else if b == UInt8(ascii: ">") { break }
                j += 1
            }
            guard j < bytes.count else { return "<\(name) is never closed with >" }
            let selfClosing = bytes[j - 1] == UInt8(ascii: "/")
            i = j + 1
            if closing {
                guard open.last == name else { return "</\(name)> while <\(open.last ?? "nothing")> is open" }
                open.removeLast()
            } else if !selfClosing, !voidElements.contains(name) {
                if name == "script" || name == "style" {
                    i = find("</\(name)", in: bytes, from: i) ?? bytes.count
                }
                open.append(name)
            }
        }
        return open.isEmpty ? nil : "<\(open.last!)> is never closed"
    }

    /// Learn syntax that should have become markup, found in the page outside `<code>` and `<pre>`.
    static func learnSyntaxLeftAsText(in html: String) -> [String] {
        let text = html.replacingOccurrences(of: #"<(code|pre)[ >][\s\S]*?</\1>"#, with: "", options: .regularExpression)
        return [":::image", ":::zone", ":::row", ":::column", ":::code", "[!NOTE]", "[!INCLUDE", "[!div", "[!TIP]", "[!IMPORTANT]",
                "[!WARNING]", "[!CAUTION]", "[!VIDEO", "(#tab/"].filter { text.range(of: $0, options: .caseInsensitive) != nil }
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
    }

    private static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard start <= bytes.count - pattern.count else { return nil }
        for k in start...(bytes.count - pattern.count) where bytes[k] == pattern[0] && bytes[k..<(k + pattern.count)].elementsEqual(pattern) {
            return k
        }
        return nil
    }
}
