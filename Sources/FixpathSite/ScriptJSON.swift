import Foundation

/// JSON that is safe inside a `<script>` element or a `.js` file.
enum ScriptJSON {
    /// A JSON string literal with `<`, `>`, `&`, U+2028 and U+2029 escaped as well.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        var bytes = text.utf8.makeIterator()
        while let b = bytes.next() {
            switch b {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case UInt8(ascii: "<"): out += "\\u003c".utf8
            case UInt8(ascii: ">"): out += "\\u003e".utf8
            case UInt8(ascii: "&"): out += "\\u0026".utf8
            case ..<0x20: out += "\\u00".utf8 + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
                var copy = bytes
                if let b1 = copy.next(), let b2 = copy.next(), b1 == 0x80, b2 == 0xA8 || b2 == 0xA9 {
                    out += (b2 == 0xA8 ? "\\u2028" : "\\u2029").utf8
                    bytes = copy
                } else {
                    out.append(b)
                }
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func string(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "null" }
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 64)
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            switch b {
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            case 0xE2 where i + 2 < data.endIndex && data[i + 1] == 0x80 && (data[i + 2] == 0xA8 || data[i + 2] == 0xA9):
                out += Array((data[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
