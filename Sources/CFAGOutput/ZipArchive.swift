import CZlib
import Foundation

/// A ZIP archive: written with stored (uncompressed) entries, enough for a Word file; read with
/// stored or deflated entries, as Word and LibreOffice save them (inflated by zlib). No ZIP64, no
/// encryption.
///
/// Names are written as UTF-8 (flag bit 11) and every entry carries the same DOS timestamp, so the
/// same entries always give the same bytes.
public enum ZipArchive {
  /// One file in the archive: its path inside the archive and its bytes.
  public struct Entry: Equatable, Sendable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
      self.name = name
      self.data = data
    }
  }

  /// The most one entry may hold once inflated, and all entries together: a Word return is a few
  /// hundred kilobytes, so this stops a crafted "zip bomb" long before memory runs out.
  public static let inflatedLimit = 64 << 20

  /// The bytes of an archive holding the entries, in the order given.
  public static func write(_ entries: [Entry]) throws -> Data {
    guard entries.count <= Int(UInt16.max) else { throw ZipError.tooLarge("more than 65,535 entries") }
    var seen = Set<String>()
    var archive = Data()
    var directory = Data()
    for entry in entries {
      guard seen.insert(entry.name).inserted else { throw ZipError.duplicateName(entry.name) }
      let name = Data(entry.name.utf8)
      guard name.count <= Int(UInt16.max) else { throw ZipError.tooLarge("the name of \(entry.name)") }
      guard let size = UInt32(exactly: entry.data.count), let offset = UInt32(exactly: archive.count) else {
        throw ZipError.tooLarge(entry.name)
      }
      let crc = crc32(entry.data)
      // Fields shared by the local header and the central directory record, from "version needed".
      var common = Data()
      common.appendLittleEndian(versionNeeded)
      common.appendLittleEndian(utf8NameFlag)
      common.appendLittleEndian(storedMethod)
      common.appendLittleEndian(dosTime)
      common.appendLittleEndian(dosDate)
      common.appendLittleEndian(crc)
      common.appendLittleEndian(size)  // compressed size
      common.appendLittleEndian(size)  // uncompressed size
      common.appendLittleEndian(UInt16(name.count))
      common.appendLittleEndian(UInt16(0))  // extra field length

      archive.appendLittleEndian(Signature.localHeader)
      archive.append(common)
      archive.append(name)
      archive.append(entry.data)

      directory.appendLittleEndian(Signature.centralHeader)
      directory.appendLittleEndian(versionNeeded)  // version made by: MS-DOS, 2.0
      directory.append(common)
      directory.appendLittleEndian(UInt16(0))  // comment length
      directory.appendLittleEndian(UInt16(0))  // disk number start
      directory.appendLittleEndian(UInt16(0))  // internal attributes
      directory.appendLittleEndian(UInt32(0))  // external attributes
      directory.appendLittleEndian(offset)
      directory.append(name)
    }
    guard let directoryOffset = UInt32(exactly: archive.count),
      let directorySize = UInt32(exactly: directory.count)
    else { throw ZipError.tooLarge("the archive is over 4 GiB") }
    archive.append(directory)
    archive.appendLittleEndian(Signature.endOfCentralDirectory)
    archive.appendLittleEndian(UInt16(0))  // this disk
    archive.appendLittleEndian(UInt16(0))  // disk holding the central directory
    archive.appendLittleEndian(UInt16(entries.count))  // entries on this disk
    archive.appendLittleEndian(UInt16(entries.count))  // entries in all
    archive.appendLittleEndian(directorySize)
    archive.appendLittleEndian(directoryOffset)
    archive.appendLittleEndian(UInt16(0))  // comment length
    return archive
  }

  /// The entries of an archive, in central directory order. Reads stored and deflated entries,
  /// refuses any other method or an encrypted entry (naming it), refuses more than
  /// `inflatedLimit` bytes in all, and checks each entry's CRC-32. Names are read as UTF-8.
  public static func read(_ data: Data) throws -> [Entry] {
    let bytes = Reader(bytes: [UInt8](data))
    let end = try bytes.endOfCentralDirectory()
    let count = try Int(bytes.u16(end + 10))
    var position = try Int(bytes.u32(end + 16))
    var entries: [Entry] = []
    var total = 0
    for _ in 0..<count {
      guard try bytes.u32(position) == Signature.centralHeader else {
        throw ZipError.malformed("no central directory record at byte \(position)")
      }
      let flags = try bytes.u16(position + 8)
      let method = try bytes.u16(position + 10)
      let crc = try bytes.u32(position + 16)
      let compressedSize = try Int(bytes.u32(position + 20))
      let size = try Int(bytes.u32(position + 24))
      let nameLength = try Int(bytes.u16(position + 28))
      let extraLength = try Int(bytes.u16(position + 30))
      let commentLength = try Int(bytes.u16(position + 32))
      let localOffset = try Int(bytes.u32(position + 42))
      let name = try String(decoding: bytes.slice(position + 46, nameLength), as: UTF8.self)
      position += 46 + nameLength + extraLength + commentLength

      guard flags & 1 == 0 else { throw ZipError.encrypted(entry: name) }
      guard method == storedMethod || method == deflatedMethod else {
        throw ZipError.compressed(entry: name, method: method)
      }
      guard method == deflatedMethod || compressedSize == size else {
        throw ZipError.malformed("\(name) is stored but its two sizes differ")
      }
      total += size
      guard total <= inflatedLimit else {
        throw ZipError.tooLarge("over \(inflatedLimit >> 20) MiB once inflated")
      }
      guard try bytes.u32(localOffset) == Signature.localHeader else {
        throw ZipError.malformed("no local header for \(name) at byte \(localOffset)")
      }
      let start = try localOffset + 30 + Int(bytes.u16(localOffset + 26)) + Int(bytes.u16(localOffset + 28))
      let stored = try bytes.slice(start, compressedSize)
      let content = method == storedMethod ? Data(stored) : try inflate(stored, size: size, entry: name)
      guard crc32(content) == crc else { throw ZipError.checksumMismatch(entry: name) }
      entries.append(Entry(name: name, data: content))
    }
    return entries
  }

  /// Inflates a raw DEFLATE stream (RFC 1951) that the directory says holds `size` bytes: more,
  /// fewer, or a damaged stream is refused.
  static func inflate(_ input: ArraySlice<UInt8>, size: Int, entry: String) throws -> Data {
    var output = [UInt8](repeating: 0, count: size + 1)
    var stream = z_stream()
    // Negative window bits: a raw stream, with no zlib header or trailer, as ZIP stores it.
    guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw ZipError.malformed("\(entry): zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var input = Array(input)
    let status = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = UInt32(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = UInt32(target.count)
        return CZlib.inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END, Int(stream.total_out) == size else {
      throw ZipError.malformed(
        status == Z_STREAM_END
          ? "\(entry) inflates to \(stream.total_out) bytes, not the \(size) its directory says"
          : "\(entry) is not a complete DEFLATE stream")
    }
    return Data(output.prefix(size))
  }

  /// The CRC-32 of the bytes (IEEE 802.3, reflected, as ZIP uses): "123456789" gives 0xCBF43926.
  /// Worked out by zlib, many times faster than a loop over the bytes.
  static func crc32(_ data: Data) -> UInt32 {
    data.withUnsafeBytes { bytes in
      UInt32(
        truncatingIfNeeded: CZlib.crc32(
          0, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
    }
  }

  private enum Signature {
    static let localHeader: UInt32 = 0x0403_4B50
    static let centralHeader: UInt32 = 0x0201_4B50
    static let endOfCentralDirectory: UInt32 = 0x0605_4B50
  }

  private static let versionNeeded: UInt16 = 20
  private static let utf8NameFlag: UInt16 = 1 << 11
  private static let storedMethod: UInt16 = 0
  private static let deflatedMethod: UInt16 = 8
  /// 1 January 2010, 00:00:00, in MS-DOS form: ((year - 1980) << 9) | (month << 5) | day.
  private static let dosDate: UInt16 = (30 << 9) | (1 << 5) | 1
  private static let dosTime: UInt16 = 0

  /// Bounds-checked little-endian reads, throwing rather than trapping on a short or damaged file.
  private struct Reader {
    let bytes: [UInt8]

    func slice(_ offset: Int, _ count: Int) throws -> ArraySlice<UInt8> {
      guard offset >= 0, count >= 0, offset <= bytes.count - count else {
        throw ZipError.malformed("the file ends before byte \(offset + count)")
      }
      return bytes[offset..<offset + count]
    }

    func u16(_ offset: Int) throws -> UInt16 {
      try slice(offset, 2).reversed().reduce(0) { $0 << 8 | UInt16($1) }
    }

    func u32(_ offset: Int) throws -> UInt32 {
      try slice(offset, 4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Where the end of central directory record starts: searched from the end, past any comment.
    func endOfCentralDirectory() throws -> Int {
      let last = bytes.count - 22
      guard last >= 0 else { throw ZipError.malformed("too short to be a zip archive") }
      for offset in stride(from: last, through: max(0, last - Int(UInt16.max)), by: -1) {
        if try u32(offset) == Signature.endOfCentralDirectory { return offset }
      }
      throw ZipError.malformed("no end of central directory record: not a zip archive")
    }
  }
}

/// Why an archive could not be written or read.
public enum ZipError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Beyond what a zip without ZIP64 can hold (4 GiB, 65,535 entries or names).
  case tooLarge(String)
  case duplicateName(String)
  /// Not a zip archive, or a damaged one.
  case malformed(String)
  /// The entry is compressed by a method other than deflate (8).
  case compressed(entry: String, method: UInt16)
  case encrypted(entry: String)
  case checksumMismatch(entry: String)

  public var description: String {
    switch self {
    case .tooLarge(let what): "too large for a zip archive: \(what)"
    case .duplicateName(let name): "two entries named \(name)"
    case .malformed(let reason): "damaged zip archive: \(reason)"
    case .compressed(let entry, let method):
      "\(entry) is compressed by method \(method); only stored and deflated entries can be read"
    case .encrypted(let entry): "\(entry) is encrypted; it cannot be read"
    case .checksumMismatch(let entry): "\(entry) is damaged: its CRC-32 does not match"
    }
  }
}

extension Data {
  fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
