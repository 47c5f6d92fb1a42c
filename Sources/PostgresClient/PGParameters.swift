/// The parameter arrays of one `PQexecParams` or `PQexecPrepared` call, in memory of their own
/// that lives as long as this value.
struct PGParameters: ~Copyable {
  private let values: [UnsafeMutablePointer<CChar>?]
  private let types: [UInt32]
  private let lengths: [Int32]
  private let formats: [Int32]

  init(_ parameters: [PGValue]) throws(PGError) {
    guard parameters.count <= Int(UInt16.max) else {
      throw PGError(message: "a statement takes at most 65535 parameters, not \(parameters.count)")
    }
    var values: [UnsafeMutablePointer<CChar>?] = []
    var types: [UInt32] = []
    var lengths: [Int32] = []
    var formats: [Int32] = []
    for (index, parameter) in parameters.enumerated() {
      let encoded: (bytes: [UInt8]?, type: UInt32, binary: Bool)
      do {
        encoded = try parameter.encoded(position: index + 1)
      } catch {
        for pointer in values { pointer?.deallocate() }
        throw error
      }
      types.append(encoded.type)
      formats.append(encoded.binary ? 1 : 0)
      guard let bytes = encoded.bytes else {
        values.append(nil)
        lengths.append(0)
        continue
      }
      guard bytes.count < Int(Int32.max) else {
        for pointer in values { pointer?.deallocate() }
        throw PGError(message: "parameter $\(index + 1) is larger than PostgreSQL takes")
      }
      // One byte more than the value: a NUL for text, and never an empty allocation for bytes.
      let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(start: pointer, count: bytes.count).copyMemory(from: source)
      }
      pointer[bytes.count] = 0
      values.append(pointer)
      lengths.append(Int32(bytes.count))
    }
    self.values = values
    self.types = types
    self.lengths = lengths
    self.formats = formats
  }

  deinit {
    for pointer in values { pointer?.deallocate() }
  }

  var count: Int32 { Int32(values.count) }

  /// Calls `body` with the types, values, lengths and formats arrays.
  func withArrays<Result>(
    _ body: (
      UnsafePointer<UInt32>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?,
      UnsafePointer<Int32>?
    ) -> Result
  ) -> Result {
    let constValues = values.map { $0.map { UnsafePointer($0) } }
    return types.withUnsafeBufferPointer { types in
      constValues.withUnsafeBufferPointer { values in
        lengths.withUnsafeBufferPointer { lengths in
          formats.withUnsafeBufferPointer { formats in
            body(types.baseAddress, values.baseAddress, lengths.baseAddress, formats.baseAddress)
          }
        }
      }
    }
  }
}
