import ArgumentParser
import FixpathCore
import FixpathTerminal
import Foundation

struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: "Walk a topic's questions one at a time, in the terminal or from a script.",
        discussion: """
            Start from a topic file, a status code (5.7.124, or 5.1.15 for the 5.1.1-5.1.20 topic) or pasted \
            bounce text. On a terminal: arrow keys and Enter, number keys, b back, r start over, q quit, ? help. \
            With --plain, ACCESSIBLE set, or input that is not a terminal: numbered choices, one reply per line.
            """
    )

    @Argument(help: "A topic file, a status code such as 5.7.124, or pasted bounce text. Asked for when left out.")
    var start: String?

    @Option(name: .long, help: "Choices to make without prompts, by slug or 1-based number: admin,method-1,new-eac.")
    var answers: String?

    @Flag(name: .long, help: "Line mode: numbered choices, one reply per line, no cursor movement.")
    var plain = false

    @Flag(name: .long, help: "Print the path taken and the final answer as JSON.")
    var json = false

    @Option(name: .customLong("link-base-url"), help: "Where site-absolute links such as /exchange/… point.")
    var linkBaseURL: String = "https://learn.microsoft.com/en-us"

    @OptionGroup var options: ContentOptions

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let inputIsTerminal = isatty(STDIN_FILENO) == 1, outputIsTerminal = isatty(STDOUT_FILENO) == 1
        let lineMode = plain || json || !inputIsTerminal || !outputIsTerminal || !(env["ACCESSIBLE"] ?? "").isEmpty
        let toStandardError = json
        let say: (String) -> Void = { toStandardError ? Console.error($0) : Console.out($0) }
        let picked = try TopicPicker(options: options, say: say).pick(start)
        var session = WizardSession(tree: picked.tree)
        if let answers {
            let replies = answers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            do {
                try session.follow(replies)
            } catch let failure as WizardSession.Failure {
                throw CommandError(status: ExitStatus.contentErrors, message: "fixpath: --answers: \(failure)")
            }
        }
        var style = TerminalStyle.detect(environment: env, isTerminal: outputIsTerminal && !json,
                                         columns: RawTerminal.columns(of: STDOUT_FILENO), lineMode: true)
        let links = picked.linkResolver(base: linkBaseURL)

        if !lineMode, answers == nil || session.stage == .question, let terminal = RawTerminal() {
            style = TerminalStyle.detect(environment: env, isTerminal: true, columns: terminal.size.columns, lineMode: false)
            var wizard = InteractiveWizard(session: session, terminal: terminal, style: style, resolveLink: links)
            wizard.code = picked.code
            try Self.runFullScreen(&wizard, on: terminal)
            return
        }

        var wizard = LineWizard(session: session, style: style, resolveLink: links, readLine: { readLine() }, write: say)
        wizard.code = picked.code
        wizard.stopAtAnswer = json || (answers != nil && session.stage != .question)
        wizard.showsAnswer = !json
        let outcome = json && session.stage != .question ? .answered : wizard.run()
        if outcome == .endOfInput {
            throw CommandError(status: ExitStatus.contentErrors, message: "fixpath: the input ended before an answer was reached")
        }
        if json {
            guard outcome != .quit else { throw CommandError(status: ExitStatus.contentErrors, message: "fixpath: quit before an answer was reached") }
            Console.out(TreeJSON.string(Self.report(wizard.session, code: picked.code)))
        } else if wizard.stopAtAnswer, let note = WizardScreen.adminNote(wizard.session, code: picked.code) {
            Console.out("\nNote for your admin (copy it):\n\n\(note)\n")
        }
    }

    /// Runs the full-screen wizard; the terminal is put back however it ends.
    static func runFullScreen(_ wizard: inout InteractiveWizard, on terminal: RawTerminal) throws {
        let outcome: InteractiveWizard.Outcome
        do {
            defer { terminal.restore() }
            try terminal.enter()
            outcome = try wizard.run()
        }
        if let note = wizard.note { Console.out("Note for your admin:\n\n\(note)\n") }
        if outcome == .interrupted { throw ExitCode(130) }
    }

    /// The path taken and the final answer, for `--json`.
    static func report(_ session: WizardSession, code: StatusCode?) -> [String: Any] {
        let final = session.escalation ?? session.node
        var result: [String: Any] = [
            "topic": session.tree.topic,
            "title": session.tree.title,
            "codes": session.tree.codes.map(\.description),
            "path": session.trail.map { step in
                ["question": step.question.prompt ?? "", "choice": step.choice.label, "slug": step.choice.slug,
                 "number": (step.question.choices.firstIndex { $0.slug == step.choice.slug } ?? 0) + 1] as [String: Any]
            },
            "hash": session.hashPath,
            "stage": session.stage.rawValue,
            "answer": ["kind": final.kind.rawValue, "heading": final.heading?.text ?? NSNull(),
                       "anchor": final.heading?.anchor ?? NSNull(), "text": PlainText.of(final.blocks)] as [String: Any],
        ]
        if let note = session.adminNote(code: code) { result["adminNote"] = note }
        return result
    }
}
