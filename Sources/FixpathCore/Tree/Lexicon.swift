/// The word classes the tree rules are written in. Each set names a kind of word, not the
/// phrases seen so far: a rule says "a remedy noun first", and this file says which nouns are remedies.
enum Lexicon {
    /// Nouns that name the remedy part of an article: "Resolution", "Workaround 2", "Fix for Outlook".
    static let remedyNouns: Set<String> = [
        "resolution", "resolutions", "solution", "solutions", "workaround", "workarounds", "fix", "fixes",
        "remedy", "remedies", "mitigation", "mitigations", "resolve",
    ]
    /// Keywords that number alternatives a reader tries one after another.
    static let alternativeKeywords: Set<String> = [
        "method", "solution", "option", "workaround", "resolution", "fix", "approach", "alternative", "way",
    ]
    /// Keywords that number parts of one procedure.
    static let stepKeywords: Set<String> = ["step", "part", "phase", "stage", "task"]
    /// Keywords that label one of several situations a reader matches: "Scenario 2", "Cause 1: …".
    static let situationKeywords: Set<String> = [
        "scenario", "situation", "case", "cause", "issue", "problem", "symptom", "error", "condition", "reason",
    ]
    /// Nouns that describe what a reader sees go wrong (a section named only by them is background).
    static let symptomNouns: Set<String> = ["symptom", "symptoms", "problem", "problems", "issue", "issues", "behavior", "behaviour"]
    /// Nouns that explain why something went wrong.
    static let causeNouns: Set<String> = ["cause", "causes", "reason", "reasons"]
    /// Nouns for information that supplements an article.
    static let informationNouns: Set<String> = [
        "information", "info", "details", "detail", "notes", "note", "remarks", "remark", "considerations",
        "guidance", "tips", "facts",
    ]
    /// Words that say information is extra: "More information", "Additional details".
    static let extentWords: Set<String> = ["more", "additional", "further", "other", "extra", "supplemental", "supplementary", "technical", "important", "general", "useful"]
    /// Nouns for collections of links elsewhere.
    static let linkCollectionNouns: Set<String> = ["links", "resources", "references", "reading", "articles", "topics", "content", "documentation", "docs", "videos"]
    /// Nouns for the people an article speaks to.
    static let audienceNouns: Set<String> = [
        "developer", "developers", "admin", "admins", "administrator", "administrators", "it", "itpro", "itpros", "pro", "pros",
        "professional", "professionals", "user", "users", "home", "end", "partner", "partners", "isv", "isvs", "advanced",
        "agents", "customers", "customer", "makers", "maker", "owners", "owner", "technicians",
    ]
    /// Nouns for errors and the messages that report them.
    static let errorNouns: Set<String> = [
        "error", "errors", "ndr", "ndrs", "event", "events", "code", "codes", "message", "messages", "exception",
        "exceptions", "warning", "warnings", "bounce", "alert", "alerts",
    ]
    /// Words that ask for a description rather than a fix.
    static let descriptionWords: Set<String> = [
        "details", "detail", "description", "descriptions", "meaning", "meanings", "explanation", "explanations", "reference",
        "list", "about", "information", "info", "overview", "summary", "text",
    ]
    /// Words that say a fix worked.
    static let outcomeWords: Set<String> = [
        "worked", "works", "work", "working", "succeeded", "success", "successful", "successfully", "fixed", "resolved",
        "solved", "result", "results", "outcome", "effect", "applied",
    ]
    /// Verbs that check something.
    static let checkVerbs: Set<String> = ["verify", "verifying", "confirm", "confirming", "check", "checking", "test", "testing", "validate", "validating", "know", "ensure", "see"]
    /// Verbs that gather evidence.
    static let gatherVerbs: Set<String> = ["collect", "collecting", "gather", "gathering", "capture", "capturing", "get", "getting", "obtain", "record"]
    /// Nouns for evidence gathered for support.
    static let evidenceNouns: Set<String> = [
        "data", "logs", "log", "traces", "trace", "diagnostics", "diagnostic", "dump", "dumps", "information", "info", "details", "evidence",
    ]
    /// Verbs that investigate before fixing: "Determine the source", "Identify the affected servers".
    static let investigateVerbs: Set<String> = [
        "determine", "identify", "diagnose", "investigate", "isolate", "narrow", "find", "locate", "troubleshoot", "understand", "analyze", "review",
    ]
    /// Verbs that check a diagnosis before the fix: the investigating verbs and the checking ones.
    static let diagnoseVerbs: Set<String> = investigateVerbs.union(["verify", "verifying", "confirm", "confirming", "check", "checking", "test", "testing"])
    /// Words that make a title or heading speak of something going wrong.
    static let troubleWords: Set<String> = [
        "error", "errors", "fail", "fails", "failed", "failure", "failures", "failing", "can't", "cannot", "cant", "unable", "won't",
        "doesn't", "don't", "isn't", "aren't", "didn't", "wasn't", "weren't", "not", "troubleshoot", "troubleshooting", "fix", "fixes",
        "resolve", "resolving", "issue", "issues", "problem", "problems", "crash", "crashes", "crashed", "hang", "hangs", "freezes",
        "stops", "stopped", "missing", "slow", "blocked", "denied", "corrupt", "corrupted", "damaged", "unexpected",
        "incorrect", "wrong", "lost", "disappear", "disappears", "broken", "unavailable", "unresponsive", "mismatch", "invalid",
        "timeout", "timed", "rejected", "unsupported",
    ]
    /// `ms.topic` values of pages that are read, not navigated.
    static let readingTopicTypes: Set<String> = [
        "how-to", "howto", "how-to-guide", "conceptual", "concept-article", "concept", "reference", "overview", "landing-page",
        "hub-page", "tutorial", "interactive-tutorial", "quickstart", "sample", "whats-new", "release-notes", "solution-overview",
        "best-practice", "faq", "glossary", "include", "architecture", "get-started", "article-overview", "video", "contributor-guide",
    ]
    /// Words that name a tool, a version or a platform, which mark a group of headings or tabs as variants.
    static let variantWords: Set<String> = [
        "new", "classic", "old", "legacy", "modern", "web", "desktop", "mobile", "online", "app", "apps", "version",
        "versions", "mac", "macos", "windows", "ios", "android", "iphone", "ipad", "outlook", "eac", "powershell",
        "center", "centre", "portal", "server", "browser", "client", "edge", "chrome", "firefox", "safari", "explorer",
        "cmdlet", "cmdlets", "shell", "ui", "gui", "cli", "exchange", "teams", "sharepoint", "onedrive", "owa",
        "preview", "current", "earlier", "later", "cloud", "on-premises", "hybrid", "microsoft", "office", "win32",
        "x86", "x64", "arm", "linux", "admin",
    ]
    /// Tab titles that name a tool a reader works with.
    static let toolWords: Set<String> = [
        "portal", "cli", "powershell", "shell", "bash", "cmd", "console", "rest", "api", "sdk", "template", "templates", "arm",
        "bicep", "terraform", "eac", "center", "centre", "cmdlet", "cmdlets", "ui", "gui", "command", "graph", "studio", "code",
        "registry", "policy", "intune", "manager", "mmc", "editor", "wizard", "tool", "designer", "browser", "explorer",
    ]
    /// Tab titles that name a platform.
    static let platformWords: Set<String> = [
        "windows", "linux", "macos", "mac", "ios", "android", "ubuntu", "debian", "rhel", "red", "suse", "centos", "fedora",
        "web", "desktop", "mobile", "iphone", "ipad", "chromeos",
    ]
    /// Tab titles that name a programming language.
    static let languageWords: Set<String> = [
        "c#", "csharp", "f#", "vb", "visual", "python", "java", "javascript", "typescript", "go", "node.js", "nodejs", "c++",
        "ruby", "php", "rust", "swift", "kotlin", "sql", "t-sql", "xml", "json", "yaml",
    ]
    /// First words of a heading that speaks as the reader: "I need …", "My network uses …".
    static let firstPersonWords: Set<String> = ["i", "i'm", "im", "i've", "i'd", "my", "we", "we're", "our"]
    /// Verbs that start a procedure heading: "Check …", "Turn off …".
    static let procedureVerbs: Set<String> = [
        "add", "allow", "apply", "ask", "assign", "block", "change", "check", "clear", "configure", "confirm", "connect", "contact",
        "copy", "create", "delete", "deploy", "disable", "download", "edit", "enable", "ensure", "export", "grant", "import",
        "install", "make", "manage", "modify", "move", "open", "reinstall", "remove", "rename", "repair", "replace", "reset",
        "restart", "restore", "run", "save", "select", "set", "sign", "start", "stop", "switch", "sync", "turn", "uninstall",
        "update", "upgrade", "use", "validate", "verify", "view",
    ]
}
