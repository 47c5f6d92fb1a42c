import Foundation
import Testing

@testable import CFAGOutput

/// The ZIP writer and reader: round trips, the CRC-32, other tools' view of what we write, and a
/// clear refusal of what we cannot read.
struct ZipArchiveTests {
  static let entries = [
    ZipArchive.Entry(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
    ZipArchive.Entry(name: "empty", data: Data()),
    ZipArchive.Entry(name: "réponses/équipe ü.xml", data: Data("naïve ✓".utf8)),
    ZipArchive.Entry(
      name: "bytes.bin", data: Data((0...255).map { UInt8($0) } + (0...255).map { UInt8($0) })),
  ]

  @Test func writingThenReadingGivesBackTheNamesAndBytes() throws {
    let data = try ZipArchive.write(Self.entries)
    #expect(try ZipArchive.read(data) == Self.entries)
    // A slice of a larger buffer reads the same: nothing assumes the data starts at index 0.
    #expect(try ZipArchive.read((Data([1, 2, 3]) + data).dropFirst(3)) == Self.entries)
  }

  @Test func theSameEntriesGiveTheSameBytes() throws {
    let data = try ZipArchive.write(Self.entries)
    #expect(try ZipArchive.write(Self.entries) == data)
    // The first local header: stored (method 0), UTF-8 names, 1 January 2010 at midnight.
    #expect(Array(data.prefix(14)) == [0x50, 0x4B, 0x03, 0x04, 20, 0, 0x00, 0x08, 0, 0, 0, 0, 0x21, 0x3C])
    #expect(String(decoding: data.dropFirst(30).prefix(19), as: UTF8.self) == "[Content_Types].xml")
  }

  @Test func anEmptyArchiveIsJustTheEndRecord() throws {
    let data = try ZipArchive.write([])
    #expect(data == Data([0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)))
    #expect(try ZipArchive.read(data).isEmpty)
  }

  @Test func crc32OfKnownStrings() {
    #expect(ZipArchive.crc32(Data("123456789".utf8)) == 0xCBF4_3926)
    #expect(ZipArchive.crc32(Data()) == 0)
    #expect(ZipArchive.crc32(Data("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  @Test func duplicateNamesAreRefused() {
    let entry = ZipArchive.Entry(name: "word/document.xml", data: Data())
    #expect(throws: ZipError.duplicateName("word/document.xml")) { try ZipArchive.write([entry, entry]) }
  }

  /// Python's `zipfile` wrote this: one stored entry with its own timestamp and Unix attributes.
  @Test func readsAStoredArchiveWrittenByAnotherTool() throws {
    let data = try #require(
      Data(
        base64Encoded:
          "UEsDBBQAAAAAAMBLdF3EHh4sDQAAAA0AAAAKAAAAcmV0dXJuLnR4dEdyYWRlZDogR29vZApQSwECFAMUAAAAAADAS3RdxB4eLA0AAAANAAAACgAAAAAAAAAAAAAAgAEAAAAAcmV0dXJuLnR4dFBLBQYAAAAAAQABADgAAAA1AAAAAAA="
      ))
    #expect(
      try ZipArchive.read(data) == [ZipArchive.Entry(name: "return.txt", data: Data("Graded: Good\n".utf8))])
  }

  /// Python's `zipfile` wrote this, as Word would: `[Content_Types].xml` stored, the document deflated.
  static let deflated = Data(
    base64Encoded:
      "UEsDBBQAAAAAAMBLdF3HHBc8CAAAAAgAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbDxUeXBlcy8+UEsDBBQAAAAIAMBLdF16MJcIFQAAAEsAAAARAAAAd29yZC9kb2N1bWVudC54bWyzKbdKyU8uzU3NK7FLJBnY6CNpBwBQSwECFAMUAAAAAADAS3RdxxwXPAgAAAAIAAAAEwAAAAAAAAAAAAAAgAEAAAAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLAQIUAxQAAAAIAMBLdF16MJcIFQAAAEsAAAARAAAAAAAAAAAAAACAATkAAAB3b3JkL2RvY3VtZW50LnhtbFBLBQYAAAAAAgACAIAAAAB9AAAAAAA="
  )!

  @Test func aDeflatedEntryIsInflated() throws {
    let entries = try ZipArchive.read(Self.deflated)
    #expect(entries.map(\.name) == ["[Content_Types].xml", "word/document.xml"])
    #expect(String(decoding: entries[1].data, as: UTF8.self).hasPrefix("<w:document"))
    #expect(entries[1].data.count == 75)
  }

  @Test func anotherMethodOrADamagedStreamIsRefusedByName() throws {
    // The second local header starts after the first entry (30 + 19 + 8 bytes); its method is at +8.
    var bzip2 = Self.deflated
    let central = try #require(Self.centralRecord(named: "word/document.xml", in: bzip2))
    bzip2[central + 10] = 12
    let error = ZipError.compressed(entry: "word/document.xml", method: 12)
    #expect(throws: error) { try ZipArchive.read(bzip2) }
    #expect(
      error.description
        == "word/document.xml is compressed by method 12; only stored and deflated entries can be read")
    var damaged = Self.deflated
    damaged[30 + 19 + 8 + 30 + 17 + 2] ^= 0xFF
    #expect(throws: ZipError.self) { try ZipArchive.read(damaged) }
  }

  /// Where the central directory record naming `name` starts.
  static func centralRecord(named name: String, in data: Data) -> Int? {
    let bytes = [UInt8](data)
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    let nameBytes = Array(name.utf8)
    for offset in 0..<(bytes.count - 46) where Array(bytes[offset..<offset + 4]) == signature {
      let length = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
      if Array(bytes[(offset + 46)..<min(bytes.count, offset + 46 + length)]) == nameBytes { return offset }
    }
    return nil
  }

  @Test func damagedOrForeignDataIsRefusedNotTrapped() throws {
    let data = try ZipArchive.write(Self.entries)
    var flipped = data
    flipped[30 + 19 + 2] ^= 0xFF  // a byte of the first entry's content
    #expect(throws: ZipError.checksumMismatch(entry: "[Content_Types].xml")) { try ZipArchive.read(flipped) }
    for cut in [0, 10, 22, data.count / 2, data.count - 1] {
      #expect(throws: ZipError.self) { try ZipArchive.read(data.prefix(cut)) }
    }
    #expect(throws: ZipError.self) { try ZipArchive.read(Data("PK, but not a zip archive at all".utf8)) }
  }

  /// Info-ZIP's `unzip`, when installed, tests the archive and extracts the same bytes.
  @Test(.enabled(if: Self.unzip != nil, "unzip is not on PATH"))
  func unzipAcceptsWhatWeWrite() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfag-zip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("test.zip")
    try ZipArchive.write(Self.entries).write(to: file)

    let test = try Self.run(["-t", file.path])
    #expect(test.status == 0, "unzip -t: \(test.output)")
    #expect(test.output.contains("No errors detected"))
    let extracted = try Self.run(["-p", file.path, "bytes.bin"])
    #expect(extracted.status == 0)
    #expect(extracted.data == Self.entries[3].data)
  }

  static let unzip: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { URL(fileURLWithPath: String($0)).appendingPathComponent("unzip") }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  static func run(_ arguments: [String]) throws -> (status: Int32, data: Data, output: String) {
    let process = Process()
    process.executableURL = try #require(unzip)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data, String(decoding: data, as: UTF8.self))
  }
}
