import CZlib
import Foundation

/// A picture drawn from filled rectangles and written as a PNG file (8-bit RGB, deflated by zlib),
/// for the charts of a Word document.
public struct PNGImage: Hashable, Sendable {
  public let width: Int
  public let height: Int
  /// Red, green and blue bytes, row by row from the top.
  private var pixels: [UInt8]

  /// A picture of `width` by `height` pixels (each at least 1) filled with `background`.
  public init(width: Int, height: Int, background: Colour = .white) {
    self.width = max(1, width)
    self.height = max(1, height)
    pixels = [UInt8](repeating: 0, count: self.width * self.height * 3)
    fill(x: 0, y: 0, width: self.width, height: self.height, with: background)
  }

  /// An sRGB colour.
  public struct Colour: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
      self.red = red
      self.green = green
      self.blue = blue
    }

    /// A colour from "#rrggbb"; black when the text is not one.
    public init(hex: String) {
      let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
      let value = digits.count == 6 ? UInt32(digits, radix: 16) ?? 0 : 0
      self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    public static let white = Colour(red: 255, green: 255, blue: 255)
  }

  /// The colour at a pixel.
  public func colour(x: Int, y: Int) -> Colour {
    let index = (y * width + x) * 3
    return Colour(red: pixels[index], green: pixels[index + 1], blue: pixels[index + 2])
  }

  /// Fills a rectangle, clipped to the picture.
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, with colour: Colour) {
    let columns = max(0, x)..<max(max(0, x), min(self.width, x + width))
    let rows = max(0, y)..<max(max(0, y), min(self.height, y + height))
    let stride = self.width
    // Through the buffer, without checking each byte's index: a picture is tens of thousands of bytes.
    pixels.withUnsafeMutableBufferPointer { bytes in
      for row in rows {
        var index = (row * stride + columns.lowerBound) * 3
        for _ in columns {
          bytes[index] = colour.red
          bytes[index + 1] = colour.green
          bytes[index + 2] = colour.blue
          index += 3
        }
      }
    }
  }

  /// Draws the outline of a rectangle, `thickness` pixels wide, inside its bounds.
  public mutating func outline(x: Int, y: Int, width: Int, height: Int, thickness: Int, with colour: Colour) {
    fill(x: x, y: y, width: width, height: thickness, with: colour)
    fill(x: x, y: y + height - thickness, width: width, height: thickness, with: colour)
    fill(x: x, y: y, width: thickness, height: height, with: colour)
    fill(x: x + width - thickness, y: y, width: thickness, height: height, with: colour)
  }

  /// The PNG file's bytes.
  public func encoded() throws -> Data {
    var header = Data()
    header.appendBigEndian(UInt32(width))
    header.appendBigEndian(UInt32(height))
    header.append(contentsOf: [8, 2, 0, 0, 0])  // 8 bits, truecolour, deflate, no filter, no interlace
    var scanlines = [UInt8]()
    scanlines.reserveCapacity(height * (width * 3 + 1))
    for row in 0..<height {
      scanlines.append(0)  // filter: none
      scanlines += pixels[(row * width * 3)..<((row + 1) * width * 3)]
    }
    var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    png.appendChunk("IHDR", header)
    png.appendChunk("IDAT", try Self.deflate(scanlines))
    png.appendChunk("IEND", Data())
    return png
  }

  /// A zlib stream of `bytes`, as a PNG's image data holds it.
  static func deflate(_ bytes: [UInt8]) throws -> Data {
    var size = compressBound(uLong(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(size))
    let status = compress2(&output, &size, bytes, uLong(bytes.count), Z_BEST_COMPRESSION)
    guard status == Z_OK else { throw PNGError.compression(status) }
    return Data(output[0..<Int(size)])
  }
}

/// zlib refused to compress a picture.
public enum PNGError: Error, Equatable, CustomStringConvertible {
  case compression(Int32)

  public var description: String {
    switch self {
    case .compression(let status): "could not compress a chart picture (zlib status \(status))"
    }
  }
}

extension Data {
  fileprivate mutating func appendBigEndian(_ value: UInt32) {
    append(contentsOf: [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF)])
    append(UInt8(value & 0xFF))
  }

  /// A chunk: length, type, data and the CRC-32 of type and data.
  fileprivate mutating func appendChunk(_ type: String, _ data: Data) {
    appendBigEndian(UInt32(data.count))
    let body = Data(type.utf8) + data
    append(body)
    appendBigEndian(ZipArchive.crc32(body))
  }
}
