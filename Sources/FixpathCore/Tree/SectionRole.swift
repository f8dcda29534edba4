/// Why a rule decided what it did: the rule's name and the words or metadata that decided it.
public struct Explanation: Hashable, Sendable, Codable {
    public var rule: String
    public var reason: String

    public init(rule: String, reason: String) {
        self.rule = rule
        self.reason = reason
    }

    public var formatted: String { "\(rule): \(reason)" }
}

/// What a section is for, which decides whether it can ever be a choice.
public enum SectionRole: Hashable, Sendable {
    /// Steps that fix something, or a group of choices that lead to them.
    case fix
    /// Background: read, never chosen.
    case context(Purpose)
    /// Where a reader goes when nothing fixed the problem.
    case escalation
    /// Links to other pages.
    case related

    /// What a background section is for.
    public enum Purpose: String, Sendable, CaseIterable {
        case symptoms, cause, prerequisites, verification
        case moreInformation = "more information"
        case dataCollection = "data collection"
        case status
        case appliesTo = "applies to"
        case summary, background, prevention
        case audienceNote = "audience note"
        case errorDetails = "error details"
        case links = "links elsewhere"
        case declared = "declared in front matter"
    }

    public var isFix: Bool { self == .fix }
    public var isContext: Bool { if case .context = self { return true }; return false }

    public var name: String {
        switch self {
        case .fix: return "fix"
        case .context(let purpose): return "context (\(purpose.rawValue))"
        case .escalation: return "escalation"
        case .related: return "related links"
        }
    }
}

/// How much branching a topic gets, decided once per topic by the topic kind rules.
enum InferenceMode: String, Sendable {
    /// Every choice rule applies: a troubleshooting topic.
    case decision
    /// Only choices the page offers itself: methods, lettered options, tool variants, tabs, question headings.
    case reading
    /// No choices at all, as the front matter asks.
    case linear
}

/// A section's facts and its role, as the choice rules see them.
struct RuledSection: Sendable {
    var facts: SectionFacts
    var role: SectionRole
    var section: Section
    var children: [RuledSection]

    var anchor: String { facts.anchor }
    var fixChildren: [RuledSection] { children.filter { $0.role.isFix } }
}
