import CFAGDomain
import Testing

@testable import CFAGThemes

@Suite struct ThemeWriterTests {
  @Test func writtenThemesReadBackEqual() throws {
    let folder = ThemeFolder(url: Fixtures.repositoryThemes(), source: .repository)
    let library = ThemeLibrary.load(ThemeSearchPath(folders: [folder], installFolder: folder.url))
    #expect(!library.entries.isEmpty)
    for theme in library.themes {
      let yaml = try ThemeWriter.yaml(for: theme)
      let again = ThemeParser.parse(yaml, file: "\(theme.id).yaml")
      #expect(again.errors.isEmpty, "\(again.errors)")
      #expect(again.theme == theme)
    }
  }

  @Test func keepsUnicodeAndQuotesWordsYAMLWouldMisread() throws {
    var theme = try #require(ThemeParser.parse(Fixtures.sample, file: "sample.yaml").theme)
    theme.title = "Children’s voice — “lived experience”"
    theme.domains[0].questions[0].guidance = "yes"
    let yaml = try ThemeWriter.yaml(for: theme)
    #expect(yaml.contains("Children’s voice — “lived experience”"))
    #expect(ThemeParser.parse(yaml, file: "sample.yaml").theme == theme)
  }
}
