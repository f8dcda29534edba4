import Foundation
import Testing
import FixpathCore

@Suite struct BounceMessageTests {
    static func read(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.folder.appendingPathComponent("bounces/\(name)"), encoding: .utf8)
    }

    @Test func exchangeOnlineReportWithCRLFQuotedPrintableAndFoldedFields() throws {
        let bounce = BounceMessage(try Self.read("exchange-online-5.7.124.eml"))
        let status = try #require(bounce.statuses.first)
        #expect(bounce.statuses.count == 1)
        #expect(status.code == StatusCode(5, 7, 124))
        #expect(status.code.reply == 550)
        #expect(status.recipient == "finance-team@contoso.example")
        #expect(status.action == "failed")
        #expect(status.remoteMTA == "AM0PR01MB1234.eurprd01.prod.example")
        #expect(status.reply == "550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized to send to this group")
    }

    @Test func gmailReportInsideNestedMultipartWithBase64() throws {
        let bounce = BounceMessage(try Self.read("gmail-5.1.1.eml"))
        #expect(bounce.statuses.map(\.code) == [StatusCode(5, 1, 1)])
        #expect(bounce.statuses.first?.recipient == "nobody@contoso.example")
    }

    @Test func postfixReportWithTwoRecipients() throws {
        let bounce = BounceMessage(try Self.read("postfix-two-recipients.eml"))
        #expect(bounce.statuses.map(\.code.description) == ["5.1.15", "5.7.124"])
        #expect(bounce.statuses.map(\.recipient) == ["lee@contoso.example", "kim@contoso.example"])
    }

    @Test func pastedOutlookTextAndABareLine() throws {
        #expect(BounceMessage(try Self.read("outlook-pasted.txt")).statuses.map(\.code.description) == ["5.7.124"])
        #expect(BounceMessage("550 5.7.124").statuses.first?.code.reply == 550)
    }

    @Test(arguments: ["", "thanks for the lunch yesterday, see you at 10.30", "\u{0}\u{1}binary", String(repeating: "Content-Type: x\n", count: 500)])
    func garbageFindsNothing(text: String) {
        #expect(BounceMessage(text).statuses.isEmpty)
    }

    /// `count` distinct codes on one line: each used to copy and split the whole line.
    static func manyCodes(_ count: Int) -> String {
        (0..<count).map { "5.\($0 / 900 % 8).\($0 % 900)" }.joined(separator: " ") + "\n"
    }

    @Test func manyCodesCostLinearTimeAndOnlyTheFirstAreKept() {
        let ratio = Scaling.ratio(small: 4_000, prepare: Self.manyCodes) { text in
            let bounce = BounceMessage(text)
            #expect(bounce.statuses.count == BounceMessage.maxStatuses)
        }
        #expect(ratio < Scaling.linearLimit, "four times the codes took \(ratio)× longer")
        let bounce = BounceMessage(Self.manyCodes(4_000))
        #expect(bounce.omitted == 4_000 - BounceMessage.maxStatuses)
        #expect(bounce.statuses.first?.code == StatusCode(5, 0, 0))
        #expect(bounce.statuses.allSatisfy { ($0.reply ?? "").count <= BounceMessage.maxReplyLength })
    }

    @Test func manyRecipientsInADeliveryStatusAreCapped() {
        let groups = (0..<500).map { "Final-Recipient: rfc822; u\($0)@contoso.example\nAction: failed\nStatus: 5.1.\($0 % 20 + 1)" }
        let eml = "From: postmaster@contoso.example\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            + "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.contoso.example\n\n" + groups.joined(separator: "\n\n") + "\n\n--B--\n"
        let bounce = BounceMessage(eml)
        #expect(bounce.statuses.count == BounceMessage.maxStatuses)
        #expect(bounce.omitted == 500 - BounceMessage.maxStatuses)
        #expect(bounce.statuses[1].recipient == "u1@contoso.example")
    }
}
