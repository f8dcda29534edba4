/// Images that are all a link holds: the link's name then comes from them.
extension Image {
    /// The images of a link's content when it holds nothing else (spaces aside); nil otherwise.
    public static func onlyImages(_ content: [Inline]) -> [Image]? {
        var images: [Image] = []
        for inline in content {
            switch inline {
            case .image(let image): images.append(image)
            case .text(let text) where text.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }): continue
            case .softBreak, .lineBreak: continue
            default: return nil
            }
        }
        return images.isEmpty ? nil : images
    }

    /// The words of the file name, for a link whose only content is this image and which has no
    /// alt text: `media/community-forum-icon.png` gives "Community forum".
    public var fileNameWords: String {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        let stem = file.split(separator: "?").first.map { name in
            name.lastIndex(of: ".").map { String(name[..<$0]) } ?? String(name)
        } ?? file
        var words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == " " }).map { $0.lowercased() }
        words.removeAll { $0.allSatisfy(\.isNumber) }
        while words.count > 1, let last = words.last, ["icon", "image", "img", "button", "btn", "logo", "screenshot"].contains(last) {
            words.removeLast()
        }
        guard let first = words.first else { return "Image" }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }
}

/// The names readers know programming and shell languages by, for the label over a code block.
public enum CodeLanguage {
    static let names: [String: String] = [
        "powershell": "PowerShell", "ps": "PowerShell", "ps1": "PowerShell", "pwsh": "PowerShell",
        "console": "Console", "cmd": "Command Prompt", "dos": "Command Prompt", "bat": "Batch",
        "bash": "Bash", "sh": "Shell", "shell": "Shell", "zsh": "Zsh", "azurecli": "Azure CLI", "azurepowershell": "Azure PowerShell",
        "json": "JSON", "jsonc": "JSON", "xml": "XML", "html": "HTML", "css": "CSS", "yaml": "YAML", "yml": "YAML",
        "csharp": "C#", "cs": "C#", "c#": "C#", "vb": "Visual Basic", "vbnet": "Visual Basic", "vba": "VBA", "vbscript": "VBScript",
        "javascript": "JavaScript", "js": "JavaScript", "typescript": "TypeScript", "ts": "TypeScript",
        "python": "Python", "py": "Python", "sql": "SQL", "tsql": "Transact-SQL", "kusto": "KQL", "kql": "KQL",
        "cpp": "C++", "c": "C", "java": "Java", "http": "HTTP", "ini": "INI", "registry": "Registry", "reg": "Registry",
        "text": "Text", "txt": "Text", "output": "Output", "plaintext": "Text", "markdown": "Markdown", "md": "Markdown",
        "graphql": "GraphQL", "odata": "OData", "rest": "REST", "aspx-csharp": "ASP.NET (C#)", "log": "Log",
    ]

    /// The label for a code block's info string (`powershell` gives "PowerShell"); nil when there is none.
    public static func name(of language: String) -> String? {
        guard !language.isEmpty else { return nil }
        if let known = names[language.lowercased()] { return known }
        return language.prefix(1).uppercased() + language.dropFirst()
    }
}
