/// The centred "Please make the window larger" message shown instead of an app that does not fit.
/// While it shows, keys do nothing unseen: only `q` (quit) and a resize act.
public struct SmallWindowNotice: Widget {
  public var needed: Size
  public var actual: Size

  public init(needed: Size, actual: Size) {
    self.needed = needed
    self.actual = actual
  }

  public var message: String {
    "Please make the window larger (needs \(needed), now \(actual)). Other keys wait; q quits."
  }

  public func render(into buffer: inout Buffer, area: Rect) {
    let lines = TextWrap.wrap(message, width: area.width).prefix(area.height)
    let top = area.y + (area.height - lines.count) / 2
    for (row, line) in lines.enumerated() {
      let x = area.x + (area.width - DisplayWidth.of(line)) / 2
      buffer.put(x, top + row, line, style: Style().bolded(), maxWidth: area.maxX - x)
    }
  }
}
