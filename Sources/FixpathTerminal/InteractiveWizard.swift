import FixpathCore

/// The full-screen wizard: arrow keys and Enter, number keys, `b` back, `r` start over, `q` quit, `?` help; redrawn in place.
public struct InteractiveWizard {
    /// How the reader left.
    public enum Outcome: Equatable, Sendable { case quit, interrupted, endOfInput }

    public var session: WizardSession
    public var style: TerminalStyle
    public var resolveLink: (String) -> String?
    public var code: StatusCode?
    /// The note for the admin, once the reader asked for it; worth printing again after the screen is restored.
    public private(set) var note: String?
    private let terminal: KeyTerminal
    private var selected = 0
    private var scroll = 0
    private var message: [String] = []
    private var showingHelp = false

    public init(session: WizardSession, terminal: KeyTerminal, style: TerminalStyle,
                resolveLink: @escaping (String) -> String? = { $0.hasPrefix("#") ? nil : $0 }) {
        self.session = session
        self.terminal = terminal
        self.style = style
        self.resolveLink = resolveLink
    }

    static let help = [
        "Keys",
        "",
        "  Up, Down       move between the choices",
        "  Enter, Right   choose",
        "  1-9            choose by number",
        "  b, Left        go back one question",
        "  r              start over",
        "  PgUp, PgDn     scroll the text (Space also scrolls down)",
        "  q              quit",
        "  ?              this help; any key closes it",
        "",
        "Each choice shows its slug. To walk the same path in a script:",
        "  fixpath wizard TOPIC --answers slug,slug,...",
    ]

    public mutating func run() throws -> Outcome {
        draw()
        while true {
            let key = try terminal.readKey()
            switch key {
            case .interrupt: return .interrupted
            case .endOfInput: return .endOfInput
            case .char("q"), .char("Q"): return .quit
            default: break
            }
            if showingHelp {
                showingHelp = key == .resize
            } else if handle(key) == false {
                return .quit
            }
            draw()
        }
    }

    /// Applies a key; false when it ends the walk.
    private mutating func handle(_ key: Key) -> Bool {
        let options = WizardScreen(session).options
        switch key {
        case .char("?"): showingHelp = true
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(max(options.count - 1, 0), selected + 1)
        case .pageDown, .char(" "): scroll += max(1, bodyHeight(options.count) - 1)
        case .pageUp: scroll = max(0, scroll - max(1, bodyHeight(options.count) - 1))
        case .home: scroll = 0
        case .end: scroll = Int.max / 2
        case .enter, .right:
            guard !options.isEmpty else { return key != .enter }
            activate(options[selected].action)
        case .char(let c) where c.isNumber:
            if let n = c.wholeNumberValue, options.indices.contains(n - 1) { activate(options[n - 1].action) }
        case .char("b"), .char("B"), .left, .backspace:
            if session.back() { reset() }
        case .char("r"), .char("R"):
            session.restart()
            reset()
        default: break
        }
        return true
    }

    private mutating func activate(_ action: WizardScreen.Action) {
        switch action {
        case .choose(let index):
            try? session.choose(index)
            reset()
        case .fixed(let fixed):
            let next = try? session.answerFixed(fixed)
            reset()
            if let text = WizardScreen.message(for: next ?? nil) { message = ["", text] }
        case .handOff:
            note = WizardScreen.adminNote(session, code: code)
            message = ["", "Note for your admin (it is printed again when you quit):", ""] + (note ?? "").split(separator: "\n").map(String.init)
            scroll = Int.max / 2
        }
    }

    private mutating func reset() {
        selected = 0
        scroll = 0
        message = []
    }

    // MARK: - Drawing

    private var width: Int { max(20, terminal.size.columns) }

    private func bodyHeight(_ optionCount: Int) -> Int {
        let menu = optionCount == 0 ? 0 : optionCount + 2
        return max(1, terminal.size.rows - 3 - menu - 2)
    }

    private mutating func draw() {
        let screen = WizardScreen(session)
        var lineStyle = style
        lineStyle.width = width
        let body = showingHelp ? Self.help : bodyLines(screen, lineStyle)
        let visible = bodyHeight(screen.options.count)
        if !showingHelp { scroll = min(scroll, max(0, body.count - visible)) }
        let top = showingHelp ? 0 : scroll
        var shown = Array(body.dropFirst(top).prefix(visible))
        if top + visible < body.count { shown[shown.count - 1] = Self.dim("\u{2193} more: PgDn or Space", lineStyle) }
        shown += Array(repeating: "", count: visible - shown.count)

        let lines = (headerLines(lineStyle) + shown + menuLines(screen, lineStyle)).map { TextLayout.truncate($0, to: width) }
        terminal.write("\u{1B}[H" + lines.joined(separator: "\u{1B}[K\n") + "\u{1B}[K\u{1B}[J")
    }

    private static func dim(_ text: String, _ style: TerminalStyle) -> String { style.color ? ANSI.sgr([2]) + text + ANSI.reset : text }
    private static func bold(_ text: String, _ style: TerminalStyle) -> String { style.color ? ANSI.sgr([1]) + text + ANSI.reset : text }

    /// The title, the codes and choices so far (as slugs when the labels do not fit), and a rule.
    private func headerLines(_ style: TerminalStyle) -> [String] {
        let codes = [session.tree.codes.map(\.description).joined(separator: ", ")].filter { !$0.isEmpty }
        var trail = (codes + WizardScreen.trail(session)).joined(separator: " \u{203A} ")
        if TextLayout.width(trail) > width { trail = (codes + session.slugs.map { ControlCharacters.escaped($0) }).joined(separator: " \u{203A} ") }
        return [Self.bold(WizardScreen.header(session.tree)[0], style), Self.dim(trail, style), Self.dim(String(repeating: "\u{2500}", count: width), style)]
    }

    private func bodyLines(_ screen: WizardScreen, _ style: TerminalStyle) -> [String] {
        var renderer = TerminalRenderer(style: style, resolveLink: resolveLink)
        var body = screen.heading.map { [Self.bold($0, style), ""] } ?? []
        body += renderer.render(screen.blocks)
        if !renderer.footnotes.isEmpty { body += [""] + renderer.footnoteLines.map { Self.dim($0, style) } }
        if let status = screen.status, session.stage != .question { body += ["", status] }
        for line in message {
            let indent = String(line.prefix { $0 == " " })
            body += TextLayout.wrap([Piece(text: line, bold: true)], first: indent, rest: indent, style: style)
        }
        return body
    }

    /// The prompt, the choices with the selected one marked, and the keys.
    private func menuLines(_ screen: WizardScreen, _ style: TerminalStyle) -> [String] {
        var menu: [String] = []
        if let prompt = screen.prompt, !screen.options.isEmpty {
            menu = ["", Self.bold(prompt, style)]
            for (i, option) in screen.options.enumerated() {
                let slug = option.slug.map { "  " + Self.dim($0, style) } ?? ""
                let line = "\(i + 1). \(option.label)"
                let marked = i == selected ? "\u{276F} " + (style.color ? ANSI.sgr([7]) + line + ANSI.reset : line) : "  " + line
                menu.append(marked + slug)
            }
        }
        let status = session.stage == .question ? screen.status ?? "" : ""
        let keys = screen.options.isEmpty ? "b back \u{00B7} r start over \u{00B7} q quit" :
            "\u{2191}\u{2193} move \u{00B7} Enter choose \u{00B7} b back \u{00B7} r start over \u{00B7} q quit \u{00B7} ? help"
        return menu + [status, Self.dim(keys, style)]
    }
}
