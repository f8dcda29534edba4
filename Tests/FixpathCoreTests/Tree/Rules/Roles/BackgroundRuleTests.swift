import Testing
@testable import FixpathCore

@Suite struct BackgroundRuleTests {
    typealias P = SectionRole.Purpose

    @Test(arguments: [
        ("Symptoms", P.symptoms), ("Symptom", .symptoms), ("Problem", .symptoms), ("Issue description", .symptoms), ("Known issues", .symptoms),
        ("Steps to reproduce the behavior", .symptoms),
        ("Cause", .cause), ("Possible causes", .cause), ("Root cause", .cause), ("Causes for error code 4.4.7", .cause),
        ("Why did I get this bounce message?", .cause), ("What's going on", .cause), ("Possible reasons why documents don't save", .cause),
        ("Prerequisites", .prerequisites), ("Before you begin", .prerequisites), ("What do you need to know before you begin?", .prerequisites),
        ("What you need", .prerequisites), ("System requirements", .prerequisites),
        ("How do you know this worked?", .verification), ("Verify that the fix works", .verification), ("Confirm the result", .verification),
        ("Verification", .verification), ("Validation steps", .verification), ("Verification checklist", .verification),
        ("Prevent this issue", .prevention), ("Best practices", .prevention), ("Monitor peering health with Azure Monitor", .prevention),
        ("Steps to reduce the chances of a dirty shutdown", .prevention),
        ("Error messages", .errorDetails), ("Details about this NDR", .errorDetails), ("Details for error code 5.1.0", .errorDetails),
        ("Description of the common corruption errors", .errorDetails),
        ("Data collection", .dataCollection), ("Collecting data for Microsoft Support", .dataCollection),
        ("Gather information for troubleshooting the error", .dataCollection), ("Collect logs", .dataCollection),
        ("Status", .status), ("Current status", .status),
        ("Applies to", .appliesTo), ("Affected products", .appliesTo),
        ("Information for developers", .audienceNote), ("Information for IT users", .audienceNote), ("Notes for IT pros", .audienceNote),
        ("For developers", .audienceNote),
        ("Summary", .summary), ("Introduction", .summary), ("Overview", .summary), ("In this article", .summary),
        ("More information", .moreInformation), ("Additional details", .moreInformation), ("Notes", .moreInformation),
        ("More information about groups", .moreInformation), ("Frequently asked questions", .moreInformation),
        ("Background information", .background), ("How allocation works", .background), ("What is the brand center?", .background),
        ("About retention labels", .background), ("Query time-out is not the same as connection time-out", .background),
        ("Differences between the two agents", .background), ("Event logs", .dataCollection),
        ("Symptoms and initial troubleshooting", .symptoms), ("Examples", .background), ("Where is the error code?", .background), ("Terminology", .background), ("What does the System Update Readiness tool do", .background),
    ])
    func namesBackgroundByPurpose(heading: String, purpose: P) {
        #expect(RuleHarness.role(BackgroundRule(), heading) == .context(purpose))
    }

    @Test(arguments: [
        "Verify the custom domain's MX record", "Verify that the recipient exists and has an active license assigned", "Resolution",
        "The peering status is Connected", "Search error: \"Location is ambiguous\"", "Error code: 0x80004005. Unspecified error",
        "What do you want to do?", "Check GC connectivity and availability", "Common issues", "Configure requirements for the connector",
        "Get the IP address of the server", "Forwarding using Inbox rules (user)", "User mailboxes", "Validate the certificate chain",
        "Avoid special characters in folder names", "Set up alerts for failed pings",
    ])
    func leavesFixes(heading: String) {
        #expect(RuleHarness.role(BackgroundRule(), heading) == nil)
    }
}
