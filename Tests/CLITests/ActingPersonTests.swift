import Foundation
import Testing

@testable import cfag

/// Who the change log names: `--as`, else `$CFAG_USER`, else the account name; never "unknown".
struct ActingPersonTests {
  @Test func theOptionThenTheVariableThenTheAccountName() {
    let variables = ["CFAG_USER": "Business Manager", "USER": "login"]
    #expect(
      ActingPerson.resolve(option: "Chair", variables: variables, account: { "bm" })
        == ActingPerson(name: "Chair", origin: .option))
    #expect(
      ActingPerson.resolve(option: nil, variables: variables, account: { "bm" })
        == ActingPerson(name: "Business Manager", origin: .variable))
    #expect(
      ActingPerson.resolve(option: nil, variables: ["CFAG_USER": " ", "USER": "login"], account: { "bm" })
        == ActingPerson(name: "bm", origin: .account))
  }

  @Test func withoutAnAccountEntryTheEnvironmentOrTheUserIDNamesThePerson() {
    #expect(
      ActingPerson.resolve(option: nil, variables: ["LOGNAME": "lg"], account: { nil })
        == ActingPerson(name: "lg", origin: .logname))
    let bare = ActingPerson.resolve(option: nil, variables: [:], account: { nil })
    #expect(bare.origin == .userID)
    #expect(bare.name == "uid \(geteuid())")
  }

  @Test func aCommandRunWithoutCFAGUserIsLoggedUnderTheAccountName() throws {
    var cli = try CLIRunner()
    for name in ["CFAG_USER", "USER", "LOGNAME"] { cli.environment[name] = nil }
    let account = try #require(ActingPerson.accountName())
    let created = try cli.run(["audit", "create", "--theme", "child-in-need", "--date", "2026-12-01"])
    #expect(created.status == 0)
    let log = try #require(try cli.run(["log", "--json"]).json() as? [[String: Any]])
    let actors = Set(log.compactMap { $0["actor"] as? String }.filter { $0 != "cfag" })
    #expect(actors == [account])
  }
}
