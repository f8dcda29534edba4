import Foundation

/// What a bounce message says: each failed recipient with its status code and the remote server's reply.
///
/// Reads an RFC 3464 delivery status notification (a raw `.eml` with a `message/delivery-status`
/// part), the text Outlook or Outlook on the web shows for an NDR, or a bare status line.
public struct BounceMessage: Sendable {
    public struct Status: Sendable, Equatable {
        public var code: StatusCode
        public var recipient: String?
        public var action: String?
        public var remoteMTA: String?
        /// The remote server's reply, from `Diagnostic-Code:` or the text around the code.
        public var reply: String?
    }

    /// The most statuses kept, and the longest reply (in characters) kept for one: a real bounce
    /// names a few recipients, and a text with thousands of codes must not print each with its line.
    public static let maxStatuses = 50
    public static let maxReplyLength = 300

    /// The first ``maxStatuses`` statuses found.
    public var statuses: [Status]
    /// How many more were found and left out.
    public var omitted = 0

    public init(_ raw: String) {
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let parts = MIMEParts.decodedParts(of: text)
        var found: [Status] = []
        for part in parts where part.contentType.hasPrefix("message/delivery-status") {
            found += Self.deliveryStatus(part.body)
        }
        if found.isEmpty {
            // Each code once, with the first line it is on.
            var seen = Set<StatusCode>()
            let searchable = parts.isEmpty ? text : parts.map(\.body).joined(separator: "\n")
            for line in searchable.split(separator: "\n", omittingEmptySubsequences: true) {
                let codes = StatusCodeScanner.ranges(in: String(line)).map(\.low).filter { seen.insert($0).inserted }
                guard !codes.isEmpty else { continue }
                let recipient = Self.address(in: String(line.prefix(Self.maxReplyLength)))
                let reply = line.prefix(Self.maxReplyLength + 1).trimmingCharacters(in: .whitespaces)
                found += codes.map { Status(code: $0, recipient: recipient, action: nil, remoteMTA: nil, reply: reply) }
            }
        }
        statuses = found.prefix(Self.maxStatuses).map { status in
            var kept = status
            if let reply = kept.reply, reply.count > Self.maxReplyLength { kept.reply = reply.prefix(Self.maxReplyLength - 1) + "…" }
            return kept
        }
        omitted = found.count - statuses.count
    }

    /// The per-recipient fields of a `message/delivery-status` body (RFC 3464 section 2.3).
    static func deliveryStatus(_ body: String) -> [Status] {
        var result: [Status] = []
        for group in body.components(separatedBy: "\n\n") {
            let fields = MIMEParts.headers(group)
            guard let statusText = fields["status"], let code = StatusCode(statusText) else { continue }
            func value(_ key: String) -> String? {
                fields[key].map { field in
                    if let semicolon = field.firstIndex(of: ";") { return field[field.index(after: semicolon)...].trimmingCharacters(in: .whitespaces) }
                    return field
                }
            }
            var status = Status(code: code, recipient: value("final-recipient") ?? value("original-recipient"),
                                action: fields["action"], remoteMTA: value("remote-mta"), reply: value("diagnostic-code"))
            if let reply = status.reply, let withReply = StatusCode(reply), withReply == code { status.code = withReply }
            result.append(status)
        }
        return result
    }

    static func address(in line: String) -> String? {
        let words = line.split(whereSeparator: { " <>;,()\t\"'".contains($0) })
        return words.first { $0.contains("@") && $0.contains(".") }.map(String.init)
    }
}

/// Just enough MIME to reach the parts of a bounce: folded headers, multipart bodies, base64 and quoted-printable.
enum MIMEParts {
    struct Part {
        var contentType: String
        var body: String
    }

    /// Unfolded header fields, lowercased names; the first occurrence of a name wins.
    static func headers(_ block: String) -> [String: String] {
        var fields: [String: String] = [:]
        var name: String?
        var value = ""
        func flush() {
            if let name, fields[name] == nil { fields[name] = value.trimmingCharacters(in: .whitespaces) }
        }
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == " " || line.first == "\t" {
                value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                flush()
                name = line[..<colon].lowercased().trimmingCharacters(in: .whitespaces)
                value = String(line[line.index(after: colon)...])
            }
        }
        flush()
        return fields
    }

    /// Every leaf part of the message, decoded; empty when the text is not a MIME message.
    static func decodedParts(of text: String, depth: Int = 0) -> [Part] {
        guard depth < 8, let split = text.range(of: "\n\n") else { return [] }
        let head = headers(String(text[..<split.lowerBound]))
        let body = String(text[split.upperBound...])
        guard head["content-type"] != nil || head["mime-version"] != nil || head["from"] != nil else { return [] }
        let contentType = (head["content-type"] ?? "text/plain").lowercased()
        if contentType.hasPrefix("multipart/"), let boundary = parameter("boundary", in: head["content-type"] ?? "") {
            var parts: [Part] = []
            for chunk in body.components(separatedBy: "--" + boundary).dropFirst() {
                if chunk.hasPrefix("--") { break }
                let partText = chunk.hasPrefix("\n") ? String(chunk.dropFirst()) : chunk
                let nested = decodedParts(of: partText.hasPrefix("\n") ? "Content-Type: text/plain\n" + partText : partText, depth: depth + 1)
                parts += nested
            }
            return parts
        }
        let encoding = (head["content-transfer-encoding"] ?? "").lowercased()
        return [Part(contentType: contentType, body: decode(body, encoding: encoding))]
    }

    static func parameter(_ name: String, in field: String) -> String? {
        for piece in field.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        }
        return nil
    }

    static func decode(_ body: String, encoding: String) -> String {
        switch encoding {
        case "base64":
            let compact = body.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters) else { return body }
            return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        case "quoted-printable":
            var bytes: [UInt8] = []
            let source = Array(body.utf8)
            var i = 0
            while i < source.count {
                if source[i] == UInt8(ascii: "="), i + 1 < source.count, source[i + 1] == 0x0A {
                    i += 2
                } else if source[i] == UInt8(ascii: "="), i + 2 < source.count,
                          let byte = UInt8(String(decoding: source[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                    bytes.append(byte)
                    i += 3
                } else {
                    bytes.append(source[i])
                    i += 1
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        default:
            return body
        }
    }
}
