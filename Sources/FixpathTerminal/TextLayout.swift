import FixpathCore

/// A run of text with one style, the unit the wrapper measures and styles.
struct Piece: Equatable {
    var text: String
    var bold = false
    var italic = false
    var strike = false
    var code = false
    var sgr: [Int] = []
    /// The OSC 8 target, when links are drawn as hyperlinks.
    var url: String?
    /// A line break inside a paragraph.
    var isBreak = false

    static let lineBreak = Piece(text: "", isBreak: true)

    /// The text with its control characters escaped (it comes from content), in fixpath's own styling.
    func styled(_ style: TerminalStyle) -> String {
        var out = ControlCharacters.escaped(text, keepingTabs: true)
        if style.color {
            let codes = (bold ? [1] : []) + (italic ? [3] : []) + (strike ? [9] : []) + (code ? [36] : []) + sgr
            if !codes.isEmpty { out = ANSI.sgr(codes) + out + ANSI.reset }
        }
        if style.hyperlinks, let url { out = ANSI.link(ControlCharacters.escaped(url), out) }
        return out
    }
}

/// Measures and wraps styled text to a terminal width.
enum TextLayout {
    /// Columns a string takes on screen: escape sequences take none, wide East Asian characters and emoji two.
    static func width(_ text: String) -> Int {
        var total = 0
        var inEscape = false
        var osc = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if inEscape {
                if osc {
                    if scalar == "\u{07}" || (previous == "\u{1B}" && scalar == "\\") { inEscape = false; osc = false }
                } else if previous == "\u{1B}" && scalar == "]" {
                    osc = true
                } else if previous != "\u{1B}" || scalar != "[", (0x40...0x7E).contains(scalar.value) {
                    inEscape = false
                }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            total += width(of: scalar)
        }
        return total
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
        let wide: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                                           0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                                           0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    private enum Token { case word([Piece]), newline }

    /// Splits pieces at spaces into words, keeping each word's styles.
    private static func tokens(_ pieces: [Piece]) -> [Token] {
        var result: [Token] = []
        var word: [Piece] = []
        func endWord() {
            if !word.isEmpty { result.append(.word(word)) }
            word = []
        }
        for piece in pieces {
            if piece.isBreak { endWord(); result.append(.newline); continue }
            var current = ""
            // Measured as shown: a control character takes the width of its escape.
            for ch in ControlCharacters.escaped(piece.text, keepingTabs: true, keepingLineBreaks: true) {
                if ch == " " || ch == "\t" || ch == "\n" {
                    if !current.isEmpty { var p = piece; p.text = current; word.append(p) }
                    current = ""
                    endWord()
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { var p = piece; p.text = current; word.append(p) }
        }
        endWord()
        return result
    }

    /// Wraps pieces into lines no wider than `style.width`, starting with `first` and continuing with `rest`.
    /// A word wider than a line keeps its own line rather than being cut.
    static func wrap(_ pieces: [Piece], first: String, rest: String, style: TerminalStyle) -> [String] {
        var lines: [String] = []
        var line = first
        var used = width(first)
        var hasWord = false
        func newLine() {
            lines.append(line)
            line = rest
            used = width(rest)
            hasWord = false
        }
        for token in tokens(pieces) {
            switch token {
            case .newline:
                newLine()
            case .word(let word):
                let w = word.reduce(0) { $0 + width($1.text) }
                if hasWord, used + 1 + w > style.width { newLine() }
                if hasWord { line += " "; used += 1 }
                line += word.map { $0.styled(style) }.joined()
                used += w
                hasWord = true
            }
        }
        if hasWord || lines.isEmpty { lines.append(line) }
        return lines.map { trimTrailingSpaces($0) }
    }

    /// Cuts a line to `columns` on screen, keeping its escape sequences whole.
    static func truncate(_ line: String, to columns: Int) -> String {
        guard width(line) > columns else { return line }
        var out = ""
        var used = 0
        var escape = ""
        for scalar in line.unicodeScalars {
            if !escape.isEmpty || scalar == "\u{1B}" {
                escape.unicodeScalars.append(scalar)
                if width(escape + "x") == 1 { out += escape; escape = "" }
                continue
            }
            let w = width(of: scalar)
            if used + w > columns { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        if line.contains("\u{1B}]8;") { out += "\u{1B}]8;;\u{1B}\\" }
        return line.contains("\u{1B}[") ? out + ANSI.reset : out
    }

    static func trimTrailingSpaces(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
