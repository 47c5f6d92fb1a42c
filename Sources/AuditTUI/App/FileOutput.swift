import CFAGOutput
import Foundation

/// Files the screens write (templates, packs, reports), through the one private file writer:
/// readable by their owner only, never over an existing file, with messages that name the path.
enum FileOutput {
  static func write(_ bytes: Data, to typed: String) throws -> String {
    let path = PathCompletion.expand(typed)
    guard !path.isEmpty else { throw FileOutputError("type the file's path (Tab completes it)") }
    do {
      try PrivateFile.write(bytes, to: path)
    } catch let error as PrivateFileError {
      let problem = error.problem.replacing(" or add --force to overwrite it", with: "")
      throw FileOutputError(
        PrivateFileError(typed, problem).description)
    }
    return path
  }

  static func read(_ typed: String) throws -> Data {
    guard let bytes = FileBytes.read(atPath: PathCompletion.expand(typed)) else {
      throw FileOutputError("cannot read \(typed): no such file, or it is not readable")
    }
    return Data(bytes)
  }
}

/// A file that could not be read or written, said for people.
struct FileOutputError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
