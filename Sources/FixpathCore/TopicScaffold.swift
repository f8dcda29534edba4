import Foundation

/// A new topic's Markdown, shaped so that fixpath reads a sender path, an admin path with two
/// methods, and an escalation section from it; `TODO` marks every place the writer must fill in.
public enum TopicScaffold {
    public enum Kind: String, CaseIterable, Sendable { case troubleshooting, ndr }

    public static func markdown(title: String, kind: Kind, date: LearnDate) -> String {
        let codes = StatusCodeScanner.ranges(in: title).map(\.description).joined(separator: ", ")
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        var out = """
        ---
        title: \(yamlQuoted(title))
        description: "TODO: one sentence on who this helps and what it fixes."
        ms.date: \(month)/\(day)/\(date.year)
        ms.topic: troubleshooting
        author: TODO
        audience: \(kind == .ndr ? "Admin" : "ITPro")

        """
        if kind == .ndr, !codes.isEmpty { out += "fixpath:\n  codes: [\(codes)]\n" }
        out += """
        ---

        # \(title)

        TODO: say in two sentences what the reader sees and why it happens.

        ## I got this bounce message. How do I fix it?

        TODO: what a sender can do alone. Say that only the owner or an admin can fix the rest.

        ## I'm an email admin. How do I fix this issue?

        TODO: one sentence that introduces the two methods.

        ### Method 1: TODO name the first fix

        1. TODO first step.
        2. TODO second step.

        ### Method 2: TODO name the second fix

        1. TODO first step.
        2. TODO second step.

        ## Why did I get this bounce message?

        TODO: the causes, as background.

        ## Still need help?

        TODO: where to ask for more help.

        """
        return out
    }

    /// A file name from a title: lowercase words joined by hyphens.
    public static func fileName(for title: String) -> String {
        let slug = AnchorSet.slug(title.replacingOccurrences(of: ".", with: "-")).split(separator: "-").joined(separator: "-")
        return (slug.isEmpty ? "new-topic" : slug) + ".md"
    }

    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// Reports `TODO` markers left in a topic, so a scaffold's gaps show up in `fixpath check`.
enum TodoCheck {
    static func check(_ data: String, path: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (i, line) in data.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: "TODO") else { continue }
            result.append(Diagnostic(path: path, location: SourceLocation(line: i + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1),
                                     severity: .warning, code: DiagnosticCode.todo, message: "TODO marker: \(line.trimmingCharacters(in: .whitespaces).prefix(80))",
                                     hint: "replace the TODO with the real text"))
        }
        return result
    }
}
