#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way the program reads a whole file it was pointed at (a candidate list, a return, a
/// theme, a tracker pack, the settings, /proc's tables): open, size it, read straight into the
/// array, close. No `Data` in between, so a list of megabytes is copied once, and none of
/// Foundation's file machinery, whose first read builds a dictionary of attributes (half a
/// million instructions at every start).
public enum FileBytes {
  /// The file's bytes, or nil when it does not exist or cannot be read (a folder, no permission).
  public static func read(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
    // One byte over the size, so the read that finds the end needs no more room (/proc's files
    // say they are empty, and grow as they are read).
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(count, 65_536))) }
      let got = bytes.withUnsafeMutableBytes {
        systemRead(descriptor, $0.baseAddress! + count, $0.count - count)
      }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        return nil
      }
      count += got
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#else
  private let systemRead = Darwin.read
#endif
