import Foundation

/// The folders themes are read from, in increasing precedence, and the folder installs go to.
///
/// Rules (`resolve`):
/// 1. `--themes DIR`, else a non-empty `$CFAG_THEMES`, names the only folder used; installs go there.
/// 2. Otherwise, from least to most specific (a later folder's theme wins over an earlier one with
///    the same id):
///    - bundled: the `Themes` folder beside the running binary (after resolving symlinks), e.g.
///      `/usr/local/bin/cfag` + `/usr/local/bin/Themes`; if there is none, `<prefix>/share/cfag/themes`
///      for a binary in `<prefix>/bin` (the README's install step copies `Themes/` to one of these);
///    - repository: `./Themes`, when the current directory holds both `Themes/` and `Package.swift`
///      (running from a checkout, the working copy beats an installed bundle);
///    - partnership: `$XDG_DATA_HOME/cfag/themes` (an absolute `XDG_DATA_HOME` only, as the XDG
///      specification says), else `~/.local/share/cfag/themes`: the partnership's own themes, and
///      where `cfag themes install` copies to. It is listed even before it exists.
///
/// Folders that do not exist are left out, except the explicit and partnership ones.
public struct ThemeSearchPath: Hashable, Sendable {
  /// Folders in increasing precedence.
  public var folders: [ThemeFolder]
  /// Where `install` copies themes: the explicit folder, or the partnership folder.
  public var installFolder: URL

  public init(folders: [ThemeFolder], installFolder: URL) {
    self.folders = folders
    self.installFolder = installFolder
  }

  /// Works out the folders from the command line and the environment, passed in by the caller
  /// (the executable passes `ProcessInfo` values; tests pass their own).
  ///
  /// - Parameters:
  ///   - themesOption: the value of `--themes`, if given.
  ///   - environment: the process environment (`CFAG_THEMES`, `XDG_DATA_HOME`, `HOME`).
  ///   - currentDirectory: the working directory.
  ///   - executable: the running binary's path, if known.
  ///   - homeDirectory: used when `HOME` is not in `environment`.
  public static func resolve(
    themesOption: String?, environment: [String: String], currentDirectory: URL, executable: URL?,
    homeDirectory: URL, fileManager: FileManager = .default
  ) -> ThemeSearchPath {
    if let explicit = nonEmpty(themesOption) ?? nonEmpty(environment["CFAG_THEMES"]) {
      let url = URL(fileURLWithPath: explicit, isDirectory: true, relativeTo: currentDirectory)
        .standardizedFileURL
      return ThemeSearchPath(folders: [ThemeFolder(url: url, source: .explicit)], installFolder: url)
    }
    var folders: [ThemeFolder] = []
    if let bundled = bundledFolder(executable: executable, fileManager: fileManager) {
      folders.append(ThemeFolder(url: bundled, source: .bundled))
    }
    let repository = currentDirectory.appendingPathComponent("Themes", isDirectory: true)
    let package = currentDirectory.appendingPathComponent("Package.swift")
    if isDirectory(repository, fileManager), fileManager.fileExists(atPath: package.path) {
      folders.append(ThemeFolder(url: repository.standardizedFileURL, source: .repository))
    }
    let partnership = partnershipFolder(environment: environment, homeDirectory: homeDirectory)
    // A folder reached two ways counts once, at its most specific place.
    folders.removeAll { $0.url.path == partnership.path }
    folders.append(ThemeFolder(url: partnership, source: .partnership))
    return ThemeSearchPath(folders: folders, installFolder: partnership)
  }

  /// `$XDG_DATA_HOME/cfag/themes`, or `$HOME/.local/share/cfag/themes`.
  public static func partnershipFolder(environment: [String: String], homeDirectory: URL) -> URL {
    if let data = nonEmpty(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
      return URL(fileURLWithPath: data, isDirectory: true).appendingPathComponent("cfag/themes")
        .standardizedFileURL
    }
    let home =
      nonEmpty(environment["HOME"]).map { URL(fileURLWithPath: $0, isDirectory: true) } ?? homeDirectory
    return home.appendingPathComponent(".local/share/cfag/themes").standardizedFileURL
  }

  /// `<bindir>/Themes`, else `<bindir>/../share/cfag/themes`, whichever exists first.
  static func bundledFolder(executable: URL?, fileManager: FileManager) -> URL? {
    guard let executable else { return nil }
    let binary = executable.resolvingSymlinksInPath()
    let directory = binary.deletingLastPathComponent()
    let candidates = [
      directory.appendingPathComponent("Themes", isDirectory: true),
      directory.deletingLastPathComponent().appendingPathComponent("share/cfag/themes", isDirectory: true),
    ]
    return candidates.first { isDirectory($0, fileManager) }?.standardizedFileURL
  }

  private static func isDirectory(_ url: URL, _ fileManager: FileManager) -> Bool {
    var flag: ObjCBool = false
    return fileManager.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return text
  }
}
