/// A heading labelled as an alternative, a step, a situation or a remedy is a fix, whatever else
/// its words say: "Method 1: Verify the records", "Step 2", "Scenario 3", "Resolution".
struct LabelledFixRule: RoleRule {
    let name = "LabelledFix"

    func role(of section: SectionFacts, in context: RoleContext) -> (SectionRole, String)? {
        switch section.label {
        case .numbered(let keyword, let tag): return (.fix, "'\(section.text)' is \(keyword) \(tag)")
        case .step(let tag): return (.fix, "'\(section.text)' is step \(tag)")
        case .situation(let keyword, _): return (.fix, "'\(section.text)' is labelled as \("aeiou".contains(keyword.prefix(1)) ? "an" : "a") \(keyword)")
        case .remedy: return (.fix, "'\(section.text)' names a remedy")
        case .none: return nil
        }
    }
}
