import Testing
import FixpathCore

@Suite struct StatusCodeTests {
    @Test(arguments: [
        ("550 5.7.124", ["5.7.124"]),
        ("Fix NDR error \"550 5.7.124\" or \"5.7.124\" in Exchange Online", ["5.7.124"]),
        ("5.7.13 or 5.7.135", ["5.7.13", "5.7.135"]),
        ("5.1.1 through 5.1.20", ["5.1.1-5.1.20"]),
        ("451 4.7.500-699 (ASxxx)", ["4.7.500-4.7.699"]),
        ("5.4.6 through 5.4.20", ["5.4.6-5.4.20"]),
        ("5.4.6 to 5.4.20", ["5.4.6-5.4.20"]),
        ("Remote server 10.1.2.3 said 550 5.1.10 RESOLVER.ADR.RecipientNotFound", ["5.1.10"]),
        ("version 1.2.3 and 2026.11.29", []),
        ("", []),
    ])
    func findsCodesAndRanges(text: String, expected: [String]) {
        #expect(StatusCodeScanner.ranges(in: text).map(\.description) == expected)
    }

    @Test(arguments: [
        ("fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online.md", ["5.1.1-5.1.20"]),
        ("fix-error-code-5-7-124-in-exchange-online.md", ["5.7.124"]),
        ("badprimary-ndr.md", []),
    ])
    func readsFileNames(name: String, expected: [String]) {
        #expect(StatusCodeScanner.ranges(inFileName: name).map(\.description) == expected)
    }

    @Test func replyCodeIsKept() throws {
        let code = try #require(StatusCode("550 5.7.124"))
        #expect(code.reply == 550)
        #expect(code == StatusCode(5, 7, 124))
    }

    @Test func lookupHonorsRangesAndPrefersNarrowMatches() throws {
        let index = StatusCodeIndex(entries: [
            .init(topic: "range.md", title: "5.1.1 through 5.1.20", ranges: StatusCodeScanner.ranges(in: "5.1.1 through 5.1.20")),
            .init(topic: "exact.md", title: "5.1.10", ranges: StatusCodeScanner.ranges(in: "5.1.10")),
            .init(topic: "other.md", title: "5.7.124", ranges: StatusCodeScanner.ranges(in: "5.7.124")),
        ])
        #expect(index.topics(for: try #require(StatusCode("5.1.15"))).map(\.topic) == ["range.md"])
        #expect(index.topics(for: try #require(StatusCode("5.1.10"))).map(\.topic) == ["exact.md", "range.md"])
        #expect(index.topics(forText: "550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized").map(\.topic) == ["other.md"])
        #expect(index.topics(for: try #require(StatusCode("4.4.7"))).isEmpty)
    }
}
