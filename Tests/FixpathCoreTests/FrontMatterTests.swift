import Testing
import FixpathCore

@Suite struct FrontMatterTests {
    @Test func typedFieldsAreRead() throws {
        let project = try Fixtures.project(Fixtures.valid)
        let topic = try #require(project.topics.first { $0.path == "mail/bounce-topic.md" })
        let fm = topic.frontMatter
        #expect(fm.title == "Sample bounce topic")
        #expect(fm.description == "A fixture topic that uses every typed front matter field.")
        #expect(fm.date?.iso == "2024-02-29")
        #expect(fm.topicType == "troubleshooting")
        #expect(fm.custom == ["sap:Mail Flow", "CI 1234"])
        #expect(fm.author == "fixture-writer")
        #expect(fm.msAuthor == "fixturealias")
        #expect(fm.audience == "Admin")
        #expect(fm.appliesTo == ["Exchange Online"])
        #expect(fm.searchAppVerID == ["MET150"])
        #expect(fm.assetID == "00000000-1111-2222-3333-444444444444")
        #expect(fm["manager"] == .string("somebody"))
        #expect(fm["f1.keywords"] == .list([.string("CSH")]))
        #expect(fm.keyLines["ms.date"] == 4)
        #expect(topic.title == "Sample bounce topic")
        #expect(topic.heading?.text == "Sample bounce topic heading")
    }

    @Test func oneDigitMonthAndDayAreAccepted() throws {
        let project = try Fixtures.project(Fixtures.valid)
        let topic = try #require(project.topics.first { $0.path == "mail/other-topic.md" })
        #expect(topic.frontMatter.date?.long == "January 5, 2023")
    }

    @Test(arguments: ["13/01/2024", "02/30/2023", "2024-01-24", "1/2/24", ""])
    func badDatesAreRejected(text: String) {
        #expect(LearnDate(text) == nil)
    }

    @Test func includeFilesAreNotTopics() throws {
        let project = try Fixtures.project(Fixtures.valid)
        #expect(project.topics.map(\.path) == ["mail/bounce-topic.md", "mail/other-topic.md"])
    }

    @Test func validFixturesHaveNoDiagnostics() throws {
        let project = try Fixtures.project(Fixtures.valid)
        #expect(project.diagnostics.map(\.formatted) == [])
    }
}
