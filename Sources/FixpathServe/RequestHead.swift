/// The request line and header fields of one HTTP/1.1 request, read within fixed bounds.
///
/// FlyingFox 0.27 reads a request head of any length, in time that grows with its square, and
/// keeps idle connections forever; `serve` reads heads itself with these bounds and hands FlyingFox
/// only the parsed request.
struct RequestHead: Sendable {
    /// The most bytes a request line and its headers may take (browsers send 1–2 KB).
    static let maxBytes = 16 * 1024
    /// The most header fields a request may have.
    static let maxFields = 100

    var method: String
    var target: String
    var version: String
    /// Header fields in the order sent, names lowercased.
    var fields: [(name: String, value: String)]

    enum Problem: Error, Equatable {
        /// More than `maxBytes` before the blank line, or more than `maxFields` fields: 431.
        case tooLarge
        /// Not a request line and header fields: 400.
        case malformed
    }

    /// Where the head ends in `bytes` (just past its blank line), looking from `from`: nil when it
    /// has not ended yet. Each byte is looked at once as the head arrives.
    static func end(in bytes: [UInt8], from: Int) -> Int? {
        var i = max(from, 1)
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if bytes[i - 1] == 0x0A { return i + 1 }
                if bytes[i - 1] == 0x0D, i >= 2, bytes[i - 2] == 0x0A { return i + 1 }
            }
            i += 1
        }
        return nil
    }

    /// Parses a complete head (the bytes up to and including its blank line).
    init(_ bytes: ArraySlice<UInt8>) throws(Problem) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw .malformed }
        let parts = first.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].starts(with: Array("HTTP/".utf8)) else { throw .malformed }
        guard lines.count - 1 <= Self.maxFields else { throw .tooLarge }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        version = String(decoding: parts[2], as: UTF8.self)
        fields = []
        for line in lines.dropFirst() {
            // A folded line (leading space) or one without a colon is not a field (RFC 9112, section 5).
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line.first != 0x20, line.first != 0x09 else { throw .malformed }
            let name = String(decoding: line[..<colon], as: UTF8.self)
            guard !name.utf8.contains(0x20), !name.utf8.contains(0x09) else { throw .malformed }
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self)
            fields.append((name.lowercased(), value.trimmingSpaces))
        }
    }

    /// The value of the one field named `name` (lowercase); nil when it is missing or repeated.
    func field(_ name: String) -> String? {
        let values = fields.filter { $0.name == name }
        return values.count == 1 ? values[0].value : nil
    }

    /// True when `Host` names this machine by a loopback name, with this server's port or none:
    /// a page on another site that reaches the port through DNS rebinding sends its own name.
    func isForLoopback(port: UInt16) -> Bool {
        guard let host = field("host")?.lowercased() else { return false }
        for name in ["127.0.0.1", "localhost", "[::1]"] where host.hasPrefix(name) {
            let rest = host.dropFirst(name.count)
            return rest.isEmpty || rest == ":\(port)"
        }
        return false
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        let start = utf8.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? utf8.endIndex
        let end = utf8[start...].lastIndex { $0 != 0x20 && $0 != 0x09 }.map { utf8.index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
