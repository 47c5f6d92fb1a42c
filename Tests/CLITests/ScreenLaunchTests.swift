import Testing

@testable import cfag

/// The screens' own reading of the command line agrees with ArgumentParser on every form it takes,
/// and leaves every other form (and every mistake) to ArgumentParser.
struct ScreenLaunchTests {
  static let taken: [[String]] = [
    [], ["--db", "/tmp/cfag.sqlite"], ["--db=/tmp/cfag.sqlite"], ["--no-color"],
    ["--db", "postgresql://cfag@db.example/cfag?sslmode=verify-full"],
    ["--themes", "Themes", "--as", "Pat Smith", "--no-color", "--db", "audits.sqlite"],
    ["--as=Pat", "--themes=/srv/themes=old", "--db", "a b.sqlite"],
  ]

  static let declined: [[String]] = [
    ["--version"], ["--help"], ["-h"], ["help"], ["audit", "list"], ["--json"], ["--db"], ["--db="],
    ["--db", "--themes", "x"], ["--db", "a", "--db", "b"], ["--no-color", "--no-color"],
    ["--if-unchanged-since", "3"], ["--db", "-"], ["--no-color=yes"], ["--", "x"], [""], ["audits.sqlite"],
    ["--db", "a", "audit", "list"], ["--as", ""], ["--colour"],
  ]

  @Test(arguments: taken)
  func readsAsArgumentParserDoes(_ arguments: [String]) throws {
    let launch = try #require(ScreenLaunch(arguments: arguments))
    let parsed = try #require(try CFAG.parseAsRoot(arguments) as? CFAG)
    #expect(launch.settings == parsed.global.settings)
    #expect(launch.noColor == parsed.noColor)
    #expect(!parsed.version)
  }

  @Test(arguments: declined)
  func leavesEveryOtherFormToArgumentParser(_ arguments: [String]) {
    #expect(ScreenLaunch(arguments: arguments) == nil)
  }

  @Test func readsTheValues() throws {
    let launch = try #require(
      ScreenLaunch(arguments: ["--themes", "Themes", "--as=Pat Smith", "--no-color", "--db", "a.sqlite"]))
    #expect(launch.settings == GlobalSettings(db: "a.sqlite", themes: "Themes", actor: "Pat Smith"))
    #expect(launch.noColor)
  }
}
