import FlyingFox
import FlyingSocks
import Foundation

/// An HTTP/1.1 server on 127.0.0.1 whose every connection costs bounded time and memory: the
/// request head has a size, field count and time limit, connections are capped in number, and
/// only requests whose `Host` is a loopback name with this port are answered.
///
/// FlyingFox 0.27's own connection loop has none of these bounds (its timeout covers only the
/// handler), so this reads and answers connections over FlyingFox's sockets and hands each parsed
/// request to a FlyingFox router. Every response closes its connection.
struct BoundedHTTPServer: Sendable {
    struct Limits: Sendable {
        /// Seconds a client has, from connecting, to send its whole request head.
        var headSeconds: Double = 5
        /// Seconds for the handler and the response to finish (a status poll waits up to 20 s).
        var responseSeconds: Double = 40
        /// Open connections at most; past it the one waiting longest for its head is closed.
        var connections = 64
    }

    let port: UInt16
    let limits: Limits
    let handler: RoutedHTTPHandler

    /// Listens until the task is cancelled, or the socket fails.
    func run() async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let socket = try Socket(domain: AF_INET, type: .stream)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        try socket.listen()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        let table = ConnectionTable(limit: limits.connections)
        defer {
            table.closeAll()
            try? socket.close()
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                while !Task.isCancelled {
                    let client = try await listener.accept()
                    table.open(client) { id in await self.serve(client, id: id, table: table) }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func serve(_ client: AsyncSocket, id: Int, table: ConnectionTable) async {
        defer { try? client.close() }
        let response: HTTPResponse
        var isHead = false
        do {
            let head = try await Deadline.within(limits.headSeconds) { try await Self.readHead(client) }
            table.headArrived(id)
            isHead = head.method == "HEAD"
            response = try await Deadline.within(limits.responseSeconds) { await respond(to: head) }
        } catch RequestHead.Problem.tooLarge {
            response = Self.plain(431, "Request Header Fields Too Large", "The request head is over \(RequestHead.maxBytes / 1024) KB or \(RequestHead.maxFields) fields.\n")
        } catch RequestHead.Problem.malformed {
            response = Self.plain(400, "Bad Request", "The request is not HTTP/1.1.\n")
        } catch is Deadline.Passed {
            response = Self.plain(408, "Request Timeout", "The request took too long to arrive.\n")
        } catch {
            return
        }
        let withBody = !isHead
        try? await Deadline.within(limits.responseSeconds) { try await Self.send(response, to: client, withBody: withBody) }
        if response.statusCode.code >= 400 { await Self.linger(client) }
    }

    /// After an error the client may still be sending what was not read; closing at once would reset
    /// the connection and lose the answer. So the server stops writing and reads what comes for a
    /// second (a megabyte at most) before it closes.
    private static func linger(_ client: AsyncSocket) async {
        shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        _ = try? await Deadline.within(1) {
            var drained = 0
            while drained < 1024 * 1024 { drained += try await client.read(atMost: 4096).count }
        }
    }

    private func respond(to head: RequestHead) async -> HTTPResponse {
        guard head.isForLoopback(port: port) else {
            return Self.plain(421, "Misdirected Request", "fixpath serve answers only http://127.0.0.1:\(port)/ and http://localhost:\(port)/.\n")
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            var refused = Self.plain(405, "Method Not Allowed", "fixpath serve answers GET and HEAD only.\n")
            refused.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return refused
        }
        guard head.target.hasPrefix("/") else { return Self.plain(400, "Bad Request", "The request target must be a path.\n") }
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let request = HTTPRequest(method: .GET, version: .http11,
                                  target: HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
                                  headers: headers, body: HTTPBodySequence(data: Data()))
        do {
            return try await handler.handleRequest(request)
        } catch {
            return Self.plain(404, "Not Found", "Not found\n")
        }
    }

    /// Reads until the blank line that ends the head; bytes after it (a body) are never read.
    private static func readHead(_ client: AsyncSocket) async throws -> RequestHead {
        var bytes: [UInt8] = []
        while true {
            let checked = bytes.count
            bytes += try await client.read(atMost: 4096)
            if let end = RequestHead.end(in: bytes, from: checked) {
                guard end <= RequestHead.maxBytes else { throw RequestHead.Problem.tooLarge }
                return try RequestHead(bytes[..<end])
            }
            if bytes.count > RequestHead.maxBytes { throw RequestHead.Problem.tooLarge }
        }
    }

    private static func send(_ response: HTTPResponse, to client: AsyncSocket, withBody: Bool) async throws {
        let body = try await response.bodyData
        var head = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        for (name, value) in response.headers.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where name != .contentLength && name != .connection {
            head += "\(name.rawValue): \(value)\r\n"
        }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        try await client.write(Data(head.utf8) + (withBody ? body : Data()))
    }

    static func plain(_ code: Int, _ phrase: String, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: HTTPStatusCode(code, phrase: phrase), headers: [.contentType: "text/plain; charset=utf-8"], body: Data(text.utf8))
    }
}

/// The open connections, oldest first, and which of them are still sending their head.
private final class ConnectionTable: @unchecked Sendable {
    private struct Entry {
        var task: Task<Void, Never>?
        var waitingForHead = true
    }

    private let limit: Int
    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]
    private var nextID = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Serves `client` in a task of its own. At the limit, the oldest connection still sending its
    /// head makes way; when every connection is past its head, the new one is answered 503.
    func open(_ client: AsyncSocket, serve: @escaping @Sendable (Int) async -> Void) {
        let (id, evicted, full) = lock.withLock { () -> (Int, Task<Void, Never>?, Bool) in
            var evicted: Task<Void, Never>?
            if entries.count >= limit {
                guard let oldest = entries.filter({ $0.value.waitingForHead }).keys.min() else { return (0, nil, true) }
                evicted = entries.removeValue(forKey: oldest)?.task
            }
            nextID += 1
            entries[nextID] = Entry()
            return (nextID, evicted, false)
        }
        evicted?.cancel()
        guard !full else {
            Task {
                _ = try? await Deadline.within(1) {
                    try await client.write(Data("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
                }
                try? client.close()
            }
            return
        }
        let task = Task {
            await serve(id)
            self.close(id)
        }
        lock.withLock { entries[id]?.task = task }
    }

    func headArrived(_ id: Int) {
        lock.withLock { entries[id]?.waitingForHead = false }
    }

    private func close(_ id: Int) {
        _ = lock.withLock { entries.removeValue(forKey: id) }
    }

    func closeAll() {
        let tasks = lock.withLock { entries.values.compactMap(\.task) }
        for task in tasks { task.cancel() }
    }
}

/// Runs work against a clock: the first of the work and the time limit to finish wins.
enum Deadline {
    struct Passed: Error {}

    static func within<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw Passed() }
            return value
        }
    }
}
