import Foundation
import Testing

/// Runs the built `fixpath` binary the way a user does.
enum CLI {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("fixpath").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return Bundle.main.bundleURL.appendingPathComponent("fixpath").path
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary to its end; with `timeout`, a run that takes longer is killed (status 9 by signal) rather than left to hang the tests.
    static func run(_ arguments: [String], in directory: String? = nil, stdin: String? = nil, environment: [String: String] = [:],
                    timeout: Double? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? package.path)
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let pid = process.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer) }
        defer { killer.cancel() }
        // Both pipes are drained at once: a command that fills one while the other is read would block forever.
        let errors = PipeReader(err.fileHandleForReading)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Reads a pipe to its end on a thread of its own.
    final class PipeReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    /// The shared corpus, when this checkout sits beside it.
    static let supportCorpus: String? = {
        let path = package.appendingPathComponent("../shared/corpus/officedocs-support").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static func temporary(_ name: String) -> String {
        NSTemporaryDirectory() + "fixpath-cli-\(getpid())-\(name)-\(UUID().uuidString.prefix(8))"
    }

    /// A fresh folder holding the given files (path relative to the folder → text).
    static func folder(_ name: String, with files: [String: String]) throws -> String {
        let folder = temporary(name)
        for (path, text) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return result
    }

    static var validFixtures: String { package.appendingPathComponent("Tests/FixpathCoreTests/Fixtures/valid").path }
    static var invalidFixtures: String { package.appendingPathComponent("Tests/FixpathCoreTests/Fixtures/invalid").path }
}

extension Trait where Self == ConditionTrait {
    /// Skips a test (reported as skipped) when `../shared/corpus/officedocs-support` is not beside the checkout.
    static var needsSupportCorpus: Self {
        .enabled(if: CLI.supportCorpus != nil, "../shared/corpus/officedocs-support is not beside this checkout")
    }
}
