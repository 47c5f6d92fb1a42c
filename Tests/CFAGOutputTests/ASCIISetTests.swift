import Testing

@testable import CFAGOutput

struct ASCIISetTests {
  @Test("holds exactly the ASCII bytes it was made of, on both sides of 64, and nothing beyond ASCII")
  func membership() {
    let set = ASCIISet("\t?@~é")
    let members = (0...255).map(UInt8.init).filter(set.contains)
    #expect(members == [0x09, 0x3F, 0x40, 0x7E])
  }
}
