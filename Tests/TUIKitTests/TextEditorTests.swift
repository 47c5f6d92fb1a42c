import Testing

@testable import TUIKit

@Suite struct TextEditorTests {
  func editor(_ text: String, width: Int = 10, height: Int = 3) -> TextEditorState {
    TextEditorState(text, viewport: Size(width: width, height: height))
  }

  func render(_ state: TextEditorState, width: Int = 10, height: Int = 3) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    TextEditor(state: state).render(into: &buffer, area: buffer.area)
    return buffer
  }

  @Test func wrapsAtWordsAndKeepsNewlines() {
    let state = editor("the quick brown fox\njumps")
    #expect(render(state, height: 4).text == "the quick\nbrown fox\njumps\n")
  }

  @Test func longWordsBreakHard() {
    #expect(render(editor("abcdefghijklmn")).text == "abcdefghij\nklmn\n")
  }

  @Test func cursorMovesAcrossWrappedLines() {
    var state = editor("the quick brown fox")
    #expect(state.cursor == 0)
    _ = state.handle(.down)
    #expect(state.cursorLocation.line == 1)
    #expect(state.cursor == 10)
    _ = state.handle(.end)
    #expect(state.cursor == 19)
    _ = state.handle(.up)
    #expect(state.cursorLocation.line == 0)
    _ = state.handle(.home)
    #expect(state.cursor == 0)
    _ = state.handle(.left)
    #expect(state.cursor == 0)
    _ = state.handle(.pageDown)
    #expect(state.cursor == 10)
  }

  @Test func upAndDownKeepThePreferredColumn() {
    var state = editor("abcdefgh\nab\nabcdefgh")
    for _ in 0..<6 { _ = state.handle(.right) }
    _ = state.handle(.down)
    #expect(state.cursorLocation.column == 2)
    _ = state.handle(.down)
    #expect(state.cursorLocation.column == 6)
  }

  @Test func insertDeleteBackspaceNewline() {
    var state = editor("ac")
    _ = state.handle(.right)
    _ = state.handle(.character("b"))
    _ = state.handle(.enter)
    #expect(state.text == "ab\nc")
    _ = state.handle(.backspace)
    _ = state.handle(.delete)
    #expect(state.text == "ab")
    #expect(state.byteCount == 2)
  }

  @Test func scrollsToKeepTheCursorVisible() {
    var state = editor((1...10).map { "line \($0)" }.joined(separator: "\n"))
    for _ in 0..<5 { _ = state.handle(.down) }
    let screen = render(state)
    #expect(screen.text == "line 4\nline 5\nline 6")
    #expect(screen.cursor == Position(x: 0, y: 2))
    _ = state.handle(.up)
    #expect(render(state).text == "line 4\nline 5\nline 6")
  }

  @Test func largePasteUpToTheLimitIsAccepted() {
    var state = TextEditorState()
    let text = String(repeating: "word ", count: 19_999) + "done"
    #expect(state.handle(.paste(text)) == .handled)
    #expect(state.byteCount == 99_999)
    #expect(state.text == text)
  }

  @Test func excessOverTheByteLimitIsRefusedAndReported() {
    var state = TextEditorState(String(repeating: "a", count: 99_998))
    _ = state.handle(.end)
    #expect(state.handle(.paste("bbé€")) == .limitReached(refusedBytes: 5))
    #expect(state.byteCount == 100_000)
    #expect(state.handle(.character("x")) == .limitReached(refusedBytes: 1))
    #expect(state.text.utf8.count == 100_000)
  }

  @Test func invalidInputIsCleanedNotFatal() {
    var state = editor("")
    _ = state.handle(.paste("a\r\nb\rc\u{0}\u{1B}[31m\td\u{301}"))
    #expect(state.text == "a\nb\nc[31m    d\u{301}")
    for key: Key in [.delete, .right, .down, .pageDown, .end, .function(3), .unknown, .resize] {
      _ = state.handle(key)
    }
    _ = render(state, width: 1, height: 1)
    #expect(state.handle(.tab) == .ignored)
  }
}
