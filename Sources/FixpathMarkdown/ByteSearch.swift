extension String.UTF8View {
    /// True when these bytes contain the bytes of `needle`: an exact byte search, much faster than
    /// `String.contains`, which compares Unicode characters.
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            if let found = withContiguousStorageIfAvailable({ Self.search(pattern, first, in: $0) }) { return found }
            return Array(self).withUnsafeBufferPointer { Self.search(pattern, first, in: $0) }
        }
    }

    private static func search(_ pattern: UnsafeBufferPointer<UInt8>, _ first: UInt8, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard haystack.count >= pattern.count else { return false }
        var i = 0
        let last = haystack.count - pattern.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < pattern.count, haystack[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension String {
    /// The part after the last `/`, found byte by byte (`split(separator:)` walks Characters).
    public var lastPathComponent: String {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self }
        return String(self[utf8.index(after: slash)...])
    }

    /// `hasPrefix` on the bytes, without Unicode comparison: right for prefixes that end in ASCII.
    public func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.count >= prefix.utf8.count && utf8.starts(with: prefix.utf8)
    }
}
