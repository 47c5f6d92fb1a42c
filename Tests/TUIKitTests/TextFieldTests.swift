import Testing

@testable import TUIKit

@Suite struct TextFieldTests {
  @Test func editingKeys() {
    var field = TextFieldState("helo")
    _ = field.handle(.left)
    _ = field.handle(.character("l"))
    #expect(field.text == "hello")
    _ = field.handle(.home)
    _ = field.handle(.delete)
    #expect(field.text == "ello")
    _ = field.handle(.end)
    _ = field.handle(.backspace)
    #expect(field.text == "ell")
    #expect(field.cursor == 3)
    #expect(field.handle(.enter) == false)
  }

  @Test func maxLengthAndPasteSanitising() {
    var field = TextFieldState(maxLength: 5)
    _ = field.handle(.paste("ab\ncd\u{7}efg"))
    #expect(field.text == "ab cd")
  }

  @Test func scrollsHorizontallyToKeepTheCursorVisible() {
    let field = TextFieldState("abcdefghij")
    var buffer = Buffer(size: Size(width: 5, height: 1))
    TextField(state: field).render(into: &buffer, area: buffer.area)
    #expect(buffer.text == "ghij")
    #expect(buffer.cursor == Position(x: 4, y: 0))
  }
}
