import Foundation

/// Facts about a section's Markdown that the tree rules ask for, read once.
enum BlockFacts {
    /// Whether the section, subsections included, holds links and nothing more than a few words around each.
    static func linksOnly(_ section: Section) -> Bool {
        var links = 0
        func inlinesOK(_ inlines: [Inline]) -> Bool {
            var words = 0
            func walk(_ inlines: [Inline]) {
                for inline in inlines {
                    switch inline {
                    case .link: links += 1
                    case .text(let t): words += t.split(whereSeparator: { $0 == " " || $0 == "\t" }).count { $0.contains(where: \.isLetter) }
                    case .code(let t), .noLoc(let t): words += t.split(separator: " ").count
                    case .emphasis(let c), .strong(let c), .strikethrough(let c), .included(let c): walk(c)
                    case .image, .html, .softBreak, .lineBreak, .include: continue
                    }
                }
            }
            walk(inlines)
            return words <= 3
        }
        func blocksOK(_ blocks: [Block]) -> Bool {
            blocks.allSatisfy { block in
                switch block {
                case .paragraph(let inlines, _): return inlinesOK(inlines)
                case .heading, .thematicBreak, .html, .include: return true
                case .list(let list): return list.items.allSatisfy(blocksOK)
                case .blockQuote(let c, _), .div(_, let c, _), .included(let c): return blocksOK(c)
                case .alert, .codeBlock, .table, .tabGroup: return false
                }
            }
        }
        return blocksOK(section.content) && links > 0
    }

    /// In-page anchors (`#name`) that the blocks link to, in order, lists and tables included.
    static func inPageLinks(_ blocks: [Block]) -> [String] {
        var result: [String] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let destination, _, let children, _):
                    if destination.hasPrefix("#"), destination.count > 1, !destination.hasPrefix("#tab/") {
                        result.append(String(destination.dropFirst()))
                    } else {
                        walk(children)
                    }
                case .emphasis(let c), .strong(let c), .included(let c): walk(c)
                default: continue
                }
            }
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines, _): walk(inlines)
                case .list(let list): list.items.forEach(walk)
                case .blockQuote(let c, _), .div(_, let c, _), .included(let c): walk(c)
                case .table(let table): for row in [table.header] + table.rows { row.forEach(walk) }
                default: continue
                }
            }
        }
        walk(blocks)
        return result
    }

    /// A paragraph of its own text starts with a bold cause or remedy label: "**Cause:** …", "**Solution:**".
    static func hasInlinePairLabels(_ blocks: [Block]) -> Bool {
        let labels: Set<String> = ["cause", "causes", "symptom", "symptoms", "problem", "issue", "resolution", "solution", "solutions",
                                   "workaround", "fix", "error"]
        return blocks.contains { block in
            guard case .paragraph(let inlines, _) = block, case .strong(let bold)? = inlines.first else { return false }
            let words = HeadingWords(PlainText.of(bold))
            return words.count <= 2 && words.first.map(labels.contains) == true
        }
    }

    /// In-page anchors linked from numbered lists: the text lists the subsections as steps.
    static func orderedLinks(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            guard case .list(let list) = block, list.ordered else { return [] }
            return inPageLinks([block])
        }
    }

    /// The text just before the subsections says they are done in order ("follow these steps", "one by one").
    static func announcesSequence(_ blocks: [Block]) -> Bool {
        guard case .paragraph(let inlines, _)? = blocks.last(where: { if case .html = $0 { return false }; return true }) else { return false }
        let words = HeadingWords(PlainText.of(inlines))
        return ["one by one", "in order", "in this order", "in the following order", "follow these steps", "following steps", "step by step",
                "in sequence", "one after another"].contains { words.contains(phrase: $0) }
    }

    /// The first block that is not an image or a blank line is a quoted message or a code block.
    static func opensWithQuote(_ blocks: [Block]) -> Bool {
        for block in blocks {
            switch block {
            case .blockQuote, .codeBlock: return true
            case .html: continue
            case .included(let inner) where inner.isEmpty: continue
            case .paragraph(let inlines, _) where inlines.allSatisfy(isDecoration): continue
            default: return false
            }
        }
        return false
    }

    private static func isDecoration(_ inline: Inline) -> Bool {
        switch inline {
        case .image, .softBreak, .lineBreak, .html: return true
        case .text(let t): return t.allSatisfy(\.isWhitespace)
        default: return false
        }
    }

    /// The last sentence of the last paragraph, when it is a question: the prompt the text itself asks.
    static func closingQuestion(_ blocks: [Block]) -> String? {
        guard case .paragraph(let inlines, _)? = blocks.last(where: { if case .html = $0 { return false }; return true }) else { return nil }
        let text = PlainText.of(inlines).trimming(" \n\t")
        guard text.hasSuffix("?"), text.count <= 300 else { return nil }
        var sentence = Substring(text)
        for separator in [". ", ": ", "! ", "\n"] {
            if let r = sentence.range(of: separator, options: .backwards) { sentence = sentence[r.upperBound...] }
        }
        let question = String(sentence).trimming(" ")
        return question.count >= 8 && question.count <= 160 ? question : nil
    }
}
