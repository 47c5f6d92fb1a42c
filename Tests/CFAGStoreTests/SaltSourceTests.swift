import Testing

@testable import CFAGStore

/// The change log's salts: 128 bits each, as 32 hexadecimal digits, none repeated, from one block
/// of the system's generator to the next.
struct SaltSourceTests {
  @Test func saltsAreDistinctAcrossBlocks() {
    var source = SaltSource()
    let salts = (0..<40).map { _ in source.next() }
    #expect(Set(salts).count == salts.count)
    #expect(salts.allSatisfy { $0.utf8.count == 32 && $0.allSatisfy(\.isHexDigit) })
    #expect(salts.allSatisfy { $0 == $0.lowercased() })
  }
}
