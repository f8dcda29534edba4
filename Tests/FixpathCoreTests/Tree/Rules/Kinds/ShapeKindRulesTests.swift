import Testing
@testable import FixpathCore

/// The kind rules that read `ms.topic`, the title and the headings.
@Suite struct ShapeKindRulesTests {
    @Test(arguments: ["how-to", "conceptual", "reference", "overview", "landing-page", "tutorial", "quickstart", "concept-article"])
    func readingPageTypes(type: String) {
        #expect(ReadingPageTypeRule().mode(of: .sample(title: "Fix it", topicType: type))?.0 == .reading)
    }

    @Test func tableOfContentsFileIsRead() {
        #expect(ReadingPageTypeRule().mode(of: .sample(title: "Contents", fileName: "toc.md"))?.0 == .reading)
        #expect(ReadingPageTypeRule().mode(of: .sample(title: "Fix it", topicType: "troubleshooting")) == nil)
        #expect(ReadingPageTypeRule().mode(of: .sample(title: "Fix it", topicType: "article")) == nil)
    }

    @Test(arguments: [(["Symptoms", "Cause", "More information"], true), (["Symptoms", "Resolution"], false), (["Check A"], false)])
    func topicsWithNoFixSectionAreRead(headings: [String], read: Bool) {
        #expect((NoFixSectionsRule().mode(of: .sample(title: "T", headings: headings))?.0 == .reading) == read)
    }

    @Test(arguments: [(["Symptoms", "Resolution"], true), (["Scenario 1: X", "Scenario 2: Y"], true), (["Workaround 1", "Workaround 2"], true),
                      (["Method 1", "Method 2"], false), (["Step 1", "Step 2"], false), (["Create a subnet", "Update a subnet"], false)])
    func troubleshootingHeadingsMakeADecisionTopic(headings: [String], decision: Bool) {
        #expect((TroubleshootingShapeRule().mode(of: .sample(title: "T", headings: headings))?.0 == .decision) == decision)
    }

    @Test(arguments: [
        ("Outlook can't connect after you change your password", true), ("Error 0x8004010F when you send email", true),
        ("Troubleshoot virtual network peering problems", true), ("Fix NDR error 5.7.124", true), ("Unable to join computers to a domain", true),
        ("DFSR event ID 2213 in Windows Server", true), ("Event 1135 is logged on a cluster node", true), ("Event log overview", false),
        ("DNS scavenging setup", false), ("Bounce messages (NDRs) in Exchange Online", false),
        ("Collect data to troubleshoot SQL Server connectivity issues", false), ("Configure the proxy to avoid errors", false),
    ])
    func troubleTitles(title: String, decision: Bool) {
        #expect((TroubleTitleRule().mode(of: .sample(title: title))?.0 == .decision) == decision)
    }

    @Test func anythingElseIsRead() {
        #expect(ReadingDefaultRule().mode(of: .sample(title: "DNS scavenging setup"))?.0 == .reading)
    }
}
