#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
private let systemRead = Glibc.read
private let setSignal = Glibc.signal
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
private let setSignal = Darwin.signal
#endif

/// A terminal the interactive wizard draws on and reads keys from.
public protocol KeyTerminal: AnyObject {
    var size: (rows: Int, columns: Int) { get }
    /// The next key; `.resize` when the window changed, `.endOfInput` when input closed.
    func readKey() throws -> Key
    func write(_ text: String)
}

/// Settings a signal handler puts back; written only while no handler can run.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var savedDescriptor: Int32 = -1
nonisolated(unsafe) private var windowChanged: sig_atomic_t = 0
private let leaveScreen = Array("\u{1B}[?25h\u{1B}[?1049l".utf8)

/// Restores the terminal and dies of the same signal: used for SIGTERM, SIGHUP, SIGQUIT and SIGINT from outside.
private func restoreAndRaise(_ signal: Int32) {
    if savedDescriptor >= 0 {
        _ = leaveScreen.withUnsafeBytes { systemWrite(savedDescriptor, $0.baseAddress, $0.count) }
        _ = tcsetattr(savedDescriptor, TCSAFLUSH, &savedSettings)
    }
    _ = setSignal(signal, SIG_DFL)
    raise(signal)
}

/// The process's terminal in raw mode, on the alternate screen; every exit path puts the saved settings back.
public final class RawTerminal: KeyTerminal {
    private let input: Int32
    private let output: Int32
    private var pending: [UInt8] = []
    private var queued: [Key] = []
    private var active = false
    private static let handled: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGINT]

    /// Nil when input or output is not a terminal.
    public init?(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        self.input = input
        self.output = output
    }

    /// The terminal could not be read or set up.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Saves the settings, then switches to raw input (no echo, no line editing, Ctrl-C as a key) and the alternate screen.
    public func enter() throws {
        var settings = termios()
        guard tcgetattr(input, &settings) == 0 else { throw Failure(description: "cannot read the terminal settings") }
        savedSettings = settings
        savedDescriptor = input
        for s in Self.handled { signal(s) { restoreAndRaise($0) } }
        signal(SIGWINCH) { _ in windowChanged = 1 }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for s in Self.handled + [SIGWINCH] { sigaddset(&unblocked, s) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        settings.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR | BRKINT | ISTRIP)
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        withUnsafeMutableBytes(of: &settings.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSAFLUSH, &settings) == 0 else { throw Failure(description: "cannot switch the terminal to raw mode") }
        active = true
        write("\u{1B}[?1049h\u{1B}[?25l\u{1B}[H\u{1B}[2J")
    }

    /// Leaves the alternate screen and puts the saved settings back; safe to call twice.
    public func restore() {
        guard active else { return }
        active = false
        write(String(decoding: leaveScreen, as: UTF8.self))
        _ = tcsetattr(input, TCSAFLUSH, &savedSettings)
        for s in Self.handled + [SIGWINCH] { signal(s, SIG_DFL) }
        savedDescriptor = -1
    }

    deinit { restore() }

    public var size: (rows: Int, columns: Int) { Self.size(of: output) ?? (24, 80) }

    /// The width of the terminal `descriptor` writes to, or nil when it is not a terminal.
    public static func columns(of descriptor: Int32) -> Int? { size(of: descriptor)?.columns }

    private static func size(of descriptor: Int32) -> (rows: Int, columns: Int)? {
        var w = winsize()
        guard isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &w) == 0, w.ws_row > 0, w.ws_col > 0 else { return nil }
        return (Int(w.ws_row), Int(w.ws_col))
    }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { systemWrite(output, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return }
            bytes = bytes.dropFirst(n)
        }
    }

    public func readKey() throws -> Key {
        while queued.isEmpty {
            if windowChanged != 0 {
                windowChanged = 0
                return .resize
            }
            var fds = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, pending.isEmpty ? 250 : 40)
            if ready < 0, errno != EINTR { throw Failure(description: "cannot read the terminal") }
            if ready <= 0 {
                if !pending.isEmpty { queued = [.escape]; pending = [] }
                continue
            }
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = buffer.withUnsafeMutableBytes { systemRead(input, $0.baseAddress, $0.count) }
            if n == 0 { return .endOfInput }
            if n < 0 { if errno == EINTR || errno == EAGAIN { continue }; throw Failure(description: "cannot read the terminal") }
            let (keys, rest) = KeyDecoder.decode(pending + buffer[..<n])
            queued = keys
            pending = rest
        }
        return queued.removeFirst()
    }
}
