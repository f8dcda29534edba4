/// Which terminal features output may use: width, color, OSC 8 hyperlinks and decorative glyphs.
public struct TerminalStyle: Sendable, Equatable {
    public var width: Int
    /// SGR bold, italics and colors.
    public var color: Bool
    /// OSC 8 hyperlinks instead of numbered footnotes.
    public var hyperlinks: Bool
    /// Bullets, arrows and rules; off in line mode so screen readers hear only words.
    public var glyphs: Bool

    public init(width: Int = 80, color: Bool = false, hyperlinks: Bool = false, glyphs: Bool = false) {
        self.width = max(width, 20)
        self.color = color
        self.hyperlinks = hyperlinks
        self.glyphs = glyphs
    }

    public static let plain = TerminalStyle()

    /// The style for output to a stream: color only on a terminal and never with `NO_COLOR`,
    /// hyperlinks where the terminal is known to support them or `FORCE_HYPERLINK=1`.
    public static func detect(environment env: [String: String], isTerminal: Bool, columns: Int?, lineMode: Bool) -> TerminalStyle {
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let dumb = env["TERM"] == "dumb"
        let accessible = !(env["ACCESSIBLE"] ?? "").isEmpty
        let width = columns ?? env["COLUMNS"].flatMap(Int.init) ?? 80
        return TerminalStyle(width: width, color: isTerminal && !noColor && !dumb && !accessible,
                             hyperlinks: supportsHyperlinks(env, isTerminal: isTerminal && !dumb),
                             glyphs: isTerminal && !lineMode && !dumb)
    }

    static func supportsHyperlinks(_ env: [String: String], isTerminal: Bool) -> Bool {
        if let force = env["FORCE_HYPERLINK"] { return force != "0" && !force.isEmpty }
        guard isTerminal else { return false }
        if env["WT_SESSION"] != nil || env["KITTY_WINDOW_ID"] != nil || env["WEZTERM_PANE"] != nil { return true }
        if let vte = env["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
        let programs: Set = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "rio", "tabby"]
        return env["TERM_PROGRAM"].map(programs.contains) ?? false
    }
}

/// ANSI escape sequences, used only when a style allows them.
enum ANSI {
    static let escape = "\u{1B}"
    static func sgr(_ codes: [Int]) -> String { "\(escape)[\(codes.map(String.init).joined(separator: ";"))m" }
    static let reset = "\(escape)[0m"
    static func link(_ url: String, _ text: String) -> String { "\(escape)]8;;\(url)\(escape)\\\(text)\(escape)]8;;\(escape)\\" }
}
