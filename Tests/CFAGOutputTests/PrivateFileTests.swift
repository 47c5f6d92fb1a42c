import CFAGOutput
import Foundation
import Testing

struct PrivateFileTests {
  private func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
  }

  @Test("the file is 0600 while being written and after")
  func privateFromCreation() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let target = folder + "/report.md"
    var modeWhileWriting = -1
    var nameWhileWriting = ""
    try PrivateFile.write(to: target) { temporary, descriptor in
      modeWhileWriting = try mode(temporary)
      nameWhileWriting = temporary
      #expect(!FileManager.default.fileExists(atPath: target))
      _ = "secret".utf8CString.withUnsafeBytes { write(descriptor, $0.baseAddress, 6) }
    }
    #expect(modeWhileWriting == 0o600)
    #expect(nameWhileWriting.hasPrefix(folder + "/.report.md."))
    #expect(try mode(target) == 0o600)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "secret")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.md"])
  }

  @Test("an existing file is refused without replace, and replaced whole with it")
  func noOverwriteWithoutReplace() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let target = folder + "/pack.csv"
    try PrivateFile.write(Array("old".utf8), to: target)
    #expect(throws: PrivateFileError.self) { try PrivateFile.write(Array("new".utf8), to: target) }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    try PrivateFile.write(Array("new".utf8), to: target, replace: true)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    #expect(try mode(target) == 0o600)
  }

  @Test("a failed write leaves the old file as it was and no temporary file")
  func failedWriteKeepsOldFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let target = folder + "/pack.csv"
    try PrivateFile.write(Array("old".utf8), to: target)
    struct Failure: Error {}
    #expect(throws: Failure.self) {
      try PrivateFile.write(to: target, replace: true) { _, _ in throw Failure() }
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pack.csv"])
  }

  @Test("a symlink is refused even with replace, and its target is untouched")
  func symlinkRefused() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let victim = folder + "/victim"
    try PrivateFile.write(Array("keep".utf8), to: victim)
    let link = folder + "/out.csv"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
    for replace in [false, true] {
      #expect {
        try PrivateFile.write(Array("evil".utf8), to: link, replace: replace)
      } throws: { ($0 as? PrivateFileError)?.problem.contains("symbolic link") == true }
    }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
  }

  @Test("a missing folder and a folder as target are named")
  func badTargets() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect { try PrivateFile.write(Array("x".utf8), to: folder + "/no/such.md") } throws: {
      "\($0)".contains("the folder \(folder)/no does not exist")
    }
    #expect { try PrivateFile.write(Array("x".utf8), to: folder, replace: true) } throws: {
      "\($0)".contains("not a regular file")
    }
  }
}
