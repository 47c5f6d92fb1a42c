import Foundation
import Testing

@testable import CFAGThemes

@Suite struct ThemeInstallerTests {
  private func mode(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func installsAGoodFilePrivatelyAndRefusesABadOne() throws {
    let root = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let good = try Fixtures.write(Fixtures.sample, named: "my-theme.yaml", in: root)
    let bad = try Fixtures.write(
      Fixtures.sample(replacingLine: 2, with: "titel: x"), named: "bad.yaml", in: root)
    let target = root.appendingPathComponent("data/cfag/themes")

    let report = ThemeInstaller.install(files: [good, bad], into: target)

    #expect(!report.succeeded)
    #expect(report.installed.map(\.id) == ["sample"])
    let installed = try #require(report.installed.first)
    #expect(installed.destination == target.appendingPathComponent("sample.yaml"))
    #expect(installed.replaced == false)
    #expect(try mode(installed.destination) == 0o600)
    #expect(try mode(target) == 0o700)
    #expect(try String(contentsOf: installed.destination, encoding: .utf8) == Fixtures.sample)
    #expect(report.warnings.contains { $0.message.contains("name the file sample.yaml") })

    let refused = try #require(report.refused.first)
    #expect(refused.file == bad)
    #expect(refused.diagnostics.contains { $0.line == 2 && $0.message.contains("unknown key 'titel'") })
    #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("bad.yaml").path))
  }

  @Test func replacesAnEarlierVersionAndRefusesTwoFilesWithOneId() throws {
    let root = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("themes")
    let first = try Fixtures.write(Fixtures.sample, named: "sample.yaml", in: root)
    #expect(ThemeInstaller.install(files: [first], into: target).succeeded)

    let newer = try Fixtures.write(
      Fixtures.sample.replacingOccurrences(of: "version: 1", with: "version: 2"), named: "sample.yaml",
      in: root.appendingPathComponent("v2"))
    let twin = try Fixtures.write(
      Fixtures.sample, named: "sample.yaml", in: root.appendingPathComponent("twin"))
    let refused = ThemeInstaller.install(files: [newer], into: target)
    #expect(refused.installed.isEmpty)
    #expect(refused.refused.first?.diagnostics.first?.message.contains("already installed") == true)
    #expect(refused.refused.first?.diagnostics.first?.message.contains("--force") == true)
    #expect(
      ThemeLibrary.load(
        ThemeSearchPath(folders: [ThemeFolder(url: target, source: .partnership)], installFolder: target)
      ).theme(id: "sample")?.version == 1)
    let report = ThemeInstaller.install(files: [newer, twin], into: target, replace: true)
    #expect(report.installed.map(\.replaced) == [true])
    #expect(report.refused.first?.diagnostics.first?.message.contains("install one of them") == true)
    let library = ThemeLibrary.load(
      ThemeSearchPath(folders: [ThemeFolder(url: target, source: .partnership)], installFolder: target))
    #expect(library.theme(id: "sample")?.version == 2)
    #expect(try mode(target.appendingPathComponent("sample.yaml")) == 0o600)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.path)
    #expect(leftovers == ["sample.yaml"])
  }

  @Test func refusesEverythingWhenNothingIsValid() throws {
    let root = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let bad = try Fixtures.write("id: [", named: "bad.yaml", in: root)
    let target = root.appendingPathComponent("themes")
    let report = ThemeInstaller.install(files: [bad], into: target)
    #expect(report.installed.isEmpty)
    #expect(report.refused.first?.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }
}
