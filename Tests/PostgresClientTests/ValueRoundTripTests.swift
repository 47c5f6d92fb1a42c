import PostgresClient
import Testing

/// Every kind of parameter goes to the server and comes back unchanged.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct ValueRoundTripTests {
  static let allBytes = (0...255).map { UInt8($0) }
  static let unicode = "Café, e\u{301}, Zürich, 日本語, 👩🏽‍💻 and 🇬🇧, a\u{308}\u{323}"

  @Test("each value, bound to a typed column, reads back as the same value and type")
  func roundTripThroughTable() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      try connection.execute(
        "CREATE TABLE item (id integer PRIMARY KEY, label text, count bigint, ratio double precision, data bytea, flag boolean)"
      )
      let rows: [[PGValue]] = [
        [
          .integer(1), .text(Self.unicode), .integer(.max), .real(0.1), .bytes(Self.allBytes), .boolean(true),
        ],
        [.integer(2), .text(""), .integer(.min), .real(-1.5e300), .bytes([]), .boolean(false)],
        [.integer(3), .null, .null, .null, .null, .null],
        [
          .integer(4), .text("line\nbreak\ttab 'quote' \"double\" \\"), .integer(0),
          .real(.leastNonzeroMagnitude), .bytes([0]), .null,
        ],
        [.integer(5), .text("x"), .integer(-1), .real(.infinity), .bytes([255, 0, 255]), .boolean(true)],
        [.integer(6), .text("y"), .integer(42), .real(-.infinity), .bytes([0x5c, 0x78]), .boolean(false)],
        [.integer(7), .text("z"), .integer(7), .real(.pi), .bytes(Self.allBytes.reversed()), .boolean(true)],
      ]
      for row in rows {
        let inserted = try connection.execute("INSERT INTO item VALUES ($1, $2, $3, $4, $5, $6)", row)
        #expect(inserted.affectedRows == 1)
      }
      let result = try connection.execute("SELECT id, label, count, ratio, data, flag FROM item ORDER BY id")
      #expect(result.rowCount == rows.count)
      #expect(result.columnCount == 6)
      #expect(
        (0..<6).map(result.columnTypeOID) == [
          PGType.int4, PGType.text, PGType.int8, PGType.float8, PGType.bytea, PGType.boolean,
        ])
      for (index, row) in rows.enumerated() {
        #expect(Self.values(of: result, row: index) == row, "row \(index)")
      }
    }
  }

  @Test("parameters without a table: the server infers their types from the statement")
  func roundTripThroughSelect() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      let result = try connection.execute(
        "SELECT $1::text AS label, $2::bigint + 1 AS next, $3::float8 * 2 AS twice, $4 AS data, NOT $5::boolean AS flipped, $6::text AS missing, length($4) AS size",
        [.text(Self.unicode), .integer(41), .real(1.25), .bytes(Self.allBytes), .boolean(false), .null])
      #expect(result.string(row: 0, column: 0) == Self.unicode)
      #expect(result.integer(row: 0, column: 1) == 42)
      #expect(result.real(row: 0, column: 2) == 2.5)
      #expect(result.bytes(row: 0, column: 3) == Self.allBytes)
      #expect(result.boolean(row: 0, column: 4) == true)
      #expect(result.isNull(row: 0, column: 5))
      #expect(result.string(row: 0, column: 5) == nil)
      #expect(!result.isNull(row: 0, column: 0))
      #expect(result.integer(row: 0, column: 6) == 256)
      #expect(result.columnName(1) == "next")
      #expect(result.columnIndex(named: "flipped") == 4)
      #expect(result.columnIndex(named: "absent") == nil)
    }
  }

  @Test("NaN goes and comes back as NaN")
  func notANumber() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      let result = try connection.execute("SELECT $1::float8, 'NaN'::float8 = $1::float8", [.real(.nan)])
      #expect(result.real(row: 0, column: 0)?.isNaN == true)
      #expect(result.boolean(row: 0, column: 1) == true)
    }
  }

  @Test("text holding a NUL character is refused before it reaches the server")
  func nulInText() throws {
    try TestServer.withDatabase { database in
      let connection = try database.connect()
      #expect(throws: PGError.self) { try connection.execute("SELECT $1::text", [.text("a\u{0}b")]) }
      #expect(try connection.execute("SELECT 1").integer(row: 0, column: 0) == 1)
    }
  }

  /// A row read back as the values it was written with, by column type.
  static func values(of result: PGResult, row: Int) -> [PGValue] {
    (0..<result.columnCount).map { column in
      if result.isNull(row: row, column: column) { return .null }
      switch result.columnTypeOID(column) {
      case PGType.int4, PGType.int8:
        return result.integer(row: row, column: column).map(PGValue.integer) ?? .null
      case PGType.float8: return result.real(row: row, column: column).map(PGValue.real) ?? .null
      case PGType.bytea: return result.bytes(row: row, column: column).map(PGValue.bytes) ?? .null
      case PGType.boolean: return result.boolean(row: row, column: column).map(PGValue.boolean) ?? .null
      default: return result.string(row: row, column: column).map(PGValue.text) ?? .null
      }
    }
  }
}
