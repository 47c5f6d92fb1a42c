import Foundation
import Testing

/// `cfag db copy --to URI`: what it refuses before reaching a server (the copy itself is in
/// `PostgresCLITests`).
struct CLIDbCopyTests {
  @Test func aTargetThatIsNoPostgreSQLDatabaseOrHoldsAPasswordIsRefused() throws {
    let cli = try CLIRunner()
    _ = try cli.gradedAudit()
    let file = try cli.run(["db", "copy", "--to", cli.folder.appendingPathComponent("copy.sqlite").path])
    #expect(file.status == 1)
    #expect(file.stderr.contains("is not a PostgreSQL URI"))
    let password = try cli.run(["db", "copy", "--to", "postgresql://cfag:secret@localhost/cfag"])
    #expect(password.status == 1)
    #expect(password.stderr.contains("URI holds a password") && !password.stderr.contains("secret"))
  }
}
