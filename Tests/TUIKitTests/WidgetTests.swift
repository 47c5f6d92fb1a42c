import Testing

@testable import TUIKit

@Suite struct WidgetTests {
  @Test func pickerFiltersByTyping() {
    var picker = ChoicePickerState(options: ["Police", "Health", "Education", "Children's social care"])
    for c in "ea" { _ = picker.handle(.character(c)) }
    #expect(picker.rows == ["Health"])
    #expect(picker.handle(.enter) == .picked(1))
    _ = picker.handle(.backspace)
    #expect(picker.rows.count == 4)
    _ = picker.handle(.down)
    #expect(picker.handle(.enter) == .picked(2))
    #expect(picker.handle(.escape) == .cancelled)
  }

  @Test func pickerOffersANewValueWhenAllowed() {
    var picker = ChoicePickerState(options: ["Police"], allowsNew: true)
    for c in "Youth" { _ = picker.handle(.character(c)) }
    #expect(picker.rows == ["+ Add “Youth”"])
    #expect(picker.handle(.enter) == .created("Youth"))
    var strict = ChoicePickerState(options: ["Police"])
    for c in "Youth" { _ = strict.handle(.character(c)) }
    #expect(strict.rows.isEmpty)
    #expect(strict.handle(.enter) == .handled)
  }

  @Test func pickerRenders() {
    let picker = ChoicePickerState(options: ["Good", "Requires improvement", "Inadequate"], selected: 1)
    var buffer = Buffer(size: Size(width: 30, height: 6))
    ChoicePicker(title: "Grade", state: picker).render(into: &buffer, area: buffer.area)
    #expect(buffer.line(3) == "│› Requires improvement      │")
  }

  @Test func dialogKeysAndRendering() {
    var dialog = Dialog.confirm(title: "Delete", message: "Delete this finding? This cannot be undone.")
    #expect(dialog.handle(.enter) == .chosen(1))
    #expect(dialog.handle(.character("y")) == .chosen(0))
    _ = dialog.handle(.tab)
    #expect(dialog.focus == 0)
    #expect(dialog.handle(.escape) == .cancelled)
    var buffer = Buffer(size: Size(width: 80, height: 24))
    dialog.render(into: &buffer, area: buffer.area)
    #expect(buffer.text.contains("┌─ Delete ─"))
    #expect(buffer.text.contains("Delete this finding? This cannot be undone."))
    #expect(buffer.text.contains("▶ Yes ◀  [ No ]"))
  }

  @Test func dialogSurvivesTinyAreas() {
    let dialog = Dialog(title: "A long title", message: String(repeating: "word ", count: 100))
    for size in [Size(width: 1, height: 1), Size(width: 3, height: 2), Size(width: 10, height: 4)] {
      var buffer = Buffer(size: size)
      dialog.render(into: &buffer, area: buffer.area)
    }
  }

  @Test func statusLineLevels() {
    var buffer = Buffer(size: Size(width: 30, height: 1))
    StatusLine(message: .error("Could not save"), right: "v1").render(into: &buffer, area: buffer.area)
    #expect(buffer.text == "Error: Could not save       v1")
    #expect(buffer[0, 0].style.foreground == .red)
    #expect(buffer[0, 0].style.bold)
  }

  @Test func bigTextIsAtLeastThreeRowsAndCovers() {
    #expect(BigText.lineHeight >= 3)
    var buffer = Buffer(size: Size(width: 80, height: 24))
    let big = BigText("CFA-0042 12:05")
    big.render(into: &buffer, area: buffer.area)
    let lit = (0..<24).filter { buffer.line($0).contains("█") }
    #expect(lit == [0, 1, 2, 3, 4])
    #expect(
      buffer.line(0).hasPrefix(
        String(repeating: " ", count: (80 - BigText.width(of: "CFA-0042 12:05")) / 2) + " ██"))
  }

  @Test func bigTextCoversTheAlphabetAndWraps() {
    let all = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-/ "
    for character in all { #expect(BigTextFont.glyph(character) != BigTextFont.glyph("?")) }
    let grade = BigText("REQUIRES IMPROVEMENT")
    #expect(grade.height(width: 80) == 11)
    var buffer = Buffer(size: Size(width: 80, height: 24))
    grade.render(into: &buffer, area: buffer.area)
    #expect(buffer.line(5) == "")
    #expect(buffer.line(6).contains("█"))
  }
}
