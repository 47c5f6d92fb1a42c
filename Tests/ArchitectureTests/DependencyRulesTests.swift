import Foundation
import Testing

/// The module rules of ARCHITECTURE.md, checked against every source file's imports.
struct DependencyRulesTests {
  /// What each module may import. Swift's own libraries (Foundation, Glibc, Dispatch) are allowed
  /// where listed; anything of ours not listed is forbidden.
  static let allowed: [String: Set<String>] = [
    "CFAGDomain": ["Foundation", "FoundationEssentials"],
    "CFAGThemes": ["CFAGDomain", "Foundation", "Yams"],
    "CFAGInterchange": ["CFAGDomain", "Foundation", "FoundationEssentials"],
    "CFAGStore": ["CFAGDomain", "CFAGInterchange", "Foundation", "GRDB", "Crypto", "Glibc", "Darwin"],
    "CFAGReports": ["CFAGDomain", "Foundation", "FoundationEssentials", "ZIPFoundation"],
    "TUIKit": ["Foundation", "FoundationEssentials"],
    "CursesBackend": ["TUIKit", "CCurses", "Foundation", "Glibc", "Darwin"],
    "AuditTUI": ["TUIKit", "CFAGDomain", "CFAGStore", "CFAGReports", "CFAGInterchange", "Foundation"],
  ]

  static var sources: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources")
  }

  static func swiftFiles(in module: String) -> [URL] {
    let folder = sources.appendingPathComponent(module)
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
  }

  static func imports(of file: URL) throws -> [String] {
    try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ").map(String.init)
      guard let index = words.firstIndex(of: "import"), index <= 2 else { return nil }
      let attributes = words[..<index]
      guard attributes.allSatisfy({ $0.hasPrefix("@") }), index + 1 < words.count else { return nil }
      return words[index + 1].split(separator: ".").first.map(String.init)
    }
  }

  @Test("each module imports only what the architecture allows", arguments: allowed.keys.sorted())
  func moduleImports(module: String) throws {
    let files = Self.swiftFiles(in: module)
    #expect(!files.isEmpty, "module \(module) has no sources")
    for file in files {
      for imported in try Self.imports(of: file) {
        #expect(
          Self.allowed[module]!.contains(imported),
          "\(file.lastPathComponent) in \(module) imports \(imported), which ARCHITECTURE.md forbids")
      }
    }
  }

  @Test("only the curses backend touches ncurses")
  func onlyBackendImportsCurses() throws {
    let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
    for module in modules where module != "CursesBackend" {
      for file in Self.swiftFiles(in: module) {
        #expect(
          !(try Self.imports(of: file)).contains("CCurses"),
          "\(module)/\(file.lastPathComponent) imports CCurses")
      }
    }
  }

  @Test("no global mutable state: no stored static or top-level var")
  func noGlobalMutableState() throws {
    let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
    let storedStatic = try Regex(
      #"^\s*(public |private |fileprivate |internal )*static var \w+\s*(:[^{=]*)?=(?!=)"#)
    let topLevel = try Regex(#"^(public |private |fileprivate |internal )*var \w+"#)
    let unsafe = try Regex(#"nonisolated\(unsafe\)"#)
    for module in modules {
      for file in Self.swiftFiles(in: module) {
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
          let text = String(line)
          let flagged = text.contains(storedStatic) || text.contains(topLevel) || text.contains(unsafe)
          #expect(!flagged, "\(module)/\(file.lastPathComponent): global mutable state: \(text)")
        }
      }
    }
  }
}
