/// A key press, decoded from the bytes a terminal sends in raw mode.
public enum Key: Equatable, Sendable {
    case up, down, left, right, enter, backspace, pageUp, pageDown, home, end, escape
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D, or the input closed.
    case endOfInput
    /// The window changed size.
    case resize
    case char(Character)
}

/// Turns terminal input bytes into keys.
public enum KeyDecoder {
    /// The keys in `bytes`, and the bytes of an unfinished sequence at the end (a lone ESC, half a UTF-8 character).
    public static func decode(_ bytes: [UInt8]) -> (keys: [Key], rest: [UInt8]) {
        var keys: [Key] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x1B:
                guard let (key, length) = escape(bytes, i) else { return (keys, Array(bytes[i...])) }
                if let key { keys.append(key) }
                i += length
                continue
            case 0x0D, 0x0A: keys.append(.enter)
            case 0x7F, 0x08: keys.append(.backspace)
            case 0x03: keys.append(.interrupt)
            case 0x04: keys.append(.endOfInput)
            case 0x20...0x7E: keys.append(.char(Character(Unicode.Scalar(b))))
            case 0xC0...0xF7:
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                guard i + length <= bytes.count else { return (keys, Array(bytes[i...])) }
                if let s = String(validating: bytes[i..<(i + length)], as: UTF8.self), let c = s.first { keys.append(.char(c)) }
                i += length
                continue
            default: break
            }
            i += 1
        }
        return (keys, [])
    }

    /// An escape sequence at `start`: the key (nil for one fixpath ignores) and its length, or nil when it is unfinished.
    private static func escape(_ b: [UInt8], _ start: Int) -> (Key?, Int)? {
        guard start + 1 < b.count else { return nil }
        let kind = b[start + 1]
        if kind == UInt8(ascii: "O") {
            guard start + 2 < b.count else { return nil }
            return (letterKey(b[start + 2]), 3)
        }
        guard kind == UInt8(ascii: "[") else { return (.escape, 1) }
        var end = start + 2
        while end < b.count, !(0x40...0x7E).contains(b[end]) { end += 1 }
        guard end < b.count else { return nil }
        let length = end - start + 1
        if b[end] == UInt8(ascii: "~") {
            let number = Int(String(decoding: b[(start + 2)..<end], as: UTF8.self).split(separator: ";").first ?? "")
            let keys: [Int: Key] = [1: .home, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end]
            return (number.flatMap { keys[$0] }, length)
        }
        return (letterKey(b[end]), length)
    }

    private static func letterKey(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        default: return nil
        }
    }
}
