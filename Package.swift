// swift-tools-version:6.0
import PackageDescription

#if canImport(Glibc)
  import Glibc

  /// glibc 2.36 and later load packed relative relocations (DT_RELR); the program is built where it runs.
  let glibcPacksRelocations: Bool = {
    var text = [CChar](repeating: 0, count: 64)  // "glibc 2.36"
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &text, text.count) > 0 else { return false }
    let name = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let number = name.split(separator: " ").last ?? ""
    let version = number.split(separator: ".").compactMap { Int($0) }
    return version.count >= 2 && (version[0], version[1]) >= (2, 36)
  }()

  /// Whether the archives `Linking/` points lld at are installed (libstdc++-NN-dev, libncurses-dev).
  let staticArchivesInstalled: Bool = {
    let libraries = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"]
    let compilers = ["/usr/lib/gcc/x86_64-linux-gnu", "/usr/lib/gcc/aarch64-linux-gnu"]
    let curses = ["libncursesw.a", "libtinfo.a"].allSatisfy { name in
      libraries.contains { access("\($0)/\(name)", R_OK) == 0 }
    }
    let cxx = compilers.contains { folder in
      guard let versions = opendir(folder) else { return false }
      defer { closedir(versions) }
      while let entry = readdir(versions) {
        let version = withUnsafeBytes(of: entry.pointee.d_name) {
          String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        if !version.hasPrefix("."), access("\(folder)/\(version)/libstdc++.a", R_OK) == 0 { return true }
      }
      return false
    }
    return curses && cxx
  }()
#else
  let glibcPacksRelocations = false
  let staticArchivesInstalled = false
#endif

/// How the release `cfag` is linked on Linux, for a small, quick start (BENCHMARKS.md, P1 and P5):
/// lld places the functions the start and a browse run next to each other, in the order of
/// `Sources/cfag/symbol-order.txt` (made by `Benchmarks/symbol-order`), so the kernel maps a few
/// blocks of code instead of hundreds; the symbols are not exported (nothing loads the program as a
/// library); the relative relocations are packed, where glibc can load them; and the C++ runtime and
/// ncurses are linked in from their archives (`Linking/README.md`), so that the loader maps and binds
/// four libraries at start rather than eight.
let packageRoot = String(#filePath.dropLast("Package.swift".count))
let releaseLinking: [String] =
  [
    "-use-ld=lld",
    "-Xlinker", "--symbol-ordering-file=\(packageRoot)Sources/cfag/symbol-order.txt",
    "-Xlinker", "--no-warn-symbol-ordering",
    "-Xlinker", "--no-export-dynamic",
  ] + (glibcPacksRelocations ? ["-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"] : [])
  + (staticArchivesInstalled ? ["-L", "\(packageRoot)Linking", "-Xclang-linker", "-static-libgcc"] : [])

let package = Package(
  name: "CFAGWorkbench",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "cfag", targets: ["cfag"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
  ],
  targets: [
    // Pure domain core: themes, cases, returns, grades, findings, actions, life cycle, sampling, statistics.
    .target(name: "CFAGDomain"),
    // Bytes leaving the program: the one private file writer, terminal-safe text, Markdown and XML
    // escaping, a strict XML reader, and the ZIP archive and OOXML package of Word files (read back
    // through zlib).
    .target(name: "CFAGOutput", dependencies: ["CZlib"]),
    // zlib, wrapped for Swift: inflates the deflated entries of Word files as Word and LibreOffice save them.
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
    // Theme YAML files: parsing with file:line:column errors, discovery, installation.
    .target(
      name: "CFAGThemes", dependencies: ["CFAGDomain", "CFAGOutput", .product(name: "Yams", package: "Yams")]),
    // Files exchanged with people: CSV reading/writing, candidate mapping, return and tracker files.
    .target(name: "CFAGInterchange", dependencies: ["CFAGDomain", "CFAGOutput"]),
    // SQLite storage through GRDB: schema, migrations, logged transactions, the workbench operations.
    .target(
      name: "CFAGStore",
      dependencies: [
        "CFAGDomain", "CFAGInterchange", "CFAGOutput", "PostgresClient",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // Documents from domain values: pure functions, one model, several formats.
    .target(name: "CFAGReports", dependencies: ["CFAGDomain", "CFAGOutput"]),
    // Pure terminal UI kit: cell grid, styles, layout, widgets, key events, frame diffs.
    .target(name: "TUIKit"),
    // ncursesw, wrapped for Swift.
    .systemLibrary(name: "CCurses", path: "Sources/CCurses"),
    // The only module that touches ncurses.
    .target(name: "CursesBackend", dependencies: ["TUIKit", "CCurses"]),
    // libpq's header, for its types and constants: the library itself is loaded when a PostgreSQL store is
    // opened (PostgresClient).
    .systemLibrary(name: "CPQ", path: "Sources/CPQ"),
    // A small Swift client of PostgreSQL over libpq, loaded with dlopen on first use: connections, statements
    // with parameters, prepared statements, results, errors with their SQLSTATE, LISTEN/NOTIFY, quoting.
    .target(name: "PostgresClient", dependencies: ["CPQ"]),
    // The workbench screens: state + messages + update + view.
    .target(
      name: "AuditTUI",
      dependencies: ["TUIKit", "CFAGDomain", "CFAGOutput", "CFAGStore", "CFAGReports", "CFAGInterchange"]),
    // Composition root and command line.
    .executableTarget(
      name: "cfag",
      dependencies: [
        "CFAGDomain", "CFAGOutput", "CFAGThemes", "CFAGInterchange", "CFAGStore", "CFAGReports", "TUIKit",
        "CursesBackend", "AuditTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["symbol-order.txt"],
      linkerSettings: [
        .unsafeFlags(releaseLinking, .when(platforms: [.linux], configuration: .release))
      ]),
    // Benchmarks (Benchmarks/run): the in-process figures, and the two start-up floors P1 is compared with.
    .executableTarget(
      name: "cfag-bench",
      dependencies: ["CFAGDomain", "CFAGStore", "CFAGReports", "TUIKit", "CursesBackend", "AuditTUI"],
      path: "Benchmarks/Sources/cfag-bench"),
    .target(name: "BenchFloor", dependencies: ["CCurses"], path: "Benchmarks/Sources/BenchFloor"),
    .executableTarget(
      name: "bench-floor-bare", dependencies: ["BenchFloor"], path: "Benchmarks/Sources/bench-floor-bare"),
    .executableTarget(
      name: "bench-floor-foundation", dependencies: ["BenchFloor"],
      path: "Benchmarks/Sources/bench-floor-foundation"),
    .testTarget(name: "CFAGDomainTests", dependencies: ["CFAGDomain"]),
    .testTarget(name: "CFAGOutputTests", dependencies: ["CFAGOutput"]),
    .testTarget(name: "CFAGThemesTests", dependencies: ["CFAGThemes", "CFAGDomain"]),
    .testTarget(name: "CFAGInterchangeTests", dependencies: ["CFAGInterchange", "CFAGDomain", "CFAGOutput"]),
    .testTarget(
      name: "CFAGStoreTests", dependencies: ["CFAGStore", "CFAGDomain", "CFAGThemes", "PostgresClient"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CFAGReportsTests", dependencies: ["CFAGReports", "CFAGDomain", "CFAGOutput"], exclude: ["Golden"]),
    .testTarget(name: "TUIKitTests", dependencies: ["TUIKit"]),
    .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "CCurses", "TUIKit"]),
    .testTarget(
      name: "AuditTUITests", dependencies: ["AuditTUI", "TUIKit", "CFAGStore", "CFAGDomain", "CFAGThemes"],
      exclude: ["__Snapshots__"]),
    .testTarget(name: "CLITests", dependencies: ["cfag", "CFAGStore", "CursesBackend", "PostgresClient"]),
    // The PostgreSQL client against a real server: runs when CFAG_TEST_POSTGRES holds its URI (.ci/postgres).
    .testTarget(name: "PostgresClientTests", dependencies: ["PostgresClient"]),
    .testTarget(name: "ArchitectureTests"),
  ],
  swiftLanguageModes: [.v6]
)
