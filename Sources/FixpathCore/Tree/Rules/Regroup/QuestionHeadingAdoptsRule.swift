/// A section that asks the reader to choose ("What do you want to do?") but has no subsections of
/// its own takes the sections after it as its choices: the ones its text links to, or else the fix
/// sections that follow it at the same level.
struct QuestionHeadingAdoptsRule: RegroupRule {
    let name = "QuestionHeadingAdopts"

    func regroup(_ siblings: [Section], _ lookup: SectionLookup) -> Regrouped? {
        guard let index = siblings.firstIndex(where: { lookup.facts($0).asksToChoose && !$0.children.contains { lookup.role($0).isFix } }) else {
            return nil
        }
        let asking = lookup.facts(siblings[index])
        let linked = Set(asking.inPageLinks)
        var end = index + 1
        while end < siblings.count {
            let next = siblings[end]
            let taken = linked.isEmpty ? lookup.role(next).isFix && !lookup.facts(next).asksToChoose : linked.contains(next.heading.anchor)
            guard taken else { break }
            end += 1
        }
        guard end - index - 1 >= 2 else { return nil }
        var result = siblings
        let adopted = Array(result[(index + 1)..<end])
        result.removeSubrange((index + 1)..<end)
        result[index].children += adopted
        let how = linked.isEmpty ? "follows" : "is linked from"
        return Regrouped(siblings: result, moved: adopted.map { Moved(anchor: $0.heading.anchor, reason: "'\($0.heading.text)' \(how) the question '\(asking.text)'") })
    }
}
