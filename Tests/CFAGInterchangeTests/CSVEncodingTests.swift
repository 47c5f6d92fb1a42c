import CFAGOutput
import Foundation
import Testing

@testable import CFAGInterchange

@Suite("CSV reader: encodings")
struct CSVEncodingTests {
  @Test func utf8ByteOrderMarkIsRemovedAndReported() throws {
    let document = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("Case ID,Name\n1,Zoë\n".utf8))
    #expect(document.encoding == .utf8WithBOM)
    #expect(document.header?.names == ["Case ID", "Name"])
    #expect(document.rows.first?.fields == ["1", "Zoë"])
  }

  @Test func validUTF8IsReadAsUTF8() throws {
    let document = try CSVTestInput.read("name\nSiân “quoted” £5 €\n")
    #expect(document.encoding == .utf8)
    #expect(document.rows.first?.fields == ["Siân “quoted” £5 €"])
  }

  @Test func invalidUTF8IsReadAsWindows1252() throws {
    let bytes: [UInt8] =
      Array("note,cost\n".utf8) + [0x93] + Array("Hi".utf8) + [0x94, 0x2C, 0x80, 0x35, 0x2C, 0xA3, 0x36]
      + [0x0D, 0x0A, 0x91, 0x92, 0x96, 0x97, 0x85, 0xE9, 0x2C, 0x99]
    let document = try CSVReader.read(bytes)
    #expect(document.encoding == .windows1252)
    #expect(document.rows.map(\.fields) == [["“Hi”", "€5", "£6"], ["‘’–—…é", "™"]])
    #expect(document.rows.map(\.line) == [2, 3])
  }

  @Test func windows1252HighControlTableMatchesTheCodePage() {
    let expected: [UInt8: Unicode.Scalar] = [
      0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ",
      0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“",
      0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›",
      0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ", 0xA0: "\u{A0}", 0xA3: "£", 0xFF: "ÿ", 0x41: "A",
    ]
    for (byte, scalar) in expected {
      #expect(Windows1252.scalar(for: byte) == scalar.value, "byte \(byte)")
    }
    for undefined: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
      #expect(Windows1252.scalar(for: undefined) == UInt32(undefined))
    }
  }

  @Test func everyWindows1252ByteRoundTripsThroughTheReader() throws {
    let bytes = (0xA0...0xFF).map { UInt8($0) } + (0x80...0x9F).map { UInt8($0) }
    let document = try CSVReader.read(bytes)
    let scalars = document.records.first?.fields.first?.unicodeScalars.map(\.value)
    #expect(scalars == bytes.map(Windows1252.scalar(for:)))
  }

  @Test func utf16WithByteOrderMarkIsDecoded() throws {
    let text = "id,name\r\n1,“Zoë”\r\n"
    let little: [UInt8] =
      [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let big: [UInt8] =
      [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let fromLittle = try CSVReader.read(little)
    let fromBig = try CSVReader.read(big)
    #expect(fromLittle.encoding == .utf16LittleEndian)
    #expect(fromBig.encoding == .utf16BigEndian)
    #expect(fromLittle.records.map(\.fields) == [["id", "name"], ["1", "“Zoë”"]])
    #expect(fromBig.records == fromLittle.records)
  }

  @Test func unreadableContentIsAClearError() {
    let cases: [[UInt8]] = [
      [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00],
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1],
      [0x69, 0x00, 0x64, 0x00, 0x0A, 0x00],
    ]
    for bytes in cases {
      #expect(throws: CSVError.self) { try CSVReader.read(bytes) }
    }
    do {
      _ = try CSVReader.read([0x50, 0x4B, 0x03, 0x04])
    } catch {
      #expect(error.line == 1)
      #expect(error.message.contains(".xlsx"))
    }
  }

  @Test func readsDataAndFiles() throws {
    let data = Data("a,b\n1,2\n".utf8)
    #expect(try CSVReader.read(data).records.count == 2)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfag-csv-\(UInt64.random(in: 0...UInt64.max)).csv")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try CSVReader.read(#require(FileBytes.read(atPath: url.path))).rows.first?.fields == ["1", "2"])
  }

  @Test func utf8ValidationRejectsMalformedSequences() {
    let invalid: [[UInt8]] = [
      [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3],
      [0xE2, 0x82], Array("abcdefghijklmnop".utf8) + [0xFF],
    ]
    let valid: [[UInt8]] = [
      [], Array("plain ascii text, long enough for words".utf8), Array("é€𝄞".utf8),
      [0xED, 0x9F, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    ]
    for bytes in invalid {
      #expect(!bytes.withUnsafeBufferPointer(UTF8Validation.isValid), "\(bytes)")
    }
    for bytes in valid {
      #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid), "\(bytes)")
    }
  }
}
