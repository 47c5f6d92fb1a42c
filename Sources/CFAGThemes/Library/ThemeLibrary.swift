import CFAGDomain
import Foundation

/// Every usable theme found on a search path, which file each came from, what it shadows, and
/// every diagnostic from every file: a broken file never hides the good ones.
public struct ThemeLibrary: Sendable {
  /// A theme file that was read but lost to another file with the same id.
  public struct Shadowed: Hashable, Sendable {
    public var file: URL
    public var source: ThemeSource

    public init(file: URL, source: ThemeSource) {
      self.file = file
      self.source = source
    }
  }

  /// The theme in use for one id.
  public struct Entry: Sendable {
    public var theme: Theme
    /// The file the theme was read from.
    public var file: URL
    public var source: ThemeSource
    /// Files with the same id that this one beats, most specific first.
    public var shadowed: [Shadowed]

    public init(theme: Theme, file: URL, source: ThemeSource, shadowed: [Shadowed] = []) {
      self.theme = theme
      self.file = file
      self.source = source
      self.shadowed = shadowed
    }
  }

  public init(searchPath: ThemeSearchPath, entries: [Entry], diagnostics: [ThemeDiagnostic]) {
    self.searchPath = searchPath
    self.entries = entries
    self.diagnostics = diagnostics
  }

  public var searchPath: ThemeSearchPath
  /// The themes in use, by id.
  public var entries: [Entry]
  /// Errors and warnings from every file, plus missing folders and same-folder clashes.
  public var diagnostics: [ThemeDiagnostic]

  public var themes: [Theme] { entries.map(\.theme) }

  public func entry(id: String) -> Entry? { entries.first { $0.theme.id == id } }

  public func theme(id: String) -> Theme? { entry(id: id)?.theme }

  /// Reads every `*.yaml` / `*.yml` file (not hidden, not in subfolders) of every folder.
  public static func load(_ searchPath: ThemeSearchPath, fileManager: FileManager = .default) -> ThemeLibrary
  {
    var diagnostics: [ThemeDiagnostic] = []
    var found: [String: [(theme: Theme, file: URL, source: ThemeSource)]] = [:]
    for folder in searchPath.folders {
      guard let files = themeFiles(in: folder, fileManager: fileManager, diagnostics: &diagnostics) else {
        continue
      }
      var idsHere: [String: URL] = [:]
      for file in files {
        let result = ThemeParser.parse(contentsOf: file)
        diagnostics += result.diagnostics
        guard let theme = result.theme else { continue }
        if let first = idsHere[theme.id] {
          diagnostics.append(
            ThemeDiagnostic(
              file: file.path, line: 1, column: 1,
              message: "theme id '\(theme.id)' is already used by \(first.lastPathComponent) in the "
                + "same folder; this file is ignored"))
          continue
        }
        idsHere[theme.id] = file
        found[theme.id, default: []].append((theme, file, folder.source))
      }
    }
    let entries = found.keys.sorted().map { id in
      // Later folders are more specific: the last one read wins.
      let candidates = found[id]!.reversed()
      let winner = candidates.first!
      return Entry(
        theme: winner.theme, file: winner.file, source: winner.source,
        shadowed: candidates.dropFirst().map { Shadowed(file: $0.file, source: $0.source) })
    }
    return ThemeLibrary(searchPath: searchPath, entries: entries, diagnostics: diagnostics)
  }

  /// The folder's theme files sorted by name; nil (with an error for a chosen folder) if it is
  /// missing or unreadable.
  private static func themeFiles(
    in folder: ThemeFolder, fileManager: FileManager, diagnostics: inout [ThemeDiagnostic]
  ) -> [URL]? {
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: folder.url.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      if folder.source == .explicit {
        diagnostics.append(
          ThemeDiagnostic(
            file: folder.url.path, line: 1, column: 1, message: "the themes folder does not exist"))
      }
      return nil
    }
    do {
      let names = try fileManager.contentsOfDirectory(atPath: folder.url.path)
      return
        names
        .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
        .sorted()
        .map { folder.url.appendingPathComponent($0) }
    } catch {
      diagnostics.append(
        ThemeDiagnostic(
          file: folder.url.path, line: 1, column: 1,
          message: "cannot read the themes folder: \(error.localizedDescription)"))
      return nil
    }
  }
}
