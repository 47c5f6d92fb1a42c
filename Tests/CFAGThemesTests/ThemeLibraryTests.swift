import Foundation
import Testing

@testable import CFAGThemes

@Suite struct ThemeLibraryTests {
  /// A fake install: `<root>/bin/cfag` with `Themes` beside it, a repository checkout, and a home.
  private struct Layout {
    let root: URL
    var bin: URL { root.appendingPathComponent("bin") }
    var bundled: URL { bin.appendingPathComponent("Themes") }
    var repository: URL { root.appendingPathComponent("repo") }
    var home: URL { root.appendingPathComponent("home") }
    var partnership: URL { home.appendingPathComponent(".local/share/cfag/themes") }

    init() throws {
      root = try Fixtures.temporaryFolder()
      try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: bin.appendingPathComponent("cfag").path, contents: Data())
      try Fixtures.write("// package", named: "Package.swift", in: repository)
    }

    func resolve(option: String? = nil, environment: [String: String] = [:], in directory: URL? = nil)
      -> ThemeSearchPath
    {
      var environment = environment
      environment["HOME"] = environment["HOME"] ?? home.path
      return ThemeSearchPath.resolve(
        themesOption: option, environment: environment, currentDirectory: directory ?? repository,
        executable: bin.appendingPathComponent("cfag"), homeDirectory: home)
    }
  }

  @Test func partnershipBeatsRepositoryBeatsBundledAndListsWhatItShadows() throws {
    let layout = try Layout()
    defer { try? FileManager.default.removeItem(at: layout.root) }
    try Fixtures.write(
      Fixtures.sample(id: "neglect", title: "Bundled neglect"), named: "neglect.yaml", in: layout.bundled)
    try Fixtures.write(
      Fixtures.sample(id: "only-bundled", title: "B"), named: "only-bundled.yaml", in: layout.bundled)
    let repoThemes = layout.repository.appendingPathComponent("Themes")
    try Fixtures.write(
      Fixtures.sample(id: "neglect", title: "Repo neglect"), named: "neglect.yaml", in: repoThemes)
    try Fixtures.write(
      Fixtures.sample(id: "neglect", title: "Our neglect"), named: "neglect.yaml", in: layout.partnership)

    let path = layout.resolve()
    #expect(path.folders.map(\.source) == [.bundled, .repository, .partnership])
    #expect(path.installFolder.path == layout.partnership.standardizedFileURL.path)

    let library = ThemeLibrary.load(path)
    #expect(library.diagnostics.filter(\.isError).isEmpty)
    #expect(library.entries.map(\.theme.id) == ["neglect", "only-bundled"])
    let neglect = try #require(library.entry(id: "neglect"))
    #expect(neglect.theme.title == "Our neglect")
    #expect(neglect.source == .partnership)
    #expect(neglect.file.lastPathComponent == "neglect.yaml")
    #expect(neglect.shadowed.map(\.source) == [.repository, .bundled])
    #expect(library.entry(id: "only-bundled")?.source == .bundled)
    #expect(library.entry(id: "only-bundled")?.shadowed.isEmpty == true)
  }

  @Test func repositoryFolderNeedsAPackageManifest() throws {
    let layout = try Layout()
    defer { try? FileManager.default.removeItem(at: layout.root) }
    let elsewhere = layout.root.appendingPathComponent("elsewhere")
    try Fixtures.write(Fixtures.sample, named: "sample.yaml", in: elsewhere.appendingPathComponent("Themes"))
    let path = layout.resolve(in: elsewhere)
    #expect(path.folders.map(\.source) == [.partnership])
  }

  @Test func bundledFolderMayBeInShareBesideBin() throws {
    let layout = try Layout()
    defer { try? FileManager.default.removeItem(at: layout.root) }
    let share = layout.root.appendingPathComponent("share/cfag/themes")
    try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
    let path = layout.resolve()
    #expect(path.folders.first?.source == .bundled)
    #expect(path.folders.first?.url.path == share.standardizedFileURL.path)
  }

  @Test func themesOptionAndEnvironmentNameTheOnlyFolder() throws {
    let layout = try Layout()
    defer { try? FileManager.default.removeItem(at: layout.root) }
    let chosen = layout.root.appendingPathComponent("chosen")
    let fromEnv = layout.root.appendingPathComponent("env")
    try Fixtures.write(Fixtures.sample, named: "sample.yaml", in: chosen)
    try Fixtures.write(Fixtures.sample(id: "neglect", title: "N"), named: "neglect.yaml", in: layout.bundled)

    let byOption = layout.resolve(option: chosen.path, environment: ["CFAG_THEMES": fromEnv.path])
    #expect(byOption.folders.map(\.source) == [.explicit])
    #expect(byOption.folders.map(\.url.path) == [chosen.standardizedFileURL.path])
    #expect(byOption.installFolder.path == chosen.standardizedFileURL.path)
    #expect(ThemeLibrary.load(byOption).entries.map(\.theme.id) == ["sample"])

    let byEnvironment = layout.resolve(environment: ["CFAG_THEMES": fromEnv.path])
    #expect(byEnvironment.folders.map(\.url.path) == [fromEnv.standardizedFileURL.path])
    let missing = ThemeLibrary.load(byEnvironment)
    #expect(missing.entries.isEmpty)
    #expect(missing.diagnostics.first?.message == "the themes folder does not exist")

    let relative = layout.resolve(option: "../chosen")
    #expect(relative.folders.first?.url.path == chosen.standardizedFileURL.path)
  }

  @Test func partnershipFolderFollowsXDGDataHome() {
    let home = URL(fileURLWithPath: "/home/bm")
    let xdg = ThemeSearchPath.partnershipFolder(environment: ["XDG_DATA_HOME": "/data"], homeDirectory: home)
    #expect(xdg.path == "/data/cfag/themes")
    let relative = ThemeSearchPath.partnershipFolder(
      environment: ["XDG_DATA_HOME": "data"], homeDirectory: home)
    #expect(relative.path == "/home/bm/.local/share/cfag/themes")
    let fromHome = ThemeSearchPath.partnershipFolder(
      environment: ["HOME": "/home/other"], homeDirectory: home)
    #expect(fromHome.path == "/home/other/.local/share/cfag/themes")
  }

  @Test func aBrokenFileDoesNotHideTheGoodOnes() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Fixtures.write(Fixtures.sample, named: "sample.yaml", in: folder)
    try Fixtures.write(Fixtures.sample(replacingLine: 2, with: "titel: x"), named: "broken.yaml", in: folder)
    try Fixtures.write("not a theme", named: "notes.txt", in: folder)
    try Fixtures.write(Fixtures.sample, named: "copy.yml", in: folder)
    let library = ThemeLibrary.load(
      ThemeSearchPath(folders: [ThemeFolder(url: folder, source: .explicit)], installFolder: folder))
    #expect(library.entries.map(\.theme.id) == ["sample"])
    let errors = library.diagnostics.filter(\.isError)
    #expect(errors.contains { $0.file.hasSuffix("broken.yaml") && $0.line == 2 })
    // Two files with one id in one folder: the first by name is used, the other reported.
    #expect(library.entry(id: "sample")?.file.lastPathComponent == "copy.yml")
    #expect(
      errors.contains { $0.file.hasSuffix("sample.yaml") && $0.message.contains("already used by copy.yml") })
  }
}
