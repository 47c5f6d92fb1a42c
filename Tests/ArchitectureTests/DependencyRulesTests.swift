import Foundation
import Testing

/// The module rules of ARCHITECTURE.md, checked against every target of the package and every
/// source file's imports.
@Suite(.enabled(if: PackageTargets.swift != nil, "swift is not on PATH, so the package cannot be described"))
struct DependencyRulesTests {
  /// What each target may import: one row per target, so a new target needs a rule. Swift's own
  /// libraries (Foundation, Glibc, Dispatch) are allowed where listed; anything not listed is forbidden.
  static let allowed: [String: Set<String>] = [
    "CFAGDomain": ["Foundation", "FoundationEssentials"],
    "CFAGOutput": ["CZlib", "Foundation", "Glibc", "Darwin"],
    "CFAGThemes": ["CFAGDomain", "CFAGOutput", "Foundation", "Yams"],
    "CFAGInterchange": ["CFAGDomain", "CFAGOutput", "Foundation", "FoundationEssentials"],
    "CFAGStore": [
      "CFAGDomain", "CFAGInterchange", "CFAGOutput", "Foundation", "GRDB", "GRDBSQLite", "Crypto",
      "PostgresClient", "Glibc", "Darwin",
    ],
    "CFAGReports": ["CFAGDomain", "CFAGOutput", "Foundation", "FoundationEssentials"],
    "TUIKit": ["Foundation", "FoundationEssentials"],
    "CCurses": [],
    "CZlib": [],
    "CursesBackend": ["TUIKit", "CCurses", "Foundation", "Glibc", "Darwin"],
    "CPQ": [],
    // The only module that touches libpq, which it loads with dlopen (CPQ links nothing).
    "PostgresClient": ["CPQ", "Glibc", "Darwin"],
    "AuditTUI": [
      "TUIKit", "CFAGDomain", "CFAGOutput", "CFAGStore", "CFAGReports", "CFAGInterchange", "Foundation",
    ],
    "cfag": [
      "CFAGDomain", "CFAGOutput", "CFAGThemes", "CFAGInterchange", "CFAGStore", "CFAGReports", "TUIKit",
      "CursesBackend", "AuditTUI", "ArgumentParser", "Foundation", "Glibc", "Darwin",
    ],
    "cfag-bench": [
      "CFAGDomain", "CFAGStore", "CFAGReports", "TUIKit", "CursesBackend", "AuditTUI", "Foundation", "Glibc",
      "Darwin",
    ],
    // The start-up floor P1 is compared with: bare ncurses, so it may import it.
    "BenchFloor": ["CCurses"],
    "bench-floor-bare": ["BenchFloor"],
    "bench-floor-foundation": ["BenchFloor", "Foundation"],
    "ArchitectureTests": ["Foundation", "Testing"],
    "CFAGDomainTests": ["CFAGDomain", "Testing"],
    "CFAGOutputTests": ["CFAGOutput", "Foundation", "Testing"],
    "CFAGThemesTests": ["CFAGThemes", "CFAGDomain", "Foundation", "Testing"],
    "CFAGInterchangeTests": ["CFAGInterchange", "CFAGDomain", "CFAGOutput", "Foundation", "Testing"],
    "CFAGStoreTests": [
      "CFAGStore", "CFAGDomain", "CFAGInterchange", "CFAGThemes", "GRDB", "PostgresClient", "Foundation",
      "Testing",
    ],
    "CFAGReportsTests": [
      "CFAGReports", "CFAGDomain", "CFAGOutput", "Foundation", "FoundationXML", "Testing",
    ],
    "TUIKitTests": ["TUIKit", "Testing"],
    "CursesBackendTests": ["CursesBackend", "CCurses", "TUIKit", "Glibc", "Testing"],
    "AuditTUITests": [
      "AuditTUI", "TUIKit", "CFAGStore", "CFAGDomain", "CFAGThemes", "GRDB", "Foundation", "Testing",
    ],
    "CLITests": [
      "cfag", "CFAGDomain", "CFAGStore", "CFAGThemes", "CursesBackend", "PostgresClient", "Foundation",
      "Testing",
    ],
    "PostgresClientTests": ["PostgresClient", "Foundation", "Testing"],
  ]

  let package: PackageTargets

