import Foundation

/// Files the screens write (templates, packs, reports): readable by their owner only, never over
/// an existing file, with messages that name the path.
enum FileOutput {
  static func write(_ bytes: Data, to typed: String) throws -> String {
    let path = PathCompletion.expand(typed)
    guard !path.isEmpty else { throw FileOutputError("type the file's path (Tab completes it)") }
    let manager = FileManager.default
    if manager.fileExists(atPath: path) {
      throw FileOutputError("\(typed) already exists; choose another name")
    }
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty && !manager.fileExists(atPath: folder) {
      throw FileOutputError("cannot write \(typed): the folder \(folder) does not exist")
    }
    guard manager.createFile(atPath: path, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
      throw FileOutputError("cannot write \(typed): permission denied or not a file")
    }
    return path
  }

  static func read(_ typed: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: PathCompletion.expand(typed)) else {
      throw FileOutputError("cannot read \(typed): no such file, or it is not readable")
    }
    return data
  }
}

/// A file that could not be read or written, said for people.
struct FileOutputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
