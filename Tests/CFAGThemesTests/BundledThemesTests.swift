import CFAGDomain
import Foundation
import Testing

@testable import CFAGThemes

@Suite struct BundledThemesTests {
  static let expectedIds = [
    "child-in-need", "child-protection", "contextual-safeguarding", "domestic-abuse", "early-help",
    "neglect", "pre-birth",
  ]

  private func loadBundled() -> ThemeLibrary {
    let folder = ThemeFolder(url: Fixtures.repositoryThemes(), source: .repository)
    return ThemeLibrary.load(ThemeSearchPath(folders: [folder], installFolder: folder.url))
  }

  @Test func everyBundledThemeParsesWithoutErrorsOrWarnings() {
    let library = loadBundled()
    #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map(\.description))")
    #expect(library.entries.map(\.theme.id) == Self.expectedIds)
  }

  @Test(arguments: expectedIds)
  func bundledThemeFollowsTheGuidance(id: String) throws {
    let theme = try #require(loadBundled().theme(id: id))
    #expect((6...8).contains(theme.domains.count), "\(id): \(theme.domains.count) domains")
    for domain in theme.domains {
      #expect((3...6).contains(domain.questions.count), "\(id)/\(domain.id): \(domain.questions.count)")
    }
    #expect(Set(theme.gradeDescriptors.keys) == Set(Grade.allCases))
    #expect(!theme.criteria.isEmpty)
    #expect(theme.questions.contains { $0.answerType == .text })
    let yesPartlyNo = theme.questions.filter { $0.answerType == .yesPartlyNo }.count
    #expect(yesPartlyNo * 2 > theme.questions.count, "mostly yes-partly-no")
    #expect(theme.reportSubject == theme.reportSubject.lowercased())
  }

  @Test func reportSubjectsMatchThePartnershipsWording() {
    let library = loadBundled()
    #expect(library.theme(id: "child-in-need")?.reportSubject == "children on a child in need plan")
    #expect(library.theme(id: "pre-birth")?.reportSubject == "pre birth assessments")
  }

  @Test func bundledThemesUseBritishSpelling() throws {
    let americanisms = ["organization", "behavior", "prioritize", "center ", "color", "analyze", "program "]
    for id in Self.expectedIds {
      let url = Fixtures.repositoryThemes().appendingPathComponent("\(id).yaml")
      let text = try String(contentsOf: url, encoding: .utf8).lowercased()
      for word in americanisms {
        #expect(!text.contains(word), "\(id) uses '\(word)'")
      }
    }
  }
}
