import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way the program writes a file people asked for (reports, packs, templates, exports,
/// backups, installed themes): only its owner can read it from the moment it exists, it is complete
/// before it has the name asked for, and nothing is overwritten unless asked.
///
/// The bytes go to a new temporary file in the target's folder, created 0600 with `O_EXCL` and
/// `O_NOFOLLOW` (so neither a planted file nor a symlink can take its place), written, flushed to
/// disk with `fsync`, and only then given the target's name: with a hard link, which fails if the
/// name is taken, or with `replace`, by `rename`, which swaps the old file for the new in one step.
/// The old file is never truncated, so a failed write leaves it as it was. A target that is a
/// symlink, a folder or a device is refused.
public enum PrivateFile {
  /// Writes `bytes` to `path`. With `replace`, an existing regular file is replaced.
  public static func write(_ bytes: some Collection<UInt8>, to path: String, replace: Bool = false) throws {
    try write(to: path, replace: replace) { temporary, descriptor in
      try writeAll(Array(bytes), descriptor: descriptor, path: temporary)
    }
  }

  /// Writes `data` to `path`. With `replace`, an existing regular file is replaced.
  public static func write(_ data: Data, to path: String, replace: Bool = false) throws {
    try write([UInt8](data), to: path, replace: replace)
  }

  /// Lets `produce` fill a new private temporary file (given its path and an open descriptor) and
  /// then gives it the name `path`: for writers that need a path, such as SQLite's backup. The file
  /// is flushed to disk after `produce` returns.
  public static func write(
    to path: String, replace: Bool = false,
    _ produce: (_ temporary: String, _ descriptor: Int32) throws -> Void
  ) throws {
    try checkTarget(path, replace: replace)
    let folder = folder(of: path)
    let temporary = try createTemporary(beside: path, in: folder)
    var descriptor = temporary.descriptor
    var placed = false
    defer {
      if descriptor >= 0 { close(descriptor) }
      if !placed { unlink(temporary.path) }
    }
    try produce(temporary.path, descriptor)
    guard fsync(descriptor) == 0 else { throw PrivateFileError(path, "cannot save it to disk", errno) }
    close(descriptor)
    descriptor = -1
    try place(temporary.path, at: path, replace: replace)
    placed = true
    syncFolder(folder)
  }

  /// Refuses a target that exists (unless `replace`), is a symlink, or is not a regular file, and
  /// one whose folder does not exist.
  static func checkTarget(_ path: String, replace: Bool) throws {
    guard !path.isEmpty else { throw PrivateFileError(path, "no file name given") }
    var status = stat()
    if lstat(path, &status) == 0 {
      let kind = status.st_mode & S_IFMT
      if kind == S_IFLNK {
        throw PrivateFileError(
          path, "is a symbolic link; cfag does not write through links, choose another name")
      }
      guard kind == S_IFREG else { throw PrivateFileError(path, "exists and is not a regular file") }
      guard replace else {
        throw PrivateFileError(path, "already exists; choose another name or add --force to overwrite it")
      }
    }
    let folder = folder(of: path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw PrivateFileError(path, "the folder \(folder) does not exist")
    }
  }

  private static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  private static func createTemporary(beside path: String, in folder: String) throws -> (
    path: String, descriptor: Int32
  ) {
    let name = (path as NSString).lastPathComponent
    for _ in 0..<16 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let temporary = folder + "/." + name + "." + suffix + ".tmp"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        // The mode asked of open(2) is already 0600 or less (the umask can only take bits away).
        fchmod(descriptor, 0o600)
        return (temporary, descriptor)
      }
      if errno != EEXIST { throw PrivateFileError(path, "cannot create a file in \(folder)", errno) }
    }
    throw PrivateFileError(path, "cannot create a temporary file in \(folder)")
  }

  private static func writeAll(_ bytes: [UInt8], descriptor: Int32, path: String) throws {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw PrivateFileError(path, "cannot write", errno) }
      written += count
    }
  }

  /// Gives the finished temporary file its name: `rename` to replace, else `link`, which fails
  /// rather than overwrite a file created in the meantime.
  private static func place(_ temporary: String, at path: String, replace: Bool) throws {
    if replace {
      // Checked again just before: a symlink planted since is replaced, never followed.
      try checkTarget(path, replace: true)
      guard rename(temporary, path) == 0 else { throw PrivateFileError(path, "cannot write", errno) }
      return
    }
    if link(temporary, path) == 0 {
      unlink(temporary)
      return
    }
    let failure = errno
    if failure == EEXIST {
      throw PrivateFileError(path, "already exists; choose another name or add --force to overwrite it")
    }
    // File systems without hard links (FAT, some network shares): check, then rename.
    guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK].contains(failure) else {
      throw PrivateFileError(path, "cannot write", failure)
    }
    try checkTarget(path, replace: false)
    guard rename(temporary, path) == 0 else { throw PrivateFileError(path, "cannot write", errno) }
  }

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#else
  private let systemWrite = Darwin.write
#endif

/// A file that could not be written, naming it and why.
public struct PrivateFileError: Error, CustomStringConvertible, Equatable {
  public let path: String
  public let problem: String

  public init(_ path: String, _ problem: String, _ code: Int32? = nil) {
    self.path = path
    self.problem = code.map { problem + " (" + String(cString: strerror($0)) + ")" } ?? problem
  }

  /// `PATH already exists; ...` when the name is the problem, else `cannot write PATH: ...`.
  public var description: String {
    let aboutTheName = ["already exists", "is a symbolic link", "exists and is not"].contains {
      problem.hasPrefix($0)
    }
    return aboutTheName ? "\(path) \(problem)" : "cannot write \(path): \(problem)"
  }
}
