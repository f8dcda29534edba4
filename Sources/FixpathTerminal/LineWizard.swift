import FixpathCore
import Foundation

/// The wizard for pipes, scripts and screen readers: numbered choices, one reply per line, no cursor movement or glyphs.
public struct LineWizard {
    /// How the walk ended.
    public enum Outcome: Equatable, Sendable {
        /// An answer was shown (and, in a full walk, the input ended at "Did this fix it?").
        case answered
        case fixed
        /// The escalation section was shown, or no fix was left.
        case escalated
        case quit
        /// The input ended before any answer was shown.
        case endOfInput
    }

    public var session: WizardSession
    public var style: TerminalStyle
    public var resolveLink: (String) -> String?
    /// The code the reader started from, named in the note for their admin.
    public var code: StatusCode?
    /// Stop as soon as an answer is shown, without asking "Did this fix it?".
    public var stopAtAnswer = false
    private let readLine: () -> String?
    private let write: (String) -> Void

    public init(session: WizardSession, style: TerminalStyle, resolveLink: @escaping (String) -> String? = { $0.hasPrefix("#") ? nil : $0 },
                readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.session = session
        self.style = style
        self.resolveLink = resolveLink
        self.readLine = readLine
        self.write = write
    }

    public static let help = """
        Type the number of a choice, or its label or slug, and press Enter.
        b goes back one question, r starts over, q quits, ? shows this help.
        """

    /// With `stopAtAnswer`, whether the answer is printed before stopping (not when a script reads JSON instead).
    public var showsAnswer = true

    public mutating func run() -> Outcome {
        write(WizardScreen.header(session.tree).joined(separator: "\n") + "\n")
        var answered = false
        while true {
            let screen = WizardScreen(session)
            let stopping = stopAtAnswer && session.stage != .question
            if !stopping || showsAnswer { show(screen) }
            if session.stage == .answer { answered = true }
            if stopping { return outcome }
            if screen.options.isEmpty { return outcome }
            guard let outcome = ask(screen) else { continue }
            if outcome == .endOfInput, answered { return .answered }
            return outcome
        }
    }

    private var outcome: Outcome {
        switch session.stage {
        case .question: return .endOfInput
        case .answer: return .answered
        case .fixed: return .fixed
        case .escalation, .exhausted: return .escalated
        }
    }

    /// Reads replies until one changes the step (nil) or ends the walk.
    private mutating func ask(_ screen: WizardScreen) -> Outcome? {
        write("\n" + (screen.prompt ?? "Choose one.") + "\n")
        for (i, option) in screen.options.enumerated() {
            write("\(i + 1). \(option.label)\(option.slug.map { " (\($0))" } ?? "")\n")
        }
        if let status = screen.status, session.stage == .question { write(status + "\n") }
        while true {
            write("Type a number or a label (b back, r start over, q quit, ? help): ")
            guard let line = readLine() else {
                write("\n")
                return .endOfInput
            }
            let reply = line.trimmingCharacters(in: .whitespaces)
            switch reply.lowercased() {
            case "q", "quit": return .quit
            case "?", "help": write(Self.help + "\n"); continue
            case "r", "restart":
                session.restart()
                write("\nStarting over.\n")
                return nil
            case "b", "back":
                if session.back() { return nil }
                write("This is the first question.\n")
                continue
            default: break
            }
            guard let option = Self.option(for: reply, in: screen.options) else {
                write(reply.isEmpty ? "Type a number from 1 to \(screen.options.count).\n"
                                    : "There is no choice '\(reply)'. Type a number from 1 to \(screen.options.count).\n")
                continue
            }
            switch option.action {
            case .choose(let index):
                try? session.choose(index)
                return nil
            case .fixed(let fixed):
                let next = try? session.answerFixed(fixed)
                if let message = WizardScreen.message(for: next ?? nil) { write("\n" + message + "\n") }
                return nil
            case .handOff:
                if let note = WizardScreen.adminNote(session, code: code) { write("\nNote for your admin (copy it):\n\n\(note)\n\n") }
            }
        }
    }

    private func show(_ screen: WizardScreen) {
        var renderer = TerminalRenderer(style: style, resolveLink: resolveLink)
        var lines: [String] = [""]
        if session.stage == .answer, !session.trail.isEmpty {
            lines += ["You chose: " + WizardScreen.trail(session).joined(separator: "; "), ""]
        }
        if let heading = screen.heading { lines.append(renderer.inline([.text(heading)], bold: true)) }
        let body = renderer.render(screen.blocks)
        if !body.isEmpty { lines += (screen.heading == nil ? [] : [""]) + body }
        if !renderer.footnotes.isEmpty { lines += ["", "Links:"] + renderer.footnoteLines }
        if let status = screen.status, session.stage != .question { lines += ["", status] }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// The option a reply names: its number, slug, label, or the unique start of its label.
    public static func option(for reply: String, in options: [WizardScreen.Option]) -> WizardScreen.Option? {
        let text = reply.lowercased()
        guard !text.isEmpty else { return nil }
        if let n = Int(text) { return options.indices.contains(n - 1) ? options[n - 1] : nil }
        if let o = options.first(where: { $0.slug?.lowercased() == text || $0.label.lowercased() == text }) { return o }
        if let yes = WizardSession.yesNo(text), let o = options.first(where: { $0.action == .fixed(yes) }) { return o }
        let starts = options.filter { $0.label.lowercased().hasPrefix(text) }
        return starts.count == 1 ? starts[0] : nil
    }
}