  init() throws {
    package = try PackageTargets.load(swift: try #require(PackageTargets.swift))
  }

  @Test("every target has a row in the rules table, and every row is a target")
  func everyTargetHasARule() {
    let targets = Set(package.targets.map(\.name))
    for name in targets.subtracting(Self.allowed.keys).sorted() {
      Issue.record("target \(name) has no row in DependencyRulesTests.allowed: say what it may import")
    }
    for name in Set(Self.allowed.keys).subtracting(targets).sorted() {
      Issue.record("DependencyRulesTests.allowed names \(name), which is not a target of Package.swift")
    }
  }

  @Test("each target imports only what the architecture allows")
  func targetImports() throws {
    for target in package.targets {
      let files = package.swiftFiles(of: target)
      #expect(
        !files.isEmpty || target.type == "system-target", "target \(target.name) has no Swift sources")
      let allowed = Self.allowed[target.name] ?? []
      for file in files {
        for imported in ImportParser.imports(in: try String(contentsOf: file, encoding: .utf8)) {
          #expect(
            allowed.contains(imported),
            "\(file.lastPathComponent) in \(target.name) imports \(imported), which ARCHITECTURE.md forbids")
        }
      }
    }
  }

  @Test("only the curses backend, its tests and the benchmarks' bare floor may touch ncurses")
  func onlyBackendMayImportCurses() {
    #expect(
      Self.allowed.filter { $0.value.contains("CCurses") }.keys.sorted() == [
        "BenchFloor", "CursesBackend", "CursesBackendTests",
      ])
  }

  @Test("only CFAGOutput, which reads Word files' zip archives, may touch zlib")
  func onlyOutputMayImportZlib() {
    #expect(Self.allowed.filter { $0.value.contains("CZlib") }.keys.sorted() == ["CFAGOutput"])
  }

  @Test("only PostgresClient, which loads libpq with dlopen, may touch libpq's header")
  func onlyPostgresClientMayImportLibPQ() {
    #expect(Self.allowed.filter { $0.value.contains("CPQ") }.keys.sorted() == ["PostgresClient"])
  }

  @Test("libpq is loaded with dlopen, never linked: CPQ's module map links nothing, nor does the manifest")
  func libpqIsNotLinked() throws {
    let target = try #require(package.targets.first { $0.name == "CPQ" })
    let map = try String(
      contentsOf: package.root.appendingPathComponent(target.path).appendingPathComponent("module.modulemap"),
      encoding: .utf8)
    for line in map.split(separator: "\n") {
      #expect(!line.trimmingCharacters(in: .whitespaces).hasPrefix("link"), "CPQ's module map: \(line)")
    }
    let manifest = try String(
      contentsOf: package.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    #expect(!manifest.contains(#"linkedLibrary("pq""#))
  }

  @Test("no global mutable state: no stored static or top-level var")
  func noGlobalMutableState() throws {
    let storedStatic = try Regex(
      #"^\s*(public |private |fileprivate |internal )*static var \w+\s*(:[^{=]*)?=(?!=)"#)
    let topLevel = try Regex(#"^(public |private |fileprivate |internal )*var \w+"#)
    let unsafe = try Regex(#"nonisolated\(unsafe\)"#)
    for target in package.targets where target.type != "test" {
      for file in package.swiftFiles(of: target) {
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
          let text = String(line)
          let flagged = text.contains(storedStatic) || text.contains(topLevel) || text.contains(unsafe)
          #expect(!flagged, "\(target.name)/\(file.lastPathComponent): global mutable state: \(text)")
        }
      }
    }
  }
}

/// Every form of import is read as one, so an access level or attribute cannot hide a forbidden import.
struct ImportParserTests {
  @Test(
    arguments: [
      ("import Foundation", "Foundation"), ("internal import CCurses", "CCurses"),
      ("  public import GRDB", "GRDB"), ("package import TUIKit", "TUIKit"),
      ("@preconcurrency import Dispatch", "Dispatch"), ("@testable import CFAGStore", "CFAGStore"),
      ("@_implementationOnly internal import CCurses", "CCurses"),
      ("import struct Foundation.URL", "Foundation"),
      ("\timport Glibc // on Linux", "Glibc"),
    ])
  func importForms(line: String, module: String) {
    #expect(ImportParser.module(Substring(line)) == module)
  }

  @Test(arguments: [
    "// import CCurses", "let important = 1", "importer.run()", "\"internal import CCurses\"",
  ])
  func notImports(line: String) {
    #expect(ImportParser.module(Substring(line)) == nil)
  }
}
