import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `fixpath` on a pseudo-terminal the test opens, the way a person at a terminal does.
final class PseudoTerminal {
    struct Failure: Error {}

    private let master: Int32
    private let slave: Int32
    private let process = Process()
    private var bytes: [UInt8] = []

    init(_ arguments: [String], rows: UInt16 = 30, columns: UInt16 = 90, environment: [String: String] = [:]) throws {
        var m: Int32 = -1, s: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &size) == 0 else { throw Failure() }
        master = m
        slave = s
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = CLI.package
        var env = ProcessInfo.processInfo.environment
        for key in ["NO_COLOR", "ACCESSIBLE", "FORCE_HYPERLINK", "COLUMNS"] { env[key] = nil }
        env["TERM"] = "xterm-256color"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
        close(slave)
    }

    /// Everything the program wrote so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The output without escape sequences, with each run of white space as one space.
    var text: String {
        var plain = ""
        var scalars = output.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "\u{1B}" else { plain.unicodeScalars.append(c); continue }
            let kind = scalars.next()
            if kind == "[" {
                while let d = scalars.next(), !(0x40...0x7E).contains(d.value) {}
            } else if kind == "]" {
                var previous: Unicode.Scalar = " "
                while let d = scalars.next(), d != "\u{07}", !(previous == "\u{1B}" && d == "\\") { previous = d }
            }
        }
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The terminal's current settings, as `stty -g` would show them.
    var settings: [UInt64] {
        var t = termios()
        tcgetattr(slave, &t)
        let cc = withUnsafeBytes(of: t.c_cc) { $0.map { UInt64($0) } }
        return [UInt64(t.c_iflag), UInt64(t.c_oflag), UInt64(t.c_cflag), UInt64(t.c_lflag)] + cc
    }

    var localFlags: tcflag_t {
        var t = termios()
        tcgetattr(slave, &t)
        return t.c_lflag
    }

    /// Sends SIGTERM, as `kill` does.
    func terminate() { process.terminate() }

    func send(_ text: String) {
        let data = Array(text.utf8)
        _ = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until `text` has appeared on screen `count` times; false after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if occurrences(of: text) >= count { return true }
            drain(milliseconds: 100)
        }
        return occurrences(of: text) >= count
    }

    func occurrences(of phrase: String) -> Int { text.components(separatedBy: phrase).count - 1 }

    /// Waits for the program to end, reading what it writes; nil if it is still running after `timeout`.
    func waitForExit(timeout: Double = 15) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { drain(milliseconds: 50) }
        guard !process.isRunning else { return nil }
        drain(milliseconds: 50)
        return process.terminationStatus
    }

    private func drain(milliseconds: Int32) {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if n > 0 { bytes += buffer[..<n] }
    }
}
