/// Repairs the outline where authors put a section's parts beside it instead of under it. Runs on
/// every list of sibling sections, top level first.
protocol RegroupRule: Sendable {
    var name: String { get }
    /// The regrouped siblings and, for each section moved under another, why; nil when the rule does not apply.
    func regroup(_ siblings: [Section], _ facts: SectionLookup) -> Regrouped?
}

/// The siblings after a regroup rule applied, and why each moved section moved.
struct Regrouped: Sendable {
    var siblings: [Section]
    var moved: [Moved]
}

/// A section a regroup rule put under another.
struct Moved: Sendable {
    var anchor: String
    var reason: String
}

/// The facts and first-pass role of any section of the topic.
struct SectionLookup: Sendable {
    let facts: [String: SectionFacts]
    let roles: [String: SectionRole]

    func facts(_ section: Section) -> SectionFacts { facts[section.heading.anchor] ?? SectionFacts(section) }
    func role(_ section: Section) -> SectionRole { roles[section.heading.anchor] ?? .fix }
}
