import CFAGDomain
import CFAGOutput
import CFAGStore
import Foundation

/// The business manager's document settings, kept beside the database's default place:
/// `$XDG_DATA_HOME/cfag/settings.json`, else `~/.local/share/cfag/settings.json`. JSON that can be
/// edited by hand; a missing file means the defaults.
enum SettingsFile {
  static func path(environment: [String: String]) -> String {
    StoreLocation.dataDirectory(environment: environment) + "/settings.json"
  }

  static func read(environment: [String: String]) throws -> DocumentSettings {
    let path = path(environment: environment)
    guard let bytes = FileBytes.read(atPath: path) else { return DocumentSettings() }
    do {
      return try JSONDecoder().decode(DocumentSettings.self, from: Data(bytes))
    } catch {
      throw CLIError(
        "\(path) is not a settings file cfag can read (\(error.localizedDescription)); "
          + "fix it by hand, or remove it and set the values again with `cfag settings`")
    }
  }

  static func write(_ settings: DocumentSettings, environment: [String: String]) throws {
    let path = path(environment: environment)
    let folder = (path as NSString).deletingLastPathComponent
    if !FileManager.default.fileExists(atPath: folder) {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try PrivateFile.write(try encoder.encode(settings) + Data("\n".utf8), to: path, replace: true)
  }
}
