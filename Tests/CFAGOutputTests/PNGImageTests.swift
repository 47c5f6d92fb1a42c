import Foundation
import Testing

@testable import CFAGOutput

/// The chart pictures are PNG files any reader opens: signature, chunks with their CRCs, and
/// image data that inflates back to the pixels drawn.
struct PNGImageTests {
  /// Each chunk's type and data, checking each CRC.
  static func chunks(_ png: Data) throws -> [(type: String, data: Data)] {
    let bytes = [UInt8](png)
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var chunks: [(String, Data)] = []
    var offset = 8
    func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    while offset < bytes.count {
      let length = word(offset)
      let body = Data(bytes[offset + 4..<offset + 8 + length])
      #expect(UInt32(word(offset + 8 + length)) == ZipArchive.crc32(body))
      chunks.append((String(decoding: body.prefix(4), as: UTF8.self), body.dropFirst(4)))
      offset += 12 + length
    }
    return chunks
  }

  @Test func aPictureIsWrittenAsAValidPNGOfItsPixels() throws {
    var image = PNGImage(width: 4, height: 2)
    image.fill(x: 1, y: 0, width: 2, height: 2, with: PNGImage.Colour(hex: "#b10e1e"))
    image.outline(x: 0, y: 0, width: 4, height: 2, thickness: 1, with: PNGImage.Colour(hex: "#000000"))
    image.fill(x: 1, y: 1, width: 1, height: 1, with: PNGImage.Colour(hex: "#00703c"))
    let chunks = try Self.chunks(try image.encoded())
    #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
    #expect([UInt8](chunks[0].data) == [0, 0, 0, 4, 0, 0, 0, 2, 8, 2, 0, 0, 0])
    // A zlib stream: two bytes of header, raw deflate, four bytes of Adler-32.
    let stream = [UInt8](chunks[1].data)
    let pixels = [UInt8](
      try ZipArchive.inflate(stream[2..<(stream.count - 4)], size: 2 * (1 + 4 * 3), entry: "IDAT"))
    #expect(pixels[0] == 0 && pixels[13] == 0)  // no filter on either row
    #expect(Array(pixels[1..<13]) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    #expect(Array(pixels[14..<26]) == [0, 0, 0, 0, 0x70, 0x3C, 0, 0, 0, 0, 0, 0])
  }

  @Test func drawingIsClippedToThePicture() {
    var image = PNGImage(width: 3, height: 3)
    image.fill(x: -5, y: 2, width: 50, height: 50, with: PNGImage.Colour(hex: "#1d70b8"))
    #expect(image.colour(x: 0, y: 2) == PNGImage.Colour(red: 0x1D, green: 0x70, blue: 0xB8))
    #expect(image.colour(x: 2, y: 1) == .white)
  }
}
