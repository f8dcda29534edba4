/// The inference rules, as data: ordered lists of small named rules, each in its own file under
/// `Tree/Rules/`. The first rule of a list that answers decides, and its name and reason are kept,
/// so `fixpath tree --explain` can say which rule made each node and why.
///
/// To add a rule, write a type that conforms to one of the protocols below in a new file, add it to
/// the list at the place where it should win over the rules after it, and give it a table-driven
/// test in `Tests/FixpathCoreTests/Tree/Rules/`. The README's "The decision tree" lists the rules
/// in this order.
enum RuleBook {
    /// What each section is for.
    static let roles: [any RoleRule] = [
        DeclaredRoleRule(), EscalationRule(), RelatedLinksRule(), AudienceHeadingRule(), SingleCauseRule(),
        LabelledFixRule(), QuestionHeadingRule(), WrapperSectionRule(), BackgroundRule(), LinksOnlyRule(), FixRule(),
    ]
    /// Repairs of the outline, applied to every list of sibling sections before the choices are read.
    static let regroups: [any RegroupRule] = [
        RoleHeadingTooDeepRule(), QuestionHeadingAdoptsRule(), ProblemPairsAdoptRule(), RemedyForNamedSectionRule(),
        RemedyAdoptsVariantsRule(),
    ]
    /// Whether the topic is a decision topic or a page to read, and so how much branching it gets.
    static let kinds: [any KindRule] = [
        DeclaredKindRule(), DeclaredTreeRule(), AudienceKindRule(), ReadingPageTypeRule(), NoFixSectionsRule(),
        TroubleshootingShapeRule(), TroubleTitleRule(), ReadingDefaultRule(),
    ]
    /// How a group of sibling fix sections is offered: one answer, or a question and its kind.
    static let choices: [any ChoiceRule] = [
        StepsRule(), NumberedAlternativesRule(), CauseChoicesRule(), ProblemResolutionPairsRule(), ListedProblemsRule(),
        ConditionsRule(), VariantsRule(), AnnouncedSequenceRule(), RemedyAlternativesRule(), DiagnoseThenFixRule(), FirstPersonRule(),
        QuestionHeadingChoicesRule(), SituationsRule(), ReadingSequenceRule(),
    ]
    /// Where a question's prompt comes from, when the text asks it itself.
    static let prompts: [any PromptRule] = [QuestionHeadingPromptRule(), ClosingQuestionPromptRule()]
    /// What an answer with tab groups becomes.
    static let tabs = TabVariantsRule()

    static func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, Explanation) {
        for rule in roles {
            if let (role, reason) = rule.role(of: section, in: context) { return (role, Explanation(rule: rule.name, reason: reason)) }
        }
        return (.fix, Explanation(rule: "Fix", reason: "no other rule applies"))
    }

    static func mode(of topic: TopicFacts) -> (InferenceMode, Explanation) {
        for rule in kinds {
            if let (mode, reason) = rule.mode(of: topic) { return (mode, Explanation(rule: rule.name, reason: reason)) }
        }
        return (.reading, Explanation(rule: "ReadingDefault", reason: "no rule applies"))
    }

    static func shape(of group: ChoiceGroup) -> (GroupShape, Explanation) {
        for rule in choices where rule.modes.contains(group.mode) {
            if let (shape, reason) = rule.shape(of: group) { return (shape, Explanation(rule: rule.name, reason: reason)) }
        }
        return (.oneAnswer, Explanation(rule: "ReadingSequence", reason: "no rule applies"))
    }

    static func prompt(for group: ChoiceGroup) -> (String, Explanation)? {
        for rule in prompts {
            if let (prompt, reason) = rule.prompt(for: group) { return (prompt, Explanation(rule: rule.name, reason: reason)) }
        }
        return nil
    }
}

/// Decides what one section is for.
protocol RoleRule: Sendable {
    var name: String { get }
    /// The role and the reason, or nil to leave it to the next rule.
    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)?
}

/// What a role rule may know besides the section itself.
struct RoleContext: Sendable {
    /// The section's subsections.
    var children: [SectionFacts] = []
    /// Anchors the `fixpath:` block lists under `context:`.
    var declaredContext: Set<String> = []
    /// The anchor the `fixpath:` block names as `escalation:`.
    var declaredEscalation: String?
    /// The section's siblings, itself included, in order.
    var siblings: [SectionFacts] = []
}

/// Decides how much branching a topic gets.
protocol KindRule: Sendable {
    var name: String { get }
    func mode(of topic: TopicFacts) -> (InferenceMode, String)?
}

/// Decides how a group of sibling fix sections is offered.
protocol ChoiceRule: Sendable {
    var name: String { get }
    /// The modes the rule applies in: some shapes are only read in troubleshooting topics.
    var modes: Set<InferenceMode> { get }
    func shape(of group: ChoiceGroup) -> (GroupShape, String)?
}

/// Takes a question's prompt from the text, when the text asks it.
protocol PromptRule: Sendable {
    var name: String { get }
    func prompt(for group: ChoiceGroup) -> (String, String)?
}

/// Sibling fix sections and what they sit under.
struct ChoiceGroup: Sendable {
    /// The section they belong to; nil at the top of the topic.
    var parent: RuledSection?
    var members: [RuledSection]
    var mode: InferenceMode
    /// The question that ends the parent's text (or the introduction's, at the top), if any.
    var closingQuestion: String?
    /// What each bare "Cause 1" section of the topic says, by tag, to label "Resolution for cause 1".
    var causes: [String: String] = [:]
    /// Anchors that the topic's symptom, cause and error-detail sections link to.
    var listedAsProblems: Set<String> = []

    var texts: [String] { members.map(\.facts.text) }
    var labels: [HeadingLabel] { members.map(\.facts.label) }
}

/// How a group of sibling sections is offered.
enum GroupShape: Equatable, Sendable {
    /// They are parts of one answer, read in order.
    case oneAnswer
    /// A question whose choices are the sections.
    case question(QuestionShape)

    var prompt: String? { if case .question(let q) = self { return q.prompt }; return nil }
}

/// A question over a group of sibling sections.
struct QuestionShape: Equatable, Sendable {
    var selection: TreeNode.Selection
    var prompt: String
    /// Choice labels, one per section; nil keeps the headings.
    var labels: [String]? = nil
    /// Choice slugs, one per section; nil (or an empty slug) derives them from the labels.
    var slugs: [String]? = nil
    /// How many leading sections introduce the question instead of being choices.
    var introductions = 0
}

/// The facts the topic kind rules read: metadata, title, and every section's role.
struct TopicFacts: Sendable {
    var topicType: String?
    /// The H1 when there is one (what the page shows), else the front matter title.
    var title: String
    var fileName: String
    var directives: TreeDirectives
    /// Whether inference found reader roles (a navigation table or role headings).
    var hasAudience: Bool
    /// Every section with its role, in document order.
    var sections: [(facts: SectionFacts, role: SectionRole)]
}
