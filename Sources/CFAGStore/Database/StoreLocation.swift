import CFAGOutput
import Foundation

/// Where the database lives, and the care taken when creating it: the folder 0700, the file 0600.
public enum StoreLocation {
  /// `$CFAG_DB`, else `$XDG_DATA_HOME/cfag/cfag.sqlite`, else `~/.local/share/cfag/cfag.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let path = environment["CFAG_DB"], !path.isEmpty { return path }
    return dataDirectory(environment: environment) + "/cfag.sqlite"
  }

  /// `$XDG_DATA_HOME/cfag`, else `~/.local/share/cfag`.
  public static func dataDirectory(environment: [String: String]) -> String {
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/cfag" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/cfag"
  }

  /// Creates the database's folder (0700) if it does not exist, and returns warnings for people:
  /// a database file readable by others, or a network file system where WAL mode is unsafe.
  /// An existing folder's mode is never changed.
  static func prepare(path: String) throws -> [String] {
    let folder = (path as NSString).deletingLastPathComponent
    let manager = FileManager.default
    if !folder.isEmpty && !manager.fileExists(atPath: folder) {
      try manager.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    var warnings: [String] = []
    var status = stat()
    if stat(path, &status) == 0, case let mode = status.st_mode & 0o777, mode & 0o077 != 0 {
      warnings.append(
        "\(path) can be read by other users (mode \(String(mode, radix: 8))); run: chmod 600 \(path)")
    }
    if let kind = networkFileSystem(folder.isEmpty ? "." : folder) {
      warnings.append(
        "\(path) is on a network file system (\(kind)); SQLite's WAL mode is unsafe there, "
          + "keep the database on a local disk")
    }
    return warnings
  }

  /// Refuses a database path that exists but is not a regular file (a device such as /dev/null, a
  /// folder, a pipe): SQLite would write journals beside it. A symlink to a regular file is allowed.
  static func requireRegularFile(_ path: String) throws {
    var status = stat()
    guard stat(path, &status) == 0 else { return }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw StoreError.other(path, "is not a regular file, so it cannot be a cfag database")
    }
  }

  /// Makes sure a file the program created is private to its owner.
  static func makePrivate(_ path: String) {
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      chmod(path + suffix, 0o600)
    }
  }

  /// The network file system type holding `folder`, read from /proc/mounts (Linux), or nil: the
  /// mount with the longest mount point that the folder's real path lies under.
  static func networkFileSystem(_ folder: String) -> String? {
    // realpath(3) of the folder, or of its nearest folder that exists (doctor asks before the
    // database's folder is made), not Foundation's path standardising: half a million
    // instructions at every start.
    var existing = folder
    var resolved = realpath(existing, nil)
    while resolved == nil, existing.contains("/"), existing != "/" {
      existing = (existing as NSString).deletingLastPathComponent
      if existing.isEmpty { existing = "." }
      resolved = realpath(existing, nil)
    }
    guard let resolved else { return nil }
    let full = String(cString: resolved)
    free(resolved)
    guard let mounts = FileBytes.read(atPath: "/proc/mounts") else { return nil }
    var best: (point: String, type: String)?
    // Split by bytes: the table is ASCII (a space in a path is written \040), and splitting by
    // `Character` cost a million instructions at every start.
    for line in mounts.split(separator: UInt8(ascii: "\n")) {
      let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 3)
      guard fields.count >= 3 else { continue }
      let point = String(decoding: fields[1], as: UTF8.self)
      let inside = full == point || full.hasPrefix(point == "/" ? "/" : point + "/")
      if inside && point.utf8.count >= (best?.point.utf8.count ?? -1) {
        best = (point, String(decoding: fields[2], as: UTF8.self))
      }
    }
    guard let type = best?.type else { return nil }
    return ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs"].contains(type)
      ? type.uppercased() : nil
  }
}
