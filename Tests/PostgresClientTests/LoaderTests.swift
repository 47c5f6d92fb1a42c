import PostgresClient
import Testing

/// libpq is loaded when first needed, and its absence is a clear error rather than a crash.
struct LoaderTests {
  @Test("a missing libpq is an error saying which package to install and what the loader said")
  func missingLibrary() {
    #expect {
      _ = try LibPQ(library: "libpq-cfag-missing.so.5")
    } throws: { error in
      let message = (error as? PGError)?.message ?? ""
      return message.hasPrefix("PostgreSQL support needs libpq (Debian: apt-get install libpq5): ")
        && message.contains("libpq-cfag-missing.so.5")
    }
  }

  @Test("the installed libpq loads, with every function the client uses")
  func installedLibrary() throws {
    _ = try LibPQ.load()
  }
}
