@_exported import FixpathMarkdown

/// A problem in the content, found by loading or checking it: a value, never an exception.
public struct Diagnostic: Hashable, Sendable, Comparable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// The file, relative to the content root.
    public var path: String
    public var location: SourceLocation
    public var severity: Severity
    /// A stable code such as `FP010`; see ``DiagnosticCode``.
    public var code: String
    public var message: String
    /// One line on how to fix it.
    public var hint: String?

    public init(path: String, location: SourceLocation = SourceLocation(line: 1, column: 1), severity: Severity,
                code: String, message: String, hint: String? = nil) {
        self.path = path
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }

    init(path: String, issue: MarkdownIssue) {
        self.init(path: path, location: issue.location, severity: issue.isError ? .error : .warning,
                  code: issue.code, message: issue.message, hint: issue.hint)
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.location.line, a.location.column, a.code, a.message) < (b.path, b.location.line, b.location.column, b.code, b.message)
    }

    /// `path:line:col: error: message [FP010]`, the form editors and CI logs understand. Paths and
    /// messages quote content, so their control characters are shown escaped (see ``ControlCharacters``).
    public var formatted: String {
        "\(ControlCharacters.escaped(path)):\(location.line):\(location.column): \(severity.rawValue): \(ControlCharacters.escaped(message)) [\(code)]"
    }
}

/// The stable diagnostic codes. Tools may match on them; they never change meaning.
public enum DiagnosticCode {
    public static let invalidUTF8 = "FP001"
    public static let byteOrderMark = "FP002"
    public static let crlf = "FP003"
    public static let unreadable = "FP004"
    public static let nulByte = "FP005"
    public static let tooLarge = "FP006"
    public static let tableTooWide = "FP007"
    public static let nameNotUTF8 = "FP009"
    public static let invalidYAML = "FP010"
    public static let noFrontMatter = "FP011"
    public static let unclosedFrontMatter = "FP012"
    public static let frontMatterNotMapping = "FP013"
    public static let badFieldType = "FP014"
    public static let badDate = "FP015"
    public static let missingTitle = "FP016"
    public static let missingDescription = "FP017"
    public static let includeMissing = "FP030"
    public static let includeRecursive = "FP031"
    public static let includeOutsideRoot = "FP032"
    public static let includeTooLarge = "FP111"
    public static let imageMissing = "FP040"
    public static let imageOutsideRoot = "FP041"
    public static let notAFile = "FP042"
    public static let activeContent = "FP043"
    public static let linkBroken = "FP050"
    public static let anchorMissing = "FP051"
    public static let linkOutsideRoot = "FP052"
    public static let unsafeURL = "FP053"
    public static let rawHTML = "FP060"
    public static let unbalancedHTML = "FP061"
    public static let duplicateCode = "FP070"
    public static let todo = "FP080"
    public static let fileOnGeneratedPath = "FP090"
    public static let pageOnGeneratedPath = "FP091"
    public static let controlCharacterInName = "FP092"
    public static let journalDiscarded = "FP093"
    public static let imageLinkWithoutAlt = "FP095"
    public static let treeUnknownKey = "FP100"
    public static let treeMissingAnchor = "FP101"
    public static let treeCycle = "FP102"
    public static let treeUnreachable = "FP103"
    public static let treeFewChoices = "FP104"
    public static let treeBadValue = "FP105"
    public static let treeLostFix = "FP106"
    public static let yamlAliasLimit = "FP110"
    public static let tooManyChoices = "FP112"
}
