/// A DocFX file glob: `**` crosses folders (and `**/` may match nothing), `*` and `?` stay within one.
///
/// Matched by simulating its automaton over the path once, keeping the set of pattern positions
/// reached, so time grows with path length × pattern length whatever the stars: backtracking took
/// about eight times longer for each extra `**`.
struct Glob: Sendable {
    enum Token: Equatable, Sendable {
        case scalar(Unicode.Scalar)
        /// `?`: one character other than `/`.
        case one
        /// `*`: any run of characters other than `/`.
        case star
        /// `**`, with the `/` after it: any run of characters.
        case globstar
    }

    let tokens: [Token]

    init(_ pattern: String) {
        let scalars = Array((pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern).unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            switch scalars[i] {
            case "*" where i + 1 < scalars.count && scalars[i + 1] == "*":
                i += 2
                if i < scalars.count, scalars[i] == "/" { i += 1 }
                // A run of globstars matches what one does.
                if tokens.last != .globstar { tokens.append(.globstar) }
                continue
            case "*": tokens.append(.star)
            case "?": tokens.append(.one)
            default: tokens.append(.scalar(scalars[i]))
            }
            i += 1
        }
        self.tokens = tokens
    }

    func matches(_ path: String) -> Bool {
        var current = [Bool](repeating: false, count: tokens.count + 1)
        var next = current
        current[0] = true
        closeOverStars(&current)
        for c in path.unicodeScalars {
            var any = false
            for j in 0..<tokens.count where current[j] {
                switch tokens[j] {
                case .scalar(let s) where s == c: next[j + 1] = true
                case .one where c != "/": next[j + 1] = true
                case .star where c != "/", .globstar: next[j] = true
                default: continue
                }
                any = true
            }
            guard any else { return false }
            closeOverStars(&next)
            swap(&current, &next)
            for j in next.indices { next[j] = false }
        }
        return current[tokens.count]
    }

    /// Stars may match nothing: a position before one also reaches the position after it.
    private func closeOverStars(_ states: inout [Bool]) {
        for j in 0..<tokens.count where states[j] && (tokens[j] == .star || tokens[j] == .globstar) {
            states[j + 1] = true
        }
    }
}
