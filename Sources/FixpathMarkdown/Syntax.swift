/// A position in a Markdown source file, 1-based.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The kind of a Learn alert box (`> [!NOTE]`).
public enum AlertKind: String, Sendable, CaseIterable {
    case note, tip, important, caution, warning

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// A `:::image:::` directive or a Markdown image.
public struct Image: Hashable, Sendable {
    public enum Kind: String, Sendable { case content, icon, complex, markdown }
    public var kind: Kind
    public var source: String
    public var altText: String
    public var title: String?
    public var border: Bool
    public var lightbox: String?
    public var link: String?
    /// The long description of a `complex` image, in Markdown blocks.
    public var longDescription: [Block]
    public var location: SourceLocation

    public init(kind: Kind, source: String, altText: String, title: String? = nil, border: Bool = false,
                lightbox: String? = nil, link: String? = nil, longDescription: [Block] = [], location: SourceLocation) {
        self.kind = kind
        self.source = source
        self.altText = altText
        self.title = title
        self.border = border
        self.lightbox = lightbox
        self.link = link
        self.longDescription = longDescription
        self.location = location
    }
}

/// An `[!INCLUDE [title](path)]` reference, before or after it is resolved.
public struct Include: Hashable, Sendable {
    public var title: String
    public var path: String
    public var location: SourceLocation
}

/// One tab of a DocFX tab group (`# [Title](#tab/id)` … `---`).
public struct Tab: Hashable, Sendable {
    public var title: String
    public var id: String
    public var blocks: [Block]
}

/// Inline Markdown content.
public enum Inline: Hashable, Sendable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String, children: [Inline], location: SourceLocation)
    case image(Image)
    case html(String, location: SourceLocation)
    case softBreak
    case lineBreak
    /// Text that must not be localized (`:::no-loc text="…":::`).
    case noLoc(String)
    /// An unresolved inline include; the loader replaces it with `.included`.
    case include(Include)
    case included([Inline])
}

/// Block Markdown content.
public enum Block: Hashable, Sendable {
    case paragraph([Inline], location: SourceLocation)
    case heading(Heading)
    case blockQuote([Block], location: SourceLocation)
    case list(List)
    case codeBlock(info: String, code: String, location: SourceLocation)
    case html(String, location: SourceLocation)
    case thematicBreak(location: SourceLocation)
    case table(Table)
    case alert(AlertKind, [Block], location: SourceLocation)
    /// `> [!div class="…"]`, e.g. a `nextstepaction` button.
    case div(className: String, [Block], location: SourceLocation)
    case tabGroup([Tab], location: SourceLocation)
    /// An unresolved block include; the loader replaces it with `.included`.
    case include(Include)
    case included([Block])
}

/// A heading with its Learn anchor, assigned once per document.
public struct Heading: Hashable, Sendable {
    public var level: Int
    public var content: [Inline]
    public var anchor: String
    public var location: SourceLocation

    public var text: String { PlainText.of(content) }
}

/// A bulleted or numbered list.
public struct List: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [[Block]]
    public var location: SourceLocation
}

/// A GFM table.
public struct Table: Hashable, Sendable {
    public enum Alignment: Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    public var location: SourceLocation
}

/// A parsed Markdown file.
public struct Document: Sendable {
    public var blocks: [Block]
    /// Problems found while parsing, such as an unknown `:::` directive.
    public var issues: [MarkdownIssue]

    public init(blocks: [Block], issues: [MarkdownIssue]) {
        self.blocks = blocks
        self.issues = issues
    }
}

/// A problem in Markdown source that the core reports as a diagnostic.
public struct MarkdownIssue: Hashable, Sendable {
    public var location: SourceLocation
    public var code: String
    public var message: String
    public var hint: String?
    public var isError: Bool
}
