import CFAGOutput
import Foundation
import Testing

struct FileBytesTests {
  @Test func aFileIsReadWholeEvenWhenItIsLargerThanOneRead() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try PrivateFile.write(bytes, to: folder + "/large.bin")
    #expect(FileBytes.read(atPath: folder + "/large.bin") == bytes)
    try PrivateFile.write([UInt8](), to: folder + "/empty.txt")
    #expect(FileBytes.read(atPath: folder + "/empty.txt") == [])
  }

  @Test func aMissingFileOrAFolderReadsAsNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(FileBytes.read(atPath: folder + "/missing.json") == nil)
    #expect(FileBytes.read(atPath: folder) == nil)
  }
}
