/// Shows the control characters of untrusted text (content, bounce messages, file names) as
/// visible escapes such as `\x1b`, so that text printed to a terminal cannot move the cursor,
/// retitle the window, write the clipboard or plant a hyperlink: only fixpath's own styling does.
public enum ControlCharacters {
    /// `text` with every C0 control, DEL and C1 control written as `\x1b` or `\u009b`; tabs are kept
    /// when `keepingTabs` (they only move to the next tab stop), line breaks when `keepingLineBreaks`.
    public static func escaped(_ text: String, keepingTabs: Bool = false, keepingLineBreaks: Bool = false) -> String {
        guard contains(text, keepingTabs: keepingTabs, keepingLineBreaks: keepingLineBreaks) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value == 0x09 && keepingTabs) || (value == 0x0A && keepingLineBreaks) {
                out.unicodeScalars.append(scalar)
            } else if value < 0x20 || value == 0x7F {
                out += "\\x" + hex(value, digits: 2)
            } else if (0x80...0x9F).contains(value) {
                out += "\\u" + hex(value, digits: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when `text` holds a character that `escaped` would change: a byte scan, no Unicode work.
    public static func contains(_ text: String, keepingTabs: Bool = false, keepingLineBreaks: Bool = false) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20, !(keepingTabs && byte == 0x09), !(keepingLineBreaks && byte == 0x0A) { return true }
            if byte == 0x7F { return true }
            // C1 controls are U+0080–U+009F, encoded as 0xC2 0x80–0x9F.
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return true }
            previous = byte
        }
        return false
    }

    /// A file name's bytes as text: valid UTF-8 as it is, each byte of an invalid sequence as `\xff`,
    /// and controls escaped as `escaped` does.
    public static func escaped(bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            if length > 0, i + length <= bytes.count, let scalar = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                out += escaped(scalar)
                i += length
            } else {
                out += "\\x" + hex(UInt32(lead), digits: 2)
                i += 1
            }
        }
        return out
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
