import Testing

@testable import CFAGInterchange

@Suite("CSV fuzzing")
struct CSVFuzzTests {
  private static let pieces: [String] = [
    "a", "Zoë", "€", "£", "😀", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\t", "=", "-", "'", "x y",
  ]

  private func randomField(_ random: inout CSVSeededGenerator) -> String {
    (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
      .joined()
  }

  /// Line breaks inside a value as the reader counts them (CRLF once, lone CR, LF).
  private func lineBreaks(_ value: String) -> Int {
    let bytes = Array(value.utf8)
    return bytes.indices.filter { index in
      bytes[index] == 10 || (bytes[index] == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10))
    }.count
  }

  @Test func writerOutputReadsBackExactly() throws {
    var random = CSVSeededGenerator(seed: 4180)
    for _ in 0..<3000 {
      let records = (0..<Int.random(in: 1...6, using: &random)).map { _ in
        (0..<Int.random(in: 1...6, using: &random)).map { _ in randomField(&random) }
      }
      let bom = Bool.random(using: &random)
      let options = CSVWriter.Options(byteOrderMark: bom, neutralisesFormulas: false)
      let document = try CSVReader.read(CSVWriter.encode(records, options: options))
      #expect(document.records.map(\.fields) == records)
      #expect(document.encoding == (bom ? .utf8WithBOM : .utf8))
      var line = 1
      var expectedLines: [Int] = []
      for record in records {
        expectedLines.append(line)
        line += 1 + record.map(lineBreaks).reduce(0, +)
      }
      #expect(document.records.map(\.line) == expectedLines)
    }
  }

  /// Up to `count` bytes of letters, commas, quotes, spaces and line endings: most of what a
  /// parser can get wrong.
  static func quotingSoup(upTo count: Int, _ random: inout CSVSeededGenerator) -> [UInt8] {
    let alphabet = Array("ab,\"\r\n ".utf8)
    return (0..<Int.random(in: 0...count, using: &random)).map { _ in alphabet.randomElement(using: &random)!
    }
  }

  /// Read a few records at a time, a file gives the records it gives read whole, in order, the
  /// header first; and a problem is thrown at the same line.
  @Test func batchesAddUpToTheWholeFile() {
    var random = CSVSeededGenerator(seed: 2024)
    for _ in 0..<3000 {
      let bytes = Self.quotingSoup(upTo: 60, &random)
      let batch = Int.random(in: 1...4, using: &random)
      let whole = Result { () throws(CSVError) in try CSVReader.read(bytes).records }
      var batches: [[CSVRecord]] = []
      let read = Result { () throws(CSVError) in
        try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
          try CSVReader.read(buffer, batch: batch) { document in
            batches.append(document.records)
            return true
          }
        }
      }
      let input = String(decoding: bytes, as: UTF8.self).debugDescription
      switch (whole, read) {
      case (.success(let records), .success):
        #expect(batches.flatMap { $0 } == records, "input \(input)")
        #expect(batches.allSatisfy { $0.count <= batch } && batches.count >= 1, "input \(input)")
        #expect(batches.dropFirst().allSatisfy { !$0.isEmpty }, "input \(input)")
      case (.failure(let expected), .failure(let error)):
        #expect(error.line == expected.line, "input \(input)")
      default:
        Issue.record("whole \(whole), in batches \(read): input \(input)")
      }
    }
  }

  @Test func parserAgreesWithTheNaiveReference() {
    var random = CSVSeededGenerator(seed: 1252)
    for _ in 0..<6000 {
      let bytes = Self.quotingSoup(upTo: 40, &random)
      let expected = CSVReferenceParser.parse(bytes)
      let actual = Result { () throws(CSVError) in try CSVReader.read(bytes).records }
      #expect(actual == expected, "input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  @Test func mutatedInputsNeverCrashAndErrorsHaveLines() throws {
    var random = CSVSeededGenerator(seed: 99)
    let interesting: [UInt8] = [0x22, 0x2C, 0x0D, 0x0A, 0x00, 0x80, 0x93, 0xC3, 0xE2, 0xEF, 0xFF, 0xFE, 0x41]
    for _ in 0..<4000 {
      let records = (0..<Int.random(in: 1...5, using: &random)).map { _ in
        (0..<Int.random(in: 1...5, using: &random)).map { _ in randomField(&random) }
      }
      var bytes = CSVWriter.encode(records, options: .init(byteOrderMark: Bool.random(using: &random)))
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        mutate(&bytes, interesting, &random)
      }
      check(bytes)
    }
    for _ in 0..<2000 {
      check(
        (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
    }
  }

  private func mutate(_ bytes: inout [UInt8], _ interesting: [UInt8], _ random: inout CSVSeededGenerator) {
    let byte =
      Bool.random(using: &random)
      ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
    let position = Int.random(in: 0...bytes.count, using: &random)
    switch Int.random(in: 0..<5, using: &random) {
    case 0: bytes.insert(byte, at: position)
    case 1 where position < bytes.count: bytes.remove(at: position)
    case 2 where position < bytes.count: bytes[position] = byte
    case 3: bytes.removeLast(Int.random(in: 0...(bytes.count - position), using: &random))
    default:
      let length = Int.random(in: 0...(bytes.count - position), using: &random)
      bytes.insert(contentsOf: bytes[position..<(position + length)], at: position)
    }
  }

  /// Every line the reader reports lies within the file's physical lines.
  private func check(_ bytes: [UInt8]) {
    let maximumLine = 1 + bytes.filter { $0 == 10 || $0 == 13 }.count
    do {
      let lines = try CSVReader.read(bytes).records.map(\.line)
      #expect(lines.allSatisfy { $0 >= 1 && $0 <= maximumLine })
      #expect(zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 })
    } catch {
      #expect(error.line >= 1 && error.line <= maximumLine)
      #expect(!error.description.isEmpty)
    }
  }
}
