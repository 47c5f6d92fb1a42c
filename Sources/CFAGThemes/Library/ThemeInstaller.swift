import CFAGDomain
import CFAGOutput
import Foundation

/// Copies checked theme files into the partnership's themes folder.
public enum ThemeInstaller {
  /// What `install` did with each file.
  public struct Report: Sendable {
    /// A theme copied in.
    public struct Installed: Hashable, Sendable {
      public var id: String
      public var source: URL
      /// `<folder>/<id>.yaml`.
      public var destination: URL
      /// Whether a file of that name was already there and has been replaced.
      public var replaced: Bool
    }

    /// A file refused, with the errors (and warnings) that explain why.
    public struct Refused: Sendable {
      public var file: URL
      public var diagnostics: [ThemeDiagnostic]
    }

    public var installed: [Installed] = []
    public var refused: [Refused] = []
    /// Warnings about files that were installed anyway.
    public var warnings: [ThemeDiagnostic] = []

    public var succeeded: Bool { refused.isEmpty }
  }

  /// Checks each file and copies the valid ones into `folder` as `<id>.yaml`, byte for byte.
  ///
  /// The folder is created (with its parents) as `0700` if missing; files are written `0600`, since
  /// a partnership's themes are its own. A file with errors, or with the same id as an earlier file
  /// in `files`, is refused and nothing of it is written; so is one whose id is already installed,
  /// unless `replace`.
  public static func install(
    files: [URL], into folder: URL, replace: Bool = false, fileManager: FileManager = .default
  ) -> Report {
    var report = Report()
    var ids: [String: URL] = [:]
    var checked: [(URL, Theme, Data)] = []
    for file in files {
      let result = ThemeParser.parse(contentsOf: file)
      guard let theme = result.theme, let data = FileBytes.read(atPath: file.path).map({ Data($0) }) else {
        report.refused.append(.init(file: file, diagnostics: result.diagnostics))
        continue
      }
      if let earlier = ids[theme.id] {
        let clash = ThemeDiagnostic(
          file: file.path, line: 1, column: 1,
          message: "theme id '\(theme.id)' is also in \(earlier.path), given earlier: install one of them")
        report.refused.append(.init(file: file, diagnostics: [clash]))
        continue
      }
      ids[theme.id] = file
      report.warnings += result.warnings
      checked.append((file, theme, data))
    }
    guard !checked.isEmpty else { return report }
    do {
      try makeFolder(folder, fileManager: fileManager)
    } catch {
      for (file, _, _) in checked {
        let problem = ThemeDiagnostic(
          file: folder.path, line: 1, column: 1,
          message: "cannot create the themes folder: \(error.localizedDescription)")
        report.refused.append(.init(file: file, diagnostics: [problem]))
      }
      return report
    }
    for (file, theme, data) in checked {
      let destination = folder.appendingPathComponent("\(theme.id).yaml")
      let existed = fileManager.fileExists(atPath: destination.path)
      if existed && !replace {
        let clash = ThemeDiagnostic(
          file: file.path, line: 1, column: 1,
          message:
            "theme id '\(theme.id)' is already installed as \(destination.path): add --force to replace it")
        report.refused.append(.init(file: file, diagnostics: [clash]))
        continue
      }
      do {
        // rename(2) replaces an existing file in one step, so readers never see half a theme.
        try PrivateFile.write(data, to: destination.path, replace: replace)
        report.installed.append(
          .init(id: theme.id, source: file, destination: destination, replaced: existed))
      } catch {
        let problem = ThemeDiagnostic(
          file: destination.path, line: 1, column: 1,
          message: "cannot write the theme: \(error.localizedDescription)")
        report.refused.append(.init(file: file, diagnostics: [problem]))
      }
    }
    return report
  }

  private static func makeFolder(_ folder: URL, fileManager: FileManager) throws {
    var isDirectory: ObjCBool = false
    if fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { return }
      throw CocoaError(.fileWriteFileExists)
    }
    try fileManager.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
  }
}
